/**
 * `npm run bench`: throughput and latency of the app over real HTTP on 127.0.0.1 (against a
 * migrated and seeded temp SQLite database), and search at 50,000 synthetic resources in process.
 * Every HTTP figure is also given as a ratio to `GET /healthz` measured in the same run, which is
 * what to compare across machines. Prints PASS/FAIL per target; exits 1 when one fails.
 * `--quick` runs shorter loops (for a smoke check, not for figures).
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { httpLoad, type LoadRequest, type LoadResult } from './http-load.js';
import { searchAtScale, type ScaleResult } from './search-at-scale.js';
import { seededStore } from '../scripts/temporary-seeded-store.js';

const quick = process.argv.includes('--quick');
const HTTP = { requests: quick ? 500 : 5_000, maxMs: quick ? 2_000 : 8_000, concurrency: 10, warmup: 200 };
const SCALE = { size: 50_000, rounds: quick ? 2 : 10, maxMs: quick ? 5_000 : 30_000 };
const TARGETS = { graphqlOverRest: 1.5, searchP95Ms: 50 };

// The same data the REST call answers (links aside, which are URLs built from names and category
// slugs this document also asks for): every field of the resource, and each relation with its note
// and both ends named, with their category. REST states the far end and a direction; GraphQL
// states both ends, from which the direction follows.
const GRAPHQL_DOCUMENT = `query DeploymentWithRelations {
  resource(name: "Deployment") {
    name category { slug } listedIn { slug } displayName summary description
    kubernetes { kind group version apiVersion plural shortNames namespaced }
    variant { of { ...Ref } selector }
    variants { ...Ref variant { selector } }
    status supersededBy { ...Ref }
    aliases { name kind }
    facts { key value label note }
    exampleManifest
    sources { fromArticle articleSection docsUrl }
    updatedAt
    relations { kind note from { ...Ref } to { ...Ref } }
  }
}
fragment Ref on Resource { name displayName category { slug } }`;

// Japanese and English, names and questions, one misspelling: what /search gets in practice.
const SEARCHES = ['deployment', 'run one pod on every node', 'deamonset', 'where should I store a database password', 'pvc', 'ノードごとに1つずつPodを配置したい', '永続ストレージの容量を要求したい', 'デーモンセットとは'];

const { store, drop } = await seededStore();
const config = loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_POLL_MS: '0' });
const app = await createApp({ store, config, logger: createLogger('silent') });
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
const port = (server.address() as AddressInfo).port;

const load = async (request: LoadRequest | LoadRequest[]): Promise<LoadResult> => {
  await httpLoad({ port, request, requests: HTTP.warmup, maxMs: HTTP.maxMs, concurrency: HTTP.concurrency });
  return httpLoad({ port, request, requests: HTTP.requests, maxMs: HTTP.maxMs, concurrency: HTTP.concurrency });
};

let http: Record<'healthz' | 'rest' | 'graphql' | 'search', LoadResult | undefined>;
let base;
try {
  http = {
    healthz: await load({ path: '/healthz' }),
    rest: await load({ path: '/resources/workloads/Deployment?include=relations' }),
    graphql: await load({ method: 'POST', path: '/graphql', body: JSON.stringify({ query: GRAPHQL_DOCUMENT }), headers: { 'content-type': 'application/json' } }),
    search: await load(SEARCHES.map((q) => ({ path: `/search?q=${encodeURIComponent(q)}` }))),
  };
  base = { ...store.snapshot, categories: [...store.snapshot.categories], resources: [...store.snapshot.resources], relations: [...store.snapshot.relations], comparisons: [...store.snapshot.comparisons], corrections: [...store.snapshot.corrections] };
} finally {
  await new Promise((resolve) => server.close(resolve));
  await drop();
}

const scale: ScaleResult[] = [];
for (const shape of ['crds', 'clones'] as const) scale.push(searchAtScale(base, shape, SCALE.size, SCALE));

// --- report ---
const ms = (x: number) => `${x.toFixed(2)} ms`;
const rows: string[][] = [['measure', 'req/s', 'p50', 'p95', 'p99', 'ratio', 'target', 'result']];
const failures: string[] = [];
const verdict = (name: string, ok: boolean) => {
  if (!ok) failures.push(name);
  return ok ? 'PASS' : 'FAIL';
};
const healthz = http.healthz as LoadResult;
for (const [name, label] of [['healthz', 'GET /healthz (baseline)'], ['rest', 'GET /resources/workloads/Deployment?include=relations'], ['graphql', 'POST /graphql (same data)'], ['search', `GET /search?q=… (${SEARCHES.length} ja/en queries)`]] as const) {
  const r = http[name] as LoadResult;
  const ratio = `${(r.p50 / healthz.p50).toFixed(2)}× p50${r.errors ? `, ${r.errors} errors` : ''}`;
  let target = '';
  let result = r.errors ? verdict(`${name} errors`, false) : '';
  if (name === 'graphql') {
    const overRest = r.p50 / (http.rest as LoadResult).p50;
    target = `GraphQL/REST p50 ${overRest.toFixed(2)} ≤ ${TARGETS.graphqlOverRest}`;
    result = verdict('graphql/rest', overRest <= TARGETS.graphqlOverRest && !r.errors);
  }
  rows.push([label, r.rps.toFixed(0), ms(r.p50), ms(r.p95), ms(r.p99), ratio, target, result]);
}
for (const s of scale)
  rows.push([
    `searchResources at ${s.resources.toLocaleString('en')} (${s.shape}), ${s.searches} searches`,
    '',
    ms(s.p50),
    ms(s.p95),
    ms(s.p99),
    '',
    `p95 < ${TARGETS.searchP95Ms} ms; finds a synthetic name: ${s.findsSynthetic ? 'yes' : 'no'}`,
    verdict(`search at scale (${s.shape})`, s.p95 < TARGETS.searchP95Ms && s.findsSynthetic),
  ]);
printTable(rows);
console.log('\nBuild at 50,000 resources (in process; memory after GC when node runs with --expose-gc):');
printTable([
  ['shape', 'snapshot build', 'search index build', 'heap used', 'array buffers'],
  ...scale.map((s) => [s.shape, ms(s.snapshotMs), ms(s.indexMs), `${s.heapMb.toFixed(0)} MB`, `${s.arrayBuffersMb.toFixed(0)} MB`]),
]);
if (!(globalThis as { gc?: unknown }).gc) console.log('(no --expose-gc: memory figures include garbage)');
console.log(failures.length ? `\nFAIL: ${failures.join(', ')}` : '\nAll targets PASS');
if (failures.length) process.exitCode = 1;

function printTable(table: string[][]): void {
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? [];
  for (const [n, row] of table.entries()) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' │ '));
    if (n === 0) console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  }
}
