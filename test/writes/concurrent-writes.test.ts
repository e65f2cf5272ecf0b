import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportKnowledge } from '../../src/knowledge/export-knowledge.js';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { useSeededApi } from '../rest/seeded-rest.js';
import { listenOnLoopback } from '../support/listen-on-loopback.js';
import { WRITE_FAMILIES, type Doc } from './write-families.js';
import { tokens, versionOf } from './write-helpers.js';

const t = useSeededApi();
let token: string;
let admin: string;
let server: Server;
let origin: string;
beforeAll(async () => {
  ({ write: token, admin } = await tokens(t.seeded.db));
  ({ server, origin } = await listenOnLoopback(t.seeded.app));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The served snapshot's export equals one freshly loaded from the database. */
async function snapshotEqualsDatabase(): Promise<void> {
  const fresh = KnowledgeStore.open(t.seeded.target);
  try {
    expect(exportKnowledge(t.seeded.store.snapshot)).toEqual(exportKnowledge(await fresh.reload()));
  } finally {
    await fresh.close();
  }
}

const RECORDS = ['Pod', 'Deployment', 'Job', 'CronJob', 'DaemonSet'];
const WRITERS = 50;

/** One writer's read-modify-write: append its own task, retrying on 412 until it wins. */
async function appendTask(name: string, writer: number): Promise<{ attempts: number; revision: number }> {
  for (let attempts = 1; ; attempts++) {
    const read = await fetch(`${origin}/resources/workloads/${name}/source`);
    expect(read.status).toBe(200);
    const tasks = [...((await read.json()) as { tasks: object[] }).tasks, { ja: `作業 ${writer}`, en: `task of writer ${writer}` }];
    const res = await fetch(`${origin}/resources/workloads/${name}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'if-match': read.headers.get('etag') as string, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ tasks }),
    });
    if (res.status === 200) return { attempts, revision: Number(res.headers.get('kubedex-revision')) };
    expect(res.status, await res.text()).toBe(412);
  }
}

describe('concurrent read-modify-write with If-Match', () => {
  it(`loses no update of ${WRITERS} writers on ${RECORDS.length} records; revisions strictly increase; the snapshot equals the database`, async () => {
    const before = await Promise.all(RECORDS.map(async (name) => (await request(t.seeded.app).get(`/resources/workloads/${name}/source`).expect(200)).body.tasks.length as number));
    const results = await Promise.all(Array.from({ length: WRITERS }, (_, i) => appendTask(RECORDS[i % RECORDS.length] as string, i)));

    for (const [r, name] of RECORDS.entries()) {
      const after = await request(t.seeded.app).get(`/resources/workloads/${name}/source`).expect(200);
      const mine = Array.from({ length: WRITERS }, (_, i) => i).filter((i) => i % RECORDS.length === r);
      expect(after.body.tasks).toHaveLength((before[r] as number) + mine.length);
      for (const i of mine) expect(after.body.tasks).toContainEqual({ ja: `作業 ${i}`, en: `task of writer ${i}` });
    }
    const revisions = results.map((r) => r.revision);
    expect(new Set(revisions).size).toBe(WRITERS);
    const changes = (await request(t.seeded.app).get(`/changes?limit=100`).expect(200)).body.items as { revision: number; operation: string }[];
    const logged = changes.map((c) => c.revision);
    expect(logged).toHaveLength(WRITERS);
    expect(logged).toEqual([...logged].sort((a, b) => a - b));
    expect(new Set(logged).size).toBe(logged.length);
    expect([...logged].sort((a, b) => a - b)).toEqual([...revisions].sort((a, b) => a - b));

    await snapshotEqualsDatabase();
    console.info(`${WRITERS} writers: ${results.reduce((n, r) => n + r.attempts, 0)} attempts in all`);
  }, 180_000);
});

// The other kinds with a version: each of 50 writers adds its mark to one text of the same record.
const OTHER_KINDS = WRITE_FAMILIES.filter((f) => f.base !== '/resources');

describe.each(OTHER_KINDS.map((f) => [f.base.slice(1, -1).replace(/ie$/, 'y'), f] as const))('concurrent read-modify-write of a %s with If-Match', (_kind, family) => {
  const text = family.texts[0] as string;
  const mark = (writer: number) => ` [writer ${writer}]`;

  /** One writer: read the record, append its mark to the English text, write it back (a merge patch, or the whole document where there is no PATCH); on 412 read again. */
  async function addMark(writer: number): Promise<{ attempts: number; revision: number; version: number }> {
    for (let attempts = 1; ; attempts++) {
      const read = await fetch(`${origin}${family.item}/source`);
      expect(read.status).toBe(200);
      const doc = (await read.json()) as Doc;
      const changed = { ...(doc[text] as Doc), en: `${(doc[text] as Doc).en as string}${mark(writer)}` };
      const whole = family.base === '/relations';
      const res = await fetch(`${origin}${family.item}`, {
        method: whole ? 'PUT' : 'PATCH',
        headers: { authorization: `Bearer ${admin}`, 'if-match': read.headers.get('etag') as string, 'content-type': whole ? 'application/json' : 'application/merge-patch+json' },
        body: JSON.stringify(whole ? { ...doc, [text]: changed } : { [text]: changed }),
      });
      if (res.status === 200) return { attempts, revision: Number(res.headers.get('kubedex-revision')), version: versionOf(res.headers.get('etag')) };
      expect(res.status, await res.text()).toBe(412);
      // A little jittered backoff, so that fifty writers do not all come back at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4 * Math.min(attempts, 10)));
    }
  }

  it(`loses no update of ${WRITERS} writers on one record; its version and the revisions strictly increase; the snapshot equals the database`, async () => {
    const before = await fetch(`${origin}${family.item}/source`);
    const startVersion = versionOf(before.headers.get('etag'));
    const since = (await t.seeded.db.knowledgeRevision.findFirst())?.revision ?? 0;
    const results = await Promise.all(Array.from({ length: WRITERS }, (_, i) => addMark(i)));

    const after = await fetch(`${origin}${family.item}/source`);
    const doc = (await after.json()) as Doc;
    const written = (doc[text] as Doc).en as string;
    for (let i = 0; i < WRITERS; i++) expect(written.split(mark(i)).length - 1, `writer ${i}`).toBe(1);
    expect(versionOf(after.headers.get('etag'))).toBe(startVersion + WRITERS);
    // Each writer won one version and one revision of its own, and the later revision holds the later version.
    const byRevision = [...results].sort((a, b) => a.revision - b.revision);
    expect(byRevision.map((r) => r.version)).toEqual(Array.from({ length: WRITERS }, (_, i) => startVersion + i + 1));
    expect(new Set(results.map((r) => r.revision)).size).toBe(WRITERS);

    // The change log holds exactly those writes, in revision order, each after-state the next one's before-state.
    const changes = await t.seeded.db.change.findMany({ where: { revision: { gt: since } }, orderBy: { id: 'asc' } });
    expect(changes.map((c) => c.revision)).toEqual(byRevision.map((r) => r.revision));
    for (const [i, change] of changes.entries()) if (i > 0) expect(JSON.parse(change.before ?? 'null')).toEqual(JSON.parse(changes[i - 1]?.after ?? 'null'));
    const { position: _position, ...last } = JSON.parse(changes.at(-1)?.after ?? '{}') as Doc;
    expect(last).toEqual(doc);
    await snapshotEqualsDatabase();
    console.info(`${family.base}: ${WRITERS} writers, ${results.reduce((n, r) => n + r.attempts, 0)} attempts in all`);
  }, 180_000);
});
