import { beforeAll, describe, expect, it } from 'vitest';
import { exportKnowledge } from '../../src/knowledge/export-knowledge.js';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { useSeededApi } from '../rest/seeded-rest.js';
import { exportBytes, source, tokens, versionOf } from './write-helpers.js';

const t = useSeededApi();
let token: { write: string; admin: string };
const bearer = (value: string) => `Bearer ${value}`;

beforeAll(async () => {
  token = await tokens(t.seeded.db);
});

describe('GET /resources/{category}/{name}/source', () => {
  it("returns the resource's seed-shaped document with its version as ETag", async () => {
    const res = await t.api.get('/resources/workloads/Deployment/source').expect(200);
    expect(versionOf(res.headers.etag)).toBe(1);
    expect(res.body).toMatchObject({ name: 'Deployment', category: 'workloads', kubernetes: { kind: 'Deployment', group: 'apps' } });
    expect(res.body.text.ja.name).toBeTruthy();
    expect(res.body.text.en.name).toBeTruthy();
  });
});

describe('PATCH /resources/{category}/{name}', () => {
  it('fixes a text with If-Match; reads, /changes and the history see it when the answer arrives', async () => {
    const { etag } = await source(t.seeded.app, '/resources/workloads/Deployment');
    const before = await t.api.get('/meta').expect(200);
    const res = await t.api
      .patch('/resources/workloads/Deployment')
      .set('Authorization', bearer(token.write))
      .set('If-Match', etag)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ text: { en: { summary: 'Rolls out ReplicaSets, fixed through the API' } } }))
      .expect(200);
    expect(versionOf(res.headers.etag)).toBe(2);
    expect(res.body.text.en.summary).toBe('Rolls out ReplicaSets, fixed through the API');
    expect(res.body.text.ja.summary).toBeTruthy();
    const read = await t.api.get('/resources/workloads/Deployment?lang=en').expect(200);
    expect(read.body.summary).toBe('Rolls out ReplicaSets, fixed through the API');
    const revision = Number(res.headers['kubedex-revision']);
    expect(revision).toBeGreaterThan(0);
    expect(before.body.revision).toBeLessThan(revision);

    const changes = await t.api.get(`/changes?since=${revision - 1}`).expect(200);
    expect(changes.body.items).toHaveLength(1);
    expect(changes.body.items[0]).toMatchObject({ revision, token: 'curator', operation: 'update', recordType: 'resource', recordKey: 'Deployment' });
    expect(changes.body.items[0].after.text.en.summary).toBe('Rolls out ReplicaSets, fixed through the API');
    expect(changes.body.items[0].before.text.en.summary).not.toBe('Rolls out ReplicaSets, fixed through the API');
    const history = await t.api.get('/resources/workloads/deploy/history').expect(200);
    expect(history.body.items.map((c: { revision: number }) => c.revision)).toContain(revision);
  });

  it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
    const exported = await exportBytes(t.seeded.app);
    const patch = (ifMatch?: string) => {
      const req = t.api.patch('/resources/workloads/Pod').set('Authorization', bearer(token.write)).set('Content-Type', 'application/merge-patch+json');
      if (ifMatch) req.set('If-Match', ifMatch);
      return req.send(JSON.stringify({ position: 99 }));
    };
    const missing = await patch().expect(428);
    expect(missing.body.code).toBe('VERSION_REQUIRED');
    const stale = await patch('"v7"').expect(412);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 1 });
    await patch('*').expect(428);
    expect(await exportBytes(t.seeded.app)).toBe(exported);
  });
});

describe('authentication', () => {
  it('answers 401 with WWW-Authenticate without a token or with a bad one, never echoing it', async () => {
    const none = await t.api.put('/resources/workloads/Pod').send({}).expect(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer realm="kubedex"/);
    const forged = `kdx_${'A'.repeat(43)}`;
    const bad = await t.api.put('/resources/workloads/Pod').set('Authorization', bearer(forged)).send({}).expect(401);
    expect(bad.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(JSON.stringify(bad.body)).not.toContain(forged);
  });

  it('answers 403 when a write token deletes', async () => {
    const { etag } = await source(t.seeded.app, '/resources/workloads/Pod');
    const res = await t.api.delete('/resources/workloads/Pod').set('Authorization', bearer(token.write)).set('If-Match', etag).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(JSON.stringify(res.body)).not.toContain(token.write);
  });
});

describe('validation', () => {
  it('names the unknown resource a document points to, and the owner of a taken alias', async () => {
    const exported = await exportBytes(t.seeded.app);
    const { etag, doc } = await source(t.seeded.app, '/resources/workloads/StatefulSet');
    const res = await t.api
      .put('/resources/workloads/StatefulSet')
      .set('Authorization', bearer(token.write))
      .set('If-Match', etag)
      .send({ ...doc, supersededBy: 'NoSuchThing', aliases: [{ name: 'deploy', kind: 'other' }] })
      .expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'supersededBy', message: 'unknown resource "NoSuchThing"' },
        { path: 'aliases.0.name', message: '"deploy" already belongs to Deployment' },
      ]),
    );
    expect(await exportBytes(t.seeded.app)).toBe(exported);
  });

  it('reports each failing field of a malformed document', async () => {
    const { etag, doc } = await source(t.seeded.app, '/resources/workloads/StatefulSet');
    const res = await t.api.put('/resources/workloads/StatefulSet').set('Authorization', bearer(token.write)).set('If-Match', etag).send({ ...doc, position: -1, color: 'red' }).expect(400);
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.position', 'body.color']));
  });
});

