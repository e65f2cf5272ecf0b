import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSeededApi } from '../rest/seeded-rest.js';
import { exportBytes, tokens, versionOf } from './write-helpers.js';

const t = useSeededApi();
let token: { write: string; admin: string };
const bearer = (value: string) => `Bearer ${value}`;
beforeAll(async () => {
  token = await tokens(t.seeded.db);
});

async function source(path: string): Promise<{ etag: string; doc: Record<string, unknown> }> {
  const res = await t.api.get(`${path}/source`).expect(200);
  return { etag: res.headers.etag as string, doc: res.body as Record<string, unknown> };
}

const patch = (path: string, auth: string, etag: string | undefined, body: unknown) => {
  const req = t.api.patch(path).set('Authorization', bearer(auth)).set('Content-Type', 'application/merge-patch+json');
  if (etag) req.set('If-Match', etag);
  return req.send(JSON.stringify(body));
};

/** The export without the revision, which every write rightly raises. */
async function exportWithoutRevision(): Promise<string> {
  const res = await request(t.seeded.app).get('/export').set('Accept-Encoding', 'identity').expect(200);
  const { revision: _revision, ...rest } = res.body as Record<string, unknown>;
  return JSON.stringify(rest);
}

describe('comparison writes', () => {
  it('patches a verdict with If-Match; reads, /changes and the history see it', async () => {
    const { etag, doc } = await source('/comparisons/job-vs-cronjob');
    expect(versionOf(etag)).toBe(1);
    expect(doc).toMatchObject({ slug: 'job-vs-cronjob', resources: ['Job', 'CronJob'] });
    const res = await patch('/comparisons/job-vs-cronjob', token.write, etag, { verdict: { en: 'Job once, CronJob on a schedule (fixed through the API)' } }).expect(200);
    expect(versionOf(res.headers.etag)).toBe(2);
    const read = await t.api.get('/comparisons/job-vs-cronjob?lang=en').expect(200);
    expect(JSON.stringify(read.body)).toContain('fixed through the API');
    const revision = Number(res.headers['kubedex-revision']);
    const changes = await t.api.get(`/changes?since=${revision - 1}`).expect(200);
    expect(changes.body.items[0]).toMatchObject({ revision, token: 'curator', operation: 'update', recordType: 'comparison', recordKey: 'job-vs-cronjob' });
    const history = await t.api.get('/comparisons/job-vs-cronjob/history').expect(200);
    expect(history.body.items.map((c: { revision: number }) => c.revision)).toEqual([revision]);
  });

  it('answers 428 without If-Match, 412 when stale, and names an unknown member, changing nothing', async () => {
    const exported = await exportBytes(t.seeded.app);
    const { etag, doc } = await source('/comparisons/configmap-vs-secret');
    expect((await patch('/comparisons/configmap-vs-secret', token.write, undefined, { verdict: { en: 'x' } }).expect(428)).body.code).toBe('VERSION_REQUIRED');
    expect((await patch('/comparisons/configmap-vs-secret', token.write, '"v9"', { verdict: { en: 'x' } }).expect(412)).body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 1 });
    const resources = doc.resources as string[];
    const aspects = (doc.aspects as { cells: Record<string, unknown> }[]).map((a) => ({ ...a, cells: { ...a.cells, NoSuchKind: { ja: 'x', en: 'x' } } }));
    const bad = await t.api
      .put('/comparisons/configmap-vs-secret')
      .set('Authorization', bearer(token.write))
      .set('If-Match', etag)
      .send({ ...doc, resources: [...resources, 'NoSuchKind'], aspects })
      .expect(400);
    expect(bad.body.errors).toContainEqual({ path: `resources.${resources.length}`, message: 'unknown resource "NoSuchKind"' });
    expect(await exportBytes(t.seeded.app)).toBe(exported);
  });

  it('is deleted (admin only) and restored at its place: the same export, byte for byte', async () => {
    const before = await exportWithoutRevision();
    const { etag } = await source('/comparisons/role-vs-clusterrole');
    await t.api.delete('/comparisons/role-vs-clusterrole').set('Authorization', bearer(token.write)).set('If-Match', etag).expect(403);
    const deleted = await t.api.delete('/comparisons/role-vs-clusterrole').set('Authorization', bearer(token.admin)).set('If-Match', etag).expect(204);
    await t.api.get('/comparisons/role-vs-clusterrole').expect(404);
    const restored = await t.api
      .post('/comparisons/role-vs-clusterrole/restore')
      .set('Authorization', bearer(token.admin))
      .send({ revision: Number(deleted.headers['kubedex-revision']) })
      .expect(200);
    expect(versionOf(restored.headers.etag)).toBe(1);
    expect(await exportWithoutRevision()).toBe(before);
    const history = await t.api.get('/comparisons/role-vs-clusterrole/history').expect(200);
    expect(history.body.items.map((c: { operation: string }) => c.operation)).toEqual(['delete', 'restore']);
  });
});

