/**
 * `npm run bench:scale`: synthetic knowledge of 1,000, 10,000 and 50,000 resources in both shapes
 * (see synthetic-knowledge.ts), grown from the seeded knowledge, measured in process: snapshot and
 * index build, heap and RSS, resource lookup and search latency, and the longest stall of the event
 * loop (what a read waits) while a reload builds the next snapshot and its index. Prints a table and
 * writes bench/results/scale.json. About three minutes on two cores.
 */
import fs from 'node:fs';
import { seededStore } from '../scripts/temporary-seeded-store.js';
import { searchAtScale, type ScaleResult } from './search-at-scale.js';

const SIZES = [1_000, 10_000, 50_000];
const LIMITS = { rounds: 10, maxMs: 20_000 };
const { store, drop } = await seededStore();
const s = store.snapshot;
const base = { ...s, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
await drop();

const results: ScaleResult[] = [];
for (const shape of ['crds', 'clones'] as const)
  for (const size of SIZES) {
    const r = await searchAtScale(base, shape, size, LIMITS);
    results.push(r);
    console.log(row(r));
  }
fs.mkdirSync(new URL('results/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('results/scale.json', import.meta.url), `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);

function row(r: ScaleResult): string {
  const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
  return (
    `${r.resources.toLocaleString('en')} ${r.shape}: snapshot ${ms(r.snapshotMs)}, index ${ms(r.indexMs)}, heap +${r.heapMb.toFixed(0)} MB, RSS ${r.rssMb.toFixed(0)} MB; ` +
    `lookup p50 ${ms(r.lookup.p50)} p99 ${ms(r.lookup.p99)}; search p50 ${ms(r.search.p50)} p95 ${ms(r.search.p95)} p99 ${ms(r.search.p99)}; ` +
    `reload ${ms(r.reload.reloadMs)}, longest stall ${ms(r.reload.longestStallMs)} (snapshot ${ms(r.reload.snapshotMs)} at once, index slices ${ms(r.reload.longestIndexStallMs)}); ` +
    `finds a synthetic name: ${r.findsSynthetic ? 'yes' : 'no'}`
  );
}
