import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

describe('introspection', () => {
  it('is on by default: this is a public knowledge API', async () => {
    const answer = await graphql(app.app, '{ __schema { queryType { name } } }');
    expect(answer.data?.__schema.queryType.name).toBe('Query');
  });

  it('is off with GRAPHQL_INTROSPECTION=false', async () => {
    const closed = await seededApp({ GRAPHQL_INTROSPECTION: 'false' });
    try {
      const answer = await graphql(closed.app, '{ __schema { queryType { name } } }');
      expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(answer.errors?.[0]?.message).toMatch(/introspection is not allowed/);
      expect((await graphql(closed.app, '{ meta { revision } }')).errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET that a browser could send cross-site without a preflight', async () => {
    const res = await request(app.app).get('/graphql').query({ query: '{ meta { revision } }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/);
  });

  it('refuses a POST with a simple content type', async () => {
    const res = await request(app.app).post('/graphql').set('content-type', 'text/plain').send('{"query":"{ meta { revision } }"}');
    expect(res.status).toBe(400);
  });

  it('serves a GET that carries a preflight-forcing header', async () => {
    const res = await request(app.app).get('/graphql').query({ query: '{ meta { revision } }' }).set('apollo-require-preflight', 'true');
    expect(res.status).toBe(200);
    expect(res.body.data.meta.revision).toBe(app.store.snapshot.revision);
  });
});

describe('automatic persisted queries', () => {
  it('registers a query under its SHA-256 and answers the hash alone afterwards', async () => {
    const query = '{ resource(name: "Pod") { name kubernetes { kind } } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };

    const unknown = await request(app.app).post('/graphql').set('content-type', 'application/json').send({ extensions: { persistedQuery } });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await graphql(app.app, query, { extensions: { persistedQuery } });
    expect(registered.data?.resource).toEqual({ name: 'Pod', kubernetes: { kind: 'Pod' } });

    const byHash = await request(app.app).post('/graphql').set('content-type', 'application/json').send({ extensions: { persistedQuery } });
    expect(byHash.body).toEqual({ data: { resource: { name: 'Pod', kubernetes: { kind: 'Pod' } } } });

    const byGet = await request(app.app)
      .get('/graphql')
      .query({ extensions: JSON.stringify({ persistedQuery }) })
      .set('apollo-require-preflight', 'true');
    expect(byGet.body).toEqual({ data: { resource: { name: 'Pod', kubernetes: { kind: 'Pod' } } } });
  });

  it('refuses a hash that does not match the query', async () => {
    const answer = await graphql(app.app, '{ meta { revision } }', { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('CORS', () => {
  it('grants a cross-origin POST with a JSON body in the preflight', async () => {
    const res = await request(app.app)
      .options('/graphql')
      .set('origin', 'https://frontend.example')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(res.headers['access-control-allow-headers']).toMatch(/Content-Type/);
    const post = await graphql(app.app, '{ meta { revision } }', { headers: { origin: 'https://frontend.example' } });
    expect(post.headers['access-control-allow-origin']).toBe('*');
  });
});
