/**
 * One size and shape of `npm run bench:scale`'s stall measurements, repeated: the longest stall of a
 * reload (reload-stall.ts) and of PATCHes through the write core (write-at-scale.ts).
 * `node --expose-gc --import tsx bench/stall-probe.ts [size] [crds|clones] [reloads] [writes]`;
 * with STALL_PROFILE=file.cpuprofile, an inspector CPU profile of the whole run is written there and
 * every gap over STALL_GAP_MS (40) of a 1 ms timer is printed with its time in that profile.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { seededStore } from '../scripts/temporary-seeded-store.js';
import { measureReload } from './reload-stall.js';
import { syntheticKnowledge, type SyntheticShape } from './synthetic-knowledge.js';
import { measureWrites } from './write-at-scale.js';

const [size = 50_000, shape = 'crds', reloads = 3, writes = 20] = process.argv.slice(2).map((a, i) => (i === 1 ? a : Number(a))) as [number?, SyntheticShape?, number?, number?];
const profile = process.env.STALL_PROFILE;
const gapMs = Number(process.env.STALL_GAP_MS ?? 40);

const { store, drop } = await seededStore();
const s = store.snapshot;
const base = { ...s, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
await drop();

const session = profile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
let phase = 'setup';
let last = performance.now();
// The longest gap per phase on the wall clock and in CPU time spent meanwhile (the process's, GC threads
// included): on a shared machine a gap's wall time grows with the other processes, its CPU time much less.
let lastCpu = process.cpuUsage();
const longest = new Map<string, { wallMs: number; cpuMs: number }>();
// measureWrites collects garbage just before its writes: from then on the gaps are the writes'.
const collect = (globalThis as { gc?: () => void }).gc;
if (collect)
  (globalThis as { gc?: () => void }).gc = () => {
    collect();
    if (!phase.startsWith('writes')) return;
    phase = 'writes';
    // The collection asked for is not a write's: the next gap is measured from here.
    last = performance.now();
    lastCpu = process.cpuUsage();
  };
const gaps = setInterval(() => {
  const now = performance.now();
  const cpu = process.cpuUsage(lastCpu);
  lastCpu = process.cpuUsage();
  const seen = longest.get(phase) ?? { wallMs: 0, cpuMs: 0 };
  longest.set(phase, { wallMs: Math.max(seen.wallMs, now - last), cpuMs: Math.max(seen.cpuMs, (cpu.user + cpu.system) / 1000) });
  // On the monotonic clock a CPU profile's timestamps are on (µs), in ms.
  const clock = Number(process.hrtime.bigint() / 1000n) / 1000;
  if (now - last > gapMs) console.log(`gap ${(now - last).toFixed(0)} ms in ${phase} at ${(clock - (now - last)).toFixed(0)}..${clock.toFixed(0)} ms`);
  last = now;
}, 1);

// In a function of its own: the reloads' data is garbage before the writes, as in bench:scale.
await (async () => {
  const data = syntheticKnowledge(base, { size, shape });
  for (let i = 0; i < reloads; i++) {
    phase = `reload ${i}`;
    const r = await measureReload({ ...data, revision: data.revision + 1 + i });
    console.log(`${size} ${shape} reload ${i}: ${r.reloadMs.toFixed(0)} ms, longest stall ${r.longestStallMs.toFixed(0)} ms (snapshot ${r.longestSnapshotStallMs.toFixed(0)}, index ${r.longestIndexStallMs.toFixed(0)})`);
  }
})();
phase = 'writes (the store first)';
if (writes > 0) {
  const w = await measureWrites(() => syntheticKnowledge(base, { size, shape }), writes);
  console.log(`${size} ${shape} writes: visible p50 ${w.visibleMs.p50.toFixed(0)} max ${w.visibleMs.max.toFixed(0)} ms, longest stall ${w.longestStallMs.toFixed(0)} ms, alone ${w.incremental}, found ${w.searchFindsEdit}`);
}
clearInterval(gaps);
for (const [name, { wallMs, cpuMs }] of longest) if (name !== 'setup') console.log(`longest gap in ${name}: ${wallMs.toFixed(0)} ms wall, most CPU in one gap ${cpuMs.toFixed(0)} ms`);
if (session && profile) {
  const { profile: result } = await session.post('Profiler.stop');
  fs.writeFileSync(profile, JSON.stringify(result));
  console.log(`profile ${profile}`);
}
