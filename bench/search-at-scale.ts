/**
 * Knowledge at scale, in process: how long a synthetic snapshot and its index take to build, what
 * the process then holds, how fast a resource lookup and `searchResources` answer, and how long the
 * reads beside a reload of it stall.
 */
import type { SnapshotData } from '../src/knowledge/build-snapshot-data.js';
import { KnowledgeSnapshot } from '../src/knowledge/knowledge-snapshot.js';
import { searchIndexOf } from '../src/search/search-index.js';
import { searchResources } from '../src/search/search-resources.js';
import { percentiles } from './http-load.js';
import { measureReload, type ReloadStall } from './reload-stall.js';
import { syntheticKnowledge, type SyntheticShape } from './synthetic-knowledge.js';

// English and Japanese questions, bare names, short names and misspellings, as people type them.
const QUERIES = [
  'run one pod on every node',
  'deamonset',
  'statefullset',
  'configmpa',
  'pvc',
  'hpa',
  'how do I roll back a deployment to a previous version',
  'where should I store a database password',
  'restrict which pods can talk to each other',
  'certficate issuer',
  'backup schedule for a database',
  'ingres',
  'ノードごとに1つずつPodを配置したい',
  '永続ストレージの容量を要求したい',
  'パスワードやAPIトークンを安全に保存したい',
  'デーモンセットとは',
  'バックアップのスケジュール',
  'Podに出入りする通信を制限したい',
];

interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface ScaleResult {
  shape: SyntheticShape;
  resources: number;
  /** The snapshot's construction from the read rows (the database read itself is not in it). */
  snapshotMs: number;
  /** The search index built at once (the reload builds the same in slices: reload.reloadMs). */
  indexMs: number;
  heapMb: number;
  rssMb: number;
  /** A resource by name, serialized as an answer body would carry it. */
  lookup: Latency;
  search: Latency;
  reload: ReloadStall;
  /** Whether a synthetic resource's own name, and the name with a typo, find it first. */
  findsSynthetic: boolean;
}

/** Builds `size` resources of `shape` from today's knowledge and measures; bounded by `rounds` and `maxMs`. */
export async function searchAtScale(base: SnapshotData, shape: SyntheticShape, size: number, limits: { rounds: number; maxMs: number }): Promise<ScaleResult> {
  const data = syntheticKnowledge(base, { size, shape });
  const before = heap();
  let t = performance.now();
  const snapshot = new KnowledgeSnapshot(data);
  const snapshotMs = performance.now() - t;
  t = performance.now();
  searchIndexOf(snapshot);
  const indexMs = performance.now() - t;
  const heapMb = heap() - before;
  const rssMb = process.memoryUsage().rss / 2 ** 20;

  const known = snapshot.resources[Math.floor(snapshot.resources.length * 0.7)];
  if (!known) throw new Error('synthetic knowledge is empty');
  const typo = known.name.slice(0, 3) + known.name.slice(4); // one letter dropped
  const queries = [...QUERIES, known.name, typo];
  const first = (q: string) => searchResources(snapshot, { q, limit: 10 })[0]?.resource.name;
  const findsSynthetic = first(known.name) === known.name && first(typo) === known.name;

  const names = Array.from({ length: 2000 }, (_, i) => snapshot.resources[(i * 7919) % snapshot.resources.length]?.name ?? '');
  const lookup = timed(names, (name) => JSON.stringify(snapshot.resource(name)), limits.maxMs);
  for (const q of queries) searchResources(snapshot, { q }); // warm-up: JIT, not the index, which is built
  const rounds = Array.from({ length: limits.rounds }, () => queries).flat();
  const search = timed(rounds, (q) => searchResources(snapshot, { q, limit: 10 }), limits.maxMs);

  const reload = await measureReload({ ...data, revision: data.revision + 1 });
  return { shape, resources: snapshot.resources.length, snapshotMs, indexMs, heapMb, rssMb, lookup, search, reload, findsSynthetic };
}

function timed<T>(inputs: readonly T[], run: (input: T) => unknown, maxMs: number): Latency {
  const times: number[] = [];
  const deadline = performance.now() + maxMs;
  for (const input of inputs) {
    if (performance.now() > deadline) break;
    const t0 = performance.now();
    run(input);
    times.push(performance.now() - t0);
  }
  return { count: times.length, ...percentiles(times) };
}

// After a full collection when node runs with --expose-gc, else as is (then only roughly right).
function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
