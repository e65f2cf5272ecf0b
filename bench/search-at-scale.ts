/**
 * Search at 50,000 resources, in process: how long a synthetic snapshot and its index take to
 * build, what they weigh, and how fast `searchResources` answers a mixed query set.
 */
import type { SnapshotData } from '../src/knowledge/build-snapshot-data.js';
import { KnowledgeSnapshot } from '../src/knowledge/knowledge-snapshot.js';
import { searchIndexOf } from '../src/search/search-index.js';
import { searchResources } from '../src/search/search-resources.js';
import { percentiles } from './http-load.js';
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

export interface ScaleResult {
  shape: SyntheticShape;
  resources: number;
  snapshotMs: number;
  indexMs: number;
  heapMb: number;
  arrayBuffersMb: number;
  searches: number;
  p50: number;
  p95: number;
  p99: number;
  /** Whether a synthetic resource's own name, and the name with a typo, find it first. */
  findsSynthetic: boolean;
}

/** Builds `size` resources of `shape` from today's knowledge and measures; bounded by `rounds` and `maxMs`. */
export function searchAtScale(base: SnapshotData, shape: SyntheticShape, size: number, limits: { rounds: number; maxMs: number }): ScaleResult {
  const data = syntheticKnowledge(base, { size, shape });
  const before = memory();
  let t = performance.now();
  const snapshot = new KnowledgeSnapshot(data);
  const snapshotMs = performance.now() - t;
  t = performance.now();
  searchIndexOf(snapshot);
  const indexMs = performance.now() - t;
  const after = memory();

  const known = snapshot.resources[Math.floor(snapshot.resources.length * 0.7)];
  if (!known) throw new Error('synthetic knowledge is empty');
  const typo = known.name.slice(0, 3) + known.name.slice(4); // one letter dropped
  const queries = [...QUERIES, known.name, typo];
  const first = (q: string) => searchResources(snapshot, { q, limit: 10 })[0]?.resource.name;
  const findsSynthetic = first(known.name) === known.name && first(typo) === known.name;

  for (const q of queries) searchResources(snapshot, { q }); // warm-up: JIT, not the index, which is built
  const times: number[] = [];
  const deadline = performance.now() + limits.maxMs;
  for (let round = 0; round < limits.rounds && performance.now() < deadline; round++)
    for (const q of queries) {
      const t0 = performance.now();
      searchResources(snapshot, { q, limit: 10 });
      times.push(performance.now() - t0);
    }
  return {
    shape,
    resources: snapshot.resources.length,
    snapshotMs,
    indexMs,
    heapMb: after.heap - before.heap,
    arrayBuffersMb: after.arrayBuffers - before.arrayBuffers,
    searches: times.length,
    ...percentiles(times),
    findsSynthetic,
  };
}

// After a full collection when node runs with --expose-gc, else as is (then only roughly right).
function memory(): { heap: number; arrayBuffers: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 2 ** 20, arrayBuffers: m.arrayBuffers / 2 ** 20 };
}