describe('POST /resources, DELETE and restore', () => {
  it('creates a resource, deletes it with its relations, and restores both as new changes', async () => {
    const { doc } = await source(t.seeded.app, '/resources/workloads/StatefulSet');
    const created = await t.api
      .post('/resources')
      .set('Authorization', bearer(token.write))
      .send({ ...doc, name: 'ShardedSet', aliases: [{ name: 'shardedset-typo', kind: 'misspelling' }], kubernetes: { ...(doc.kubernetes as object), kind: 'ShardedSet', plural: 'shardedsets', shortNames: [], singular: 'shardedset' }, fromArticle: false, articleSection: null, variant: { of: 'StatefulSet', selector: 'spec.sharded: true' } })
      .expect(201);
    expect(versionOf(created.headers.etag)).toBe(1);
    expect(created.headers.location).toBe('/resources/workloads/ShardedSet');
    const read = await t.api.get('/resources/workloads/ShardedSet').expect(200);
    expect(read.body.name).toBe('ShardedSet');

    // Deleting StatefulSet is refused: ShardedSet is its variant (and comparisons include it).
    const parent = await source(t.seeded.app, '/resources/workloads/StatefulSet');
    const refused = await t.api.delete('/resources/workloads/StatefulSet').set('Authorization', bearer(token.admin)).set('If-Match', parent.etag).expect(409);
    expect(refused.body.usedBy.variants).toEqual(['ShardedSet']);

    const child = await source(t.seeded.app, '/resources/workloads/ShardedSet');
    const deleted = await t.api.delete('/resources/workloads/ShardedSet').set('Authorization', bearer(token.admin)).set('If-Match', child.etag).expect(204);
    await t.api.get('/resources/workloads/ShardedSet').expect(404);
    const revision = Number(deleted.headers['kubedex-revision']);
    const restored = await t.api.post('/resources/workloads/ShardedSet/restore').set('Authorization', bearer(token.admin)).send({ revision }).expect(200);
    expect(restored.body.variant).toEqual({ of: 'StatefulSet', selector: 'spec.sharded: true' });
    const back = await t.api.get('/resources/workloads/ShardedSet').expect(200);
    expect(back.body.name).toBe('ShardedSet');
    const history = await t.api.get('/resources/workloads/ShardedSet/history').expect(200);
    expect(history.body.items.map((c: { operation: string }) => c.operation)).toEqual(['create', 'delete', 'restore']);
  });

  it('restores an earlier version of a resource that exists', async () => {
    const first = await source(t.seeded.app, '/resources/workloads/Job');
    const patched = await t.api
      .patch('/resources/workloads/Job')
      .set('Authorization', bearer(token.write))
      .set('If-Match', first.etag)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ example: 'apiVersion: batch/v1\nkind: Job # first\n' }))
      .expect(200);
    const second = await t.api
      .patch('/resources/workloads/Job')
      .set('Authorization', bearer(token.write))
      .set('If-Match', patched.headers.etag as string)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ example: 'apiVersion: batch/v1\nkind: Job\n' }))
      .expect(200);
    const firstRevision = Number(patched.headers['kubedex-revision']);
    const restored = await t.api.post('/resources/workloads/Job/restore').set('Authorization', bearer(token.admin)).set('If-Match', second.headers.etag as string).send({ revision: firstRevision }).expect(200);
    expect(restored.body.example).toBe('apiVersion: batch/v1\nkind: Job # first\n');
    expect(versionOf(restored.headers.etag)).toBe(4);
  });
});

describe('the snapshot after writes', () => {
  it('equals a fresh load of the database', async () => {
    const fresh = KnowledgeStore.open(t.seeded.target);
    try {
      const { revision: _r, ...reloaded } = exportKnowledge(await fresh.reload());
      const { revision: _s, ...served } = exportKnowledge(t.seeded.store.snapshot);
      expect(served).toEqual(reloaded);
    } finally {
      await fresh.close();
    }
  });
});
