/**
 * `npm run bench:scale`: search at 50,000 synthetic resources, in process (snapshot and index build
 * times, heap, and searchResources latency), from the seeded knowledge as a base. This is what
 * `npm run bench` measured before it became a load test of the compiled server; the 1,000/10,000
 * sizes, reload stalls and per-size HTTP latency that issue 14 asks for are not measured yet.
 */
import { seededStore } from '../scripts/temporary-seeded-store.js';
import { searchAtScale, type ScaleResult } from './search-at-scale.js';

const SCALE = { size: 50_000, rounds: 10, maxMs: 30_000 };
const { store, drop } = await seededStore();
const s = store.snapshot;
const base = { ...s, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
await drop();

const results: ScaleResult[] = [];
for (const shape of ['crds', 'clones'] as const) results.push(searchAtScale(base, shape, SCALE.size, SCALE));
const ms = (x: number) => `${x.toFixed(2)} ms`;
for (const r of results)
  console.log(
    `${r.resources.toLocaleString('en')} resources (${r.shape}): snapshot ${ms(r.snapshotMs)}, index ${ms(r.indexMs)}, heap ${r.heapMb.toFixed(0)} MB; ` +
      `${r.searches} searches p50 ${ms(r.p50)} p95 ${ms(r.p95)} p99 ${ms(r.p99)}; finds a synthetic name: ${r.findsSynthetic ? 'yes' : 'no'}`,
  );