describe('category writes', () => {
  it('need an admin token, and a category in use cannot be deleted (409 naming its resources)', async () => {
    const { etag } = await source('/categories/ConfigMap&Storage');
    await patch('/categories/config-storage', token.write, etag, { name: { en: 'Config and Storage' } }).expect(403);
    const refused = await t.api.delete('/categories/config-storage').set('Authorization', bearer(token.admin)).set('If-Match', etag).expect(409);
    expect(refused.body.usedBy.resources).toContain('ConfigMap');
    expect(refused.body.detail).toContain('ConfigMap');
    const renamed = await patch('/categories/config-storage', token.admin, etag, { name: { en: 'Config and Storage' } }).expect(200);
    expect(renamed.body.name.en).toBe('Config and Storage');
    const read = await t.api.get('/categories/config-storage?lang=en').expect(200);
    expect(read.body.name).toBe('Config and Storage');
  });

  it('creates an unused category, refuses a spelling another one owns, and deletes it', async () => {
    const doc = { slug: 'networking', aliases: ['net'], name: { ja: 'ネットワーク', en: 'Networking' }, description: { ja: '通信のリソース', en: 'Resources about traffic' } };
    const taken = await t.api.post('/categories').set('Authorization', bearer(token.admin)).send({ ...doc, aliases: ['ConfigMapAndStorage'] }).expect(400);
    expect(taken.body.errors).toContainEqual({ path: 'aliases.0', message: '"ConfigMapAndStorage" already names category config-storage' });
    const created = await t.api.post('/categories').set('Authorization', bearer(token.admin)).send(doc).expect(201);
    expect(versionOf(created.headers.etag)).toBe(1);
    await t.api.get('/categories/net').expect(200);
    await t.api.delete('/categories/networking').set('Authorization', bearer(token.admin)).set('If-Match', created.headers.etag as string).expect(204);
    await t.api.get('/categories/networking').expect(404);
  });
});

describe('correction writes', () => {
  it('creates, edits, deletes and restores a correction; an unknown resource is named', async () => {
    const doc = {
      slug: 'volume-wording',
      kind: 'factual',
      articleSection: '## Volume',
      articleText: 'Volumeはリソースです。',
      resource: 'NoSuchThing',
      correct: { ja: 'Volumeはリソースではなく、Podの仕様の一部です。', en: 'A Volume is not a resource of its own but part of a Pod spec.' },
      reason: { ja: 'kind Volumeはありません。', en: 'There is no kind Volume.' },
    };
    const unknown = await t.api.post('/corrections').set('Authorization', bearer(token.write)).send(doc).expect(400);
    expect(unknown.body.errors).toContainEqual({ path: 'resource', message: 'unknown resource "NoSuchThing"' });
    const created = await t.api.post('/corrections').set('Authorization', bearer(token.write)).send({ ...doc, resource: 'Volume' }).expect(201);
    const edited = await patch('/corrections/volume-wording', token.write, created.headers.etag as string, { reason: { en: 'Volumes are declared in spec.volumes.' } }).expect(200);
    expect(edited.body.reason).toEqual({ ja: 'kind Volumeはありません。', en: 'Volumes are declared in spec.volumes.' });
    const listed = await t.api.get('/corrections?lang=en').expect(200);
    expect(JSON.stringify(listed.body)).toContain('Volumes are declared in spec.volumes.');
    const deleted = await t.api.delete('/corrections/volume-wording').set('Authorization', bearer(token.admin)).set('If-Match', edited.headers.etag as string).expect(204);
    await t.api.get('/corrections/volume-wording/source').expect(404);
    const restored = await t.api.post('/corrections/volume-wording/restore').set('Authorization', bearer(token.admin)).send({ revision: Number(deleted.headers['kubedex-revision']) }).expect(200);
    expect(restored.body).toEqual({ ...doc, resource: 'Volume', reason: edited.body.reason });
  });
});
