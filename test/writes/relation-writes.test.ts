import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { useSeededApi } from '../rest/seeded-rest.js';
import { exportBytes, tokens, versionOf } from './write-helpers.js';

const t = useSeededApi();
let token: { write: string; admin: string };
let seeded: { from: string; kind: string; to: string; note: { ja: string; en: string } };
beforeAll(async () => {
  token = await tokens(t.seeded.db);
  const first = readSeed(SEED_DIR).relations[0];
  if (!first) throw new Error('the seed has no relations');
  seeded = first;
});

describe('relation writes', () => {
  it('create, replace with If-Match, refuse unknown ends, delete; the seed keeps the API edit until --force', async () => {
    const exported = await exportBytes(t.seeded.app);
    const unknown = await request(t.seeded.app).post('/relations').set('Authorization', `Bearer ${token.write}`).send({ from: 'Deployment', kind: 'uses', to: 'NoSuchKind', note: { ja: 'x', en: 'x' } }).expect(400);
    expect(unknown.body.errors).toEqual([{ path: 'to', message: 'unknown resource "NoSuchKind"' }]);
    expect(await exportBytes(t.seeded.app)).toBe(exported);

    const note = { ja: 'ジョブは設定を読む', en: 'A Job reads its configuration' };
    const created = await request(t.seeded.app).post('/relations').set('Authorization', `Bearer ${token.write}`).send({ from: 'Job', kind: 'uses', to: 'ConfigMap', note }).expect(201);
    expect(versionOf(created.headers.etag)).toBe(1);
    const relations = await request(t.seeded.app).get('/resources/workloads/Job/relations?lang=en').expect(200);
    expect(JSON.stringify(relations.body)).toContain('A Job reads its configuration');

    const path = `/relations/${seeded.from}/${seeded.kind}/${seeded.to}`;
    const source = await request(t.seeded.app).get(`${path}/source`).expect(200);
    expect(source.body).toEqual(seeded);
    await request(t.seeded.app).put(path).set('Authorization', `Bearer ${token.write}`).send({ ...seeded, note: { ...seeded.note, en: 'edited' } }).expect(428);
    await request(t.seeded.app).put(path).set('Authorization', `Bearer ${token.write}`).set('If-Match', '"v9"').send({ ...seeded, note: { ...seeded.note, en: 'edited' } }).expect(412);
    const replaced = await request(t.seeded.app).put(path).set('Authorization', `Bearer ${token.write}`).set('If-Match', source.headers.etag as string).send({ ...seeded, note: { ...seeded.note, en: 'edited' } }).expect(200);
    expect(versionOf(replaced.headers.etag)).toBe(2);

    const kept = await applySeed(t.seeded.db, t.seeded.target.provider, readSeed(SEED_DIR));
    expect(kept.conflicts).toEqual([{ recordType: 'relation', key: `${seeded.from} ${seeded.kind} ${seeded.to}`, reason: 'edited through the API' }]);
    expect((await request(t.seeded.app).get(`${path}/source`).expect(200)).body.note.en).toBe('edited');
    await applySeed(t.seeded.db, t.seeded.target.provider, readSeed(SEED_DIR), { force: true });
    expect((await request(t.seeded.app).get(`${path}/source`).expect(200)).body.note.en).toBe(seeded.note.en);

    const jobUses = '/relations/Job/uses/ConfigMap';
    await request(t.seeded.app).delete(jobUses).set('Authorization', `Bearer ${token.write}`).set('If-Match', '"v1"').expect(403);
    await request(t.seeded.app).delete(jobUses).set('Authorization', `Bearer ${token.admin}`).set('If-Match', '"v1"').expect(204);
    await request(t.seeded.app).get(`${jobUses}/source`).expect(404);
    const log = (await request(t.seeded.app).get('/changes').expect(200)).body.items.filter((c: { recordType: string }) => c.recordType === 'relation').map((c: { operation: string }) => c.operation);
    expect(log).toEqual(['create', 'update', 'seed', 'delete']);
  });
});
