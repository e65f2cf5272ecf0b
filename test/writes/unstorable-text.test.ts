import { beforeAll, describe, expect, it } from 'vitest';
import { useSeededApi } from '../rest/seeded-rest.js';
import { graphql } from '../graphql/graphql-request.js';
import { exportBytes, source, tokens } from './write-helpers.js';

const t = useSeededApi();
let token: string;
beforeAll(async () => {
  token = (await tokens(t.seeded.db)).admin;
});

// Found by the malformed-writes fuzz: on PostgreSQL a NUL in a text failed the write with a 500; a lone
// surrogate was acknowledged as sent but stored as U+FFFD.
describe('text no database stores as sent', () => {
  for (const [what, bad] of [
    ['a NUL character', 'before\u0000after'],
    ['a lone surrogate', 'before\ud800after'],
  ] as const) {
    it(`refuses ${what} in a text, a key or a fact of any record with 400 naming where, storing nothing`, async () => {
      const exported = await exportBytes(t.seeded.app);
      const writes = [
        { path: '/resources/workloads/Pod', patch: { tasks: [{ ja: bad, en: 'x' }] }, at: 'tasks.0.ja' },
        { path: '/resources/workloads/Pod', patch: { facts: [{ key: 'k', value: { [bad]: 1 }, label: { ja: 'x', en: 'x' } }] }, at: `facts.0.value.${bad}` },
        { path: '/comparisons/job-vs-cronjob', patch: { verdict: { en: bad } }, at: 'verdict.en' },
        { path: '/corrections/daemonset-typo', patch: { articleText: bad }, at: 'articleText' },
        { path: '/categories/workloads', patch: { aliases: [bad] }, at: 'aliases.0' },
      ];
      for (const write of writes) {
        const { etag } = await source(t.seeded.app, write.path);
        const res = await t.api.patch(write.path).set('Authorization', `Bearer ${token}`).set('If-Match', etag).set('Content-Type', 'application/merge-patch+json').send(JSON.stringify(write.patch));
        expect(res.status, write.path).toBe(400);
        expect(res.body.errors).toEqual([{ path: write.at, message: 'a NUL character or a lone UTF-16 surrogate: not storable text' }]);
      }
      const relation = await source(t.seeded.app, '/relations/Deployment/parent_of/ReplicaSet');
      const res = await t.api
        .put('/relations/Deployment/parent_of/ReplicaSet')
        .set('Authorization', `Bearer ${token}`)
        .set('If-Match', relation.etag)
        .send({ ...relation.doc, note: { ja: bad, en: 'x' } });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].path).toBe('note.ja');
      expect(await exportBytes(t.seeded.app)).toBe(exported);
    });
  }

  // Found by the fuzz too: on PostgreSQL a NUL in the address failed the lookup with a 500.
  it('answers 404 to a read or write of an address holding NUL, over REST and GraphQL', async () => {
    for (const path of ['/resources/workloads/P%00d', '/relations/Deployment/parent_of/R%00', '/categories/w%00', '/comparisons/j%00', '/corrections/d%00']) {
      expect((await t.api.get(`${path}/source`)).status, path).toBe(404);
      expect((await t.api.get(`${path}/history`)).status, `${path}/history`).toBe(404);
      const res = await t.api.patch(path).set('Authorization', `Bearer ${token}`).set('If-Match', '"v1"').set('Content-Type', 'application/merge-patch+json').send('{"x":1}');
      expect(res.status, path).toBe(path.startsWith('/relations') ? 405 : 404);
      expect((await t.api.delete(path).set('Authorization', `Bearer ${token}`).set('If-Match', '"v1"')).status, path).toBe(404);
    }
    const restore = await t.api.post('/comparisons/j%00/restore').set('Authorization', `Bearer ${token}`).send({ revision: 1 });
    expect(restore.status).toBe(404);
    const answer = await graphql(t.seeded.app, 'mutation { deleteResource(name: "P\u0000d", expectedVersion: 1) { revision } }', { headers: { authorization: `Bearer ${token}` } });
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
