import { createHash } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRouter } from '../../src/graphql/graphql-router.js';
import { createLogger } from '../../src/logger.js';
import { seededApp } from '../support/seeded-knowledge.js';

const DOCUMENT = '{ resource(name: "NodePort") { name summary relations { kind to { name category { slug } } } } }';
const HASH = createHash('sha256').update(DOCUMENT).digest('hex');
const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } }));
const REGISTER = `/graphql?query=${encodeURIComponent(DOCUMENT)}&extensions=${extensions}`;
const PERSISTED = `/graphql?extensions=${extensions}`;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp();
  await request(seeded.app).get(REGISTER).set(PREFLIGHT).expect(200);
});
afterAll(async () => {
  await seeded?.close();
});

const withoutDate = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date'));

describe('GraphQL answers to GET (persisted queries)', () => {
  it.each(['identity', 'gzip', 'br'])('carry a strong ETag and a public Cache-Control, and 304 with the same ETag and Vary (Accept-Encoding: %s)', async (encoding) => {
    const full = await request(seeded.app).get(PERSISTED).set(PREFLIGHT).set('Accept-Encoding', encoding).expect(200);
    expect(full.body.data.resource.name).toBe('NodePort');
    expect(full.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(full.headers.etag).toMatch(/^"r\d+-[\w-]+"$|^"r\d+-[\w-]+-(gzip|br)"$/);
    const again = await request(seeded.app).get(PERSISTED).set(PREFLIGHT).set('Accept-Encoding', encoding).set('If-None-Match', full.headers.etag as string).expect(304);
    expect(again.headers.etag).toBe(full.headers.etag);
    expect(again.headers.vary).toBe(full.headers.vary);
    expect(again.headers['cache-control']).toBe(full.headers['cache-control']);
  });

  it('answers a repeated request as the first one, byte for byte, headers included', async () => {
    for (const encoding of ['identity', 'gzip']) {
      const first = await request(seeded.app).get(`${PERSISTED}&operationName=`).set(PREFLIGHT).set('Accept-Encoding', encoding).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(null, Buffer.concat(chunks)));
      });
      const second = await request(seeded.app).get(`${PERSISTED}&operationName=`).set(PREFLIGHT).set('Accept-Encoding', encoding).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(second.status).toBe(first.status);
      expect(withoutDate(second.headers as Record<string, string>)).toEqual(withoutDate(first.headers as Record<string, string>));
      expect((second.body as Buffer).equals(first.body as Buffer)).toBe(true);
    }
  });

  it('keeps CSRF prevention: a cached persisted query without a preflight header is still refused', async () => {
    await request(seeded.app).get(PERSISTED).set(PREFLIGHT).expect(200);
    const refused = await request(seeded.app).get(PERSISTED).expect(400);
    expect(refused.headers['cache-control'] ?? '').not.toMatch(/public/);
    expect(refused.headers.etag).toBeUndefined();
  });

  it('keeps POST answers and errors uncacheable', async () => {
    const post = await request(seeded.app).post('/graphql').send({ query: DOCUMENT }).expect(200);
    expect(post.headers['cache-control']).toBe('no-store');
    expect(post.headers.etag).toBeUndefined();
    const error = await request(seeded.app).get(`/graphql?query=${encodeURIComponent('{ nope }')}`).set(PREFLIGHT).expect(400);
    expect(error.headers['cache-control']).toBe('no-store');
    expect(error.headers.etag).toBeUndefined();
  });

  it('changes the ETag when a new knowledge revision is loaded', async () => {
    const before = await request(seeded.app).get(PERSISTED).set(PREFLIGHT).expect(200);
    await seeded.db.knowledgeRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
    await seeded.store.reload();
    const after = await request(seeded.app).get(PERSISTED).set(PREFLIGHT).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.headers.etag).toMatch(new RegExp(`^"r${seeded.store.snapshot.revision}-`));
  });
});

describe('the GraphQL answer cache', () => {
  it('answers identical documents and variables from the cache, GET and POST, and never a different one', async () => {
    const router = await graphqlRouter({ store: seeded.store, config: seeded.config, logger: createLogger('silent') });
    const app = express().use('/graphql', router);
    const query = 'query ($n: String!) { resource(name: $n) { name } }';
    const post = (n: string) => request(app).post('/graphql').send({ query, variables: { n } }).expect(200);
    expect((await post('Pod')).body.data.resource.name).toBe('Pod');
    expect((await post('Pod')).body.data.resource.name).toBe('Pod');
    expect((await post('Service')).body.data.resource.name).toBe('Service');
    await request(app).get(REGISTER).set(PREFLIGHT).expect(200);
    await request(app).get(PERSISTED).set(PREFLIGHT).expect(200);
    await request(app).get(PERSISTED).set(PREFLIGHT).expect(200);
    expect(router.answerCache.stats()).toMatchObject({ hits: 2, misses: 3 });
  });
});
