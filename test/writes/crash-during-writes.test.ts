import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createToken } from '../../src/auth/api-tokens.js';
import { createPrismaClient } from '../../src/db/create-prisma-client.js';
import type { DatabaseTarget } from '../../src/db/database-target.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { createEmptyDatabase, TEST_POSTGRES_URL } from '../support/test-database.js';
import type { Doc } from './write-families.js';

/** Kills per database, each proven to land inside a write transaction. */
const KILLS = 3;
/** How long to wait for a kill to land inside a transaction before failing. */
const WATCH_MS = 30_000;

/** The records the write loop edits in turn, each write marked with its number. */
const WRITES = [
  { type: 'resource', key: 'Pod', path: '/resources/workloads/Pod', method: 'PATCH', edit: (d: Doc, i: number) => ({ tasks: [...(d.tasks as object[]), { ja: `書き込み ${i}`, en: `write ${i}` }] }) },
  { type: 'relation', key: 'Deployment parent_of ReplicaSet', path: '/relations/Deployment/parent_of/ReplicaSet', method: 'PUT', edit: (d: Doc, i: number) => ({ ...d, note: { ...(d.note as Doc), en: `write ${i}` } }) },
  { type: 'comparison', key: 'job-vs-cronjob', path: '/comparisons/job-vs-cronjob', method: 'PATCH', edit: (_d: Doc, i: number) => ({ verdict: { en: `write ${i}` } }) },
  { type: 'correction', key: 'daemonset-typo', path: '/corrections/daemonset-typo', method: 'PATCH', edit: (_d: Doc, i: number) => ({ reason: { en: `write ${i}` } }) },
] as const;

interface Acknowledged {
  i: number;
  revision: number;
}

const servers: ServerProcess[] = [];
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  await drop?.();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes one record after another (read, then write with If-Match) until the server dies; pushes each write answered 200. */
async function writeLoop(base: string, token: string, from: number, acknowledged: Acknowledged[]): Promise<void> {
  for (let i = from; ; i++) {
    const write = WRITES[i % WRITES.length] as (typeof WRITES)[number];
    try {
      const read = await fetch(`${base}${write.path}/source`);
      const doc = (await read.json()) as Doc;
      const res = await fetch(`${base}${write.path}`, {
        method: write.method,
        headers: { authorization: `Bearer ${token}`, 'if-match': read.headers.get('etag') as string, 'content-type': write.method === 'PATCH' ? 'application/merge-patch+json' : 'application/json' },
        body: JSON.stringify(write.edit(doc, i)),
      });
      await res.arrayBuffer();
      if (res.status === 200) acknowledged.push({ i, revision: Number(res.headers.get('kubedex-revision')) });
    } catch {
      return; // the connection died with the process
    }
  }
}

/**
 * Watches for the server inside a write transaction, stops it there (SIGSTOP), checks it is still
 * inside, then SIGKILLs it. Answers what proves it: on PostgreSQL the transaction's id, its backend
 * `idle in transaction` while the server is stopped; on SQLite the rollback journal, present while
 * the server holds the write lock (another connection's BEGIN IMMEDIATE is refused).
 */
async function killInsideTransaction(server: ServerProcess, target: DatabaseTarget): Promise<{ xid?: string }> {
  const deadline = Date.now() + WATCH_MS;
  if (target.provider === 'sqlite') {
    const journal = `${target.file}-journal`;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!fs.existsSync(journal)) continue;
      server.child.kill('SIGSTOP');
      const probe = new Database(target.file, { timeout: 0 });
      let locked = false;
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
      } catch (error) {
        locked = (error as { code?: string }).code === 'SQLITE_BUSY';
      } finally {
        probe.close();
      }
      if (locked && fs.existsSync(journal)) {
        server.child.kill('SIGKILL');
        // The killed transaction's journal is left behind; what it held is rolled back or ignored on the next open.
        expect(fs.existsSync(journal)).toBe(true);
        return {};
      }
      server.child.kill('SIGCONT'); // it committed meanwhile
    }
    throw new Error('the server was never caught inside a write transaction');
  }
  const monitor = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await monitor.connect();
  const database = new URL(target.url).pathname.slice(1);
  const writing = async () =>
    (await monitor.query<{ pid: number; xid: string; state: string; query: string }>("SELECT pid, backend_xid::text AS xid, state, query FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL", [database])).rows;
  try {
    while (Date.now() < deadline) {
      const seen = (await writing())[0];
      if (!seen) continue;
      server.child.kill('SIGSTOP');
      // Stopped, the server sends nothing more: its transaction goes idle unless its COMMIT was already on the way.
      let inside = false;
      for (let tries = 0; tries < 20 && !inside; tries++) {
        const now = (await writing()).find((r) => r.pid === seen.pid && r.xid === seen.xid);
        if (!now) break;
        inside = now.state === 'idle in transaction' && !/^\s*COMMIT/i.test(now.query);
        if (!inside) await pause(5);
      }
      if (inside) {
        server.child.kill('SIGKILL');
        return { xid: seen.xid };
      }
      server.child.kill('SIGCONT');
    }
    throw new Error('the server was never caught inside a write transaction');
  } finally {
    await monitor.end();
  }
}

