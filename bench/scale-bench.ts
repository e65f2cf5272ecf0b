/**
 * `npm run bench:scale`: synthetic knowledge of 1,000, 10,000 and 50,000 resources in both shapes
 * (see synthetic-knowledge.ts), grown from the seeded knowledge, measured in process: snapshot and
 * index build, heap and RSS, resource lookup and search latency, and the longest stall of the event
 * loop (what a read waits) while a reload builds the next snapshot and its index; then, on a real
 * SQLite database holding the same knowledge, how soon a PATCH of a resource's text is visible
 * through the write core and the longest stall meanwhile (see write-at-scale.ts). Prints a table and
 * writes bench/results/scale.json. About fifteen minutes on two cores.
 */
import fs from 'node:fs';
import { seededStore } from '../scripts/temporary-seeded-store.js';
import { searchAtScale, type ScaleResult } from './search-at-scale.js';
import { syntheticKnowledge } from './synthetic-knowledge.js';
import { measureWrites, type WriteVisibility } from './write-at-scale.js';

const SIZES = [1_000, 10_000, 50_000];
const LIMITS = { rounds: 10, maxMs: 20_000 };
const WRITES = 20;
const { store, drop } = await seededStore();
const s = store.snapshot;
const base = { ...s, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
await drop();

const results: (ScaleResult & { write: WriteVisibility })[] = [];
for (const shape of ['crds', 'clones'] as const)
  for (const size of SIZES) {
    const r = await searchAtScale(base, shape, size, LIMITS);
    const write = await measureWrites(() => syntheticKnowledge(base, { size, shape }), WRITES);
    results.push({ ...r, write });
    console.log(row(r, write));
  }
fs.mkdirSync(new URL('results/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('results/scale.json', import.meta.url), `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);

function row(r: ScaleResult, w: WriteVisibility): string {
  const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
  return (
    `${r.resources.toLocaleString('en')} ${r.shape}: snapshot ${ms(r.snapshotMs)}, index ${ms(r.indexMs)}, heap +${r.heapMb.toFixed(0)} MB, RSS ${r.rssMb.toFixed(0)} MB; ` +
    `lookup p50 ${ms(r.lookup.p50)} p99 ${ms(r.lookup.p99)}; search p50 ${ms(r.search.p50)} p95 ${ms(r.search.p95)} p99 ${ms(r.search.p99)}; ` +
    `reload ${ms(r.reload.reloadMs)}, longest stall ${ms(r.reload.longestStallMs)} (snapshot ${ms(r.reload.snapshotMs)} with slices ${ms(r.reload.longestSnapshotStallMs)}, index slices ${ms(r.reload.longestIndexStallMs)}); ` +
    `finds a synthetic name: ${r.findsSynthetic ? 'yes' : 'no'}; ` +
    `write visible after p50 ${ms(w.visibleMs.p50)} max ${ms(w.visibleMs.max)} over ${w.writes} PATCHes, longest stall ${ms(w.longestStallMs)} ` +
    `(applied alone: ${w.incremental ? 'yes' : 'no'}, search finds the edit: ${w.searchFindsEdit ? 'yes' : 'no'})`
  );
}
