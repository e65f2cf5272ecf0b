import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportKnowledge } from '../../src/knowledge/export-knowledge.js';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { useSeededApi } from '../rest/seeded-rest.js';
import { tokens } from './write-helpers.js';

const t = useSeededApi();
let token: string;
beforeAll(async () => {
  token = (await tokens(t.seeded.db)).write;
});

const RECORDS = ['Pod', 'Deployment', 'Job', 'CronJob', 'DaemonSet'];
const WRITERS = 50;

/** One writer's read-modify-write: append its own task, retrying on 412 until it wins. */
async function appendTask(name: string, writer: number): Promise<{ attempts: number; revision: number }> {
  for (let attempts = 1; ; attempts++) {
    const read = await request(t.seeded.app).get(`/resources/workloads/${name}/source`).expect(200);
    const tasks = [...(read.body.tasks as object[]), { ja: `作業 ${writer}`, en: `task of writer ${writer}` }];
    const res = await request(t.seeded.app)
      .patch(`/resources/workloads/${name}`)
      .set('Authorization', `Bearer ${token}`)
      .set('If-Match', read.headers.etag as string)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ tasks }));
    if (res.status === 200) return { attempts, revision: Number(res.headers['kubedex-revision']) };
    expect(res.status, JSON.stringify(res.body)).toBe(412);
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

    const fresh = KnowledgeStore.open(t.seeded.target);
    try {
      expect(exportKnowledge(t.seeded.store.snapshot)).toEqual(exportKnowledge(await fresh.reload()));
    } finally {
      await fresh.close();
    }
    console.info(`${WRITERS} writers: ${results.reduce((n, r) => n + r.attempts, 0)} attempts in all`);
  }, 180_000);
});