/** What the restarted database holds is every acknowledged write, each whole, and nothing else. */
async function checkDatabase(options: { base: string; target: DatabaseTarget; acknowledged: Acknowledged[]; killed: { xid?: string } }): Promise<void> {
  const { base, target, acknowledged, killed } = options;
  expect((await fetch(`${base}/readyz`)).status).toBe(200);
  const db = createPrismaClient(target);
  try {
    if (target.provider === 'sqlite') {
      const check = new Database(target.file, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    } else if (killed.xid) {
      // The transaction the kill landed in never committed.
      const [row] = await db.$queryRawUnsafe<{ status: string }[]>(`SELECT txid_status((txid_snapshot_xmax(txid_current_snapshot()) >> 32 << 32) + ${Number(killed.xid)}) AS status`);
      expect(row?.status).toBe('aborted');
    }
    const changes = await db.change.findMany({ where: { tokenName: 'crash' }, orderBy: { id: 'asc' } });
    // One change per acknowledged write, in the order they were answered, and none for the write killed.
    expect(changes.map((c) => c.revision)).toEqual(acknowledged.map((a) => a.revision));
    for (const [n, a] of acknowledged.entries()) {
      const write = WRITES[a.i % WRITES.length] as (typeof WRITES)[number];
      expect(changes[n]).toMatchObject({ recordType: write.type, recordKey: write.key });
      expect(changes[n]?.after).toContain(`write ${a.i}`);
    }
    const latest = await db.change.aggregate({ _max: { revision: true } });
    expect((await db.knowledgeRevision.findFirst())?.revision).toBe(latest._max.revision);
    // Each record is whole: as its last change left it.
    for (const write of WRITES) {
      const last = await db.change.findFirst({ where: { recordType: write.type, recordKey: write.key }, orderBy: { id: 'desc' } });
      const source = (await (await fetch(`${base}${write.path}/source`)).json()) as Doc;
      if (!last) continue;
      // The log keeps a relation's or record's place beside its document; a resource's position is part of it.
      const { position, ...after } = JSON.parse(last.after ?? '{}') as Doc;
      expect(source).toEqual(write.type === 'resource' ? { ...after, position } : after);
    }
    const pod = (await (await fetch(`${base}/resources/workloads/Pod/source`)).json()) as { tasks: { en: string }[] };
    const podWrites = acknowledged.filter((a) => a.i % WRITES.length === 0).map((a) => `write ${a.i}`);
    expect(pod.tasks.map((t) => t.en).filter((t) => t.startsWith('write '))).toEqual(podWrites);
  } finally {
    await db.$disconnect();
  }
}

describe('a server killed with SIGKILL inside a write transaction', () => {
  it(`restarts ${KILLS} times on a clean database holding every acknowledged write (resources, relations, comparisons, corrections), each whole, and not the killed one`, async () => {
    const database = await createEmptyDatabase(undefined, { template: inject('seededTemplate') });
    drop = database.drop;
    const target = database.target;
    const env = { DATABASE_URL: target.provider === 'sqlite' ? `file:${target.file}` : target.url, SEED_ON_START: 'never', KNOWLEDGE_POLL_MS: '0' };
    const db = createPrismaClient(target);
    const token = await createToken(db, { name: 'crash', scope: 'write' });
    await db.$disconnect();

    const acknowledged: Acknowledged[] = [];
    let server = await startServer(env);
    servers.push(server);
    for (let kill = 1; kill <= KILLS; kill++) {
      const loop = writeLoop(server.baseUrl, token, acknowledged.length === 0 ? 0 : (acknowledged.at(-1)?.i ?? 0) + 1000, acknowledged);
      // A few writes through first, so that what is caught is the write loop's transaction.
      const before = acknowledged.length;
      while (acknowledged.length < before + 3) await pause(10);
      const killed = await killInsideTransaction(server, target);
      await loop;
      server = await startServer(env);
      servers.push(server);
      await checkDatabase({ base: server.baseUrl, target, acknowledged, killed });
      console.info(`kill ${kill}: inside ${killed.xid ? `transaction ${killed.xid} (aborted)` : 'a write transaction holding the journal'}; ${acknowledged.length} acknowledged writes so far, all there`);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS * 3);
    await server.stop();
  }, 150_000);
});
