import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type KnowledgeDb } from '../../src/db/create-prisma-client.js';
import type { DatabaseTarget } from '../../src/db/database-target.js';
import { SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { createEmptyDatabase, TEST_POSTGRES_URL } from '../support/test-database.js';

// The feature is PostgreSQL's: this file runs on PostgreSQL whatever KUBEDEX_TEST_DB says, on a database of its own.
// The poll is set far longer than the test so that only LISTEN/NOTIFY (and the listener's reconnects) can explain what it sees.
const POLL = { KNOWLEDGE_POLL_MS: '600000' };
const seed = readSeed(SEED_DIR);
let database: { target: DatabaseTarget; name: string; drop: () => Promise<void> };
let writer: KnowledgeDb;
const servers: ServerProcess[] = [];
let a: ServerProcess;
let b: ServerProcess;

/** Seeds the database with Job's English summary changed to `summary`, as a curator's re-seed would; resolves on commit. */
async function changeJobSummary(summary: string): Promise<void> {
  const changed = { ...seed, resources: seed.resources.map((r) => (r.name === 'Job' ? { ...r, text: { ...r.text, en: { ...r.text.en, summary } } } : r)) };
  const report = await applySeed(writer, database.target.provider, changed);
  expect(report.written).toBeGreaterThan(0);
}

async function jobSummary(server: ServerProcess): Promise<string | undefined> {
  const res = await fetch(`${server.baseUrl}/resources/workloads/Job?lang=en`);
  return res.ok ? ((await res.json()) as { summary: string }).summary : undefined;
}

/** Polls `probe` every 20 ms until it holds; the milliseconds it took, or a failure when that is more than `timeoutMs`. */
async function within(timeoutMs: number, probe: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (!(await probe())) {
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const took = performance.now() - started;
  // A probe that itself took long may succeed past the deadline: that is late too.
  if (took > timeoutMs) throw new Error(`held after ${took.toFixed(0)} ms, more than ${timeoutMs} ms`);
  return took;
}

async function readiness(server: ServerProcess) {
  const res = await fetch(`${server.baseUrl}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; revision: number | null; database: { reachable: boolean; notices: string } } };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Takes this test's own database away from every client (the shared server and other databases are untouched). */
async function cutDatabase(): Promise<void> {
  await admin(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS false`);
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}' AND pid <> pg_backend_pid()`);
}

beforeAll(async () => {
  database = await createEmptyDatabase('postgresql');
  if (database.target.provider !== 'postgresql') throw new Error('expected PostgreSQL');
  const url = database.target.url;
  // The first replica migrates and seeds the empty database; the second only serves, as in the postgresql overlay.
  a = await startServer({ DATABASE_URL: url, ...POLL });
  servers.push(a);
  b = await startServer({ DATABASE_URL: url, MIGRATE_ON_START: 'false', SEED_ON_START: 'never', ...POLL });
  servers.push(b);
  writer = createPrismaClient(database.target);
}, 180_000);

afterAll(async () => {
  const codes = await Promise.all(servers.map((s) => s.stop()));
  await writer?.$disconnect();
  await admin(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS true`).catch(() => undefined);
  await database?.drop();
  // The listener's connection must not hold a replica past SIGTERM.
  expect(codes).toEqual(servers.map(() => 0));
}, 60_000);

describe('two replicas on one PostgreSQL database', () => {
  it('both listen for revision notices', async () => {
    for (const server of [a, b]) await within(10_000, async () => (await readiness(server)).body.database.notices === 'listening');
  });

  it("serves another replica's change within 1 s, with the revision poll at 10 minutes", async () => {
    const before = (await readiness(b)).body.revision!;
    const summary = `Runs Pods to completion (notice test ${Date.now()}).`;
    await changeJobSummary(summary);
    const took = await Promise.all([b, a].map((server) => within(1_000, async () => (await jobSummary(server)) === summary)));
    const reloadMs = [b, a].map((server) => server.logs.filter((l) => l.msg === 'knowledge snapshot loaded').at(-1)?.ms);
    console.info(`change visible on the replicas ${took.map((t) => t.toFixed(0)).join(' / ')} ms (B / A) after the seed committed; their reloads took ${reloadMs.join(' / ')} ms`);
    expect((await readiness(b)).body.revision).toBe(before + 1);
  });
});

describe('a database outage', () => {
  let late: ServerProcess;

  it('keeps serving reads from the snapshot and reports the database unreachable, still ready', async () => {
    const summary = await jobSummary(a);
    await cutDatabase();
    // The listener's connection drops with the database: the replica finds out without waiting for the poll.
    for (const server of [a, b]) await within(5_000, async () => (await readiness(server)).body.database.reachable === false);
    const ready = await readiness(a);
    expect(ready).toMatchObject({ status: 200, body: { status: 'ready', database: { reachable: false } } });
    expect(await jobSummary(a)).toBe(summary);
    const graphql = await fetch(`${a.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ resource(name: "Job") { name } }' }) });
    expect(await graphql.json()).toEqual({ data: { resource: { name: 'Job' } } });
  });

  it('answers what needs the database with 503 problem+json and Retry-After, on REST and GraphQL', async () => {
    // A replica started during the outage has no snapshot: everything it would answer needs the database.
    late = await startServer({ DATABASE_URL: (database.target as { url: string }).url, MIGRATE_ON_START: 'false', ...POLL });
    servers.push(late);
    const rest = await fetch(`${late.baseUrl}/resources/workloads/Job`);
    expect(rest.status).toBe(503);
    expect(rest.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(rest.headers.get('retry-after')).toBe('5');
    expect(await rest.json()).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    const graphql = await fetch(`${late.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ resource(name: "Job") { name } }' }) });
    const body = (await graphql.json()) as { errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(await readiness(late)).toMatchObject({ status: 503, body: { status: 'not ready', database: { reachable: false, notices: 'reconnecting' } } });
  });

  it('recovers by itself when the database returns: every replica reconnects and serves the next change', async () => {
    await admin(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS true`);
    const summary = `Runs Pods to completion (after the outage ${Date.now()}).`;
    await changeJobSummary(summary);
    // The listener retries at most every 5 s; on reconnecting it refreshes (notices sent meanwhile are lost).
    const took = await Promise.all([a, b, late].map((server) => within(8_000, async () => (await jobSummary(server)) === summary)));
    console.info(`after the database returned, the change was served in ${took.map((t) => t.toFixed(0)).join(' / ')} ms (A / B / late)`);
    for (const server of [a, b, late])
      await within(5_000, async () => {
        const { status, body } = await readiness(server);
        return status === 200 && body.database.reachable && body.database.notices === 'listening';
      });
  });
});
