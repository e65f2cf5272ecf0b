import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { AppError } from '../../src/errors.js';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

describe('error codes', () => {
  it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    const answer = await graphql(app.app, '{ resource(name: "Pod") { name ');
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    expect(codes(await graphql(app.app, '{ resource(name: "Pod") { colour } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
    expect(codes(await graphql(app.app, 'query($n: Int) { resources(first: $n) { totalCount } }', { variables: { n: 'ten' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('passes AppError codes through with their issues', async () => {
    const answer = await graphql(app.app, '{ resources(first: -1) { totalCount } }');
    expect(codes(answer)).toEqual(['VALIDATION_FAILED']);
    expect(answer.errors?.[0]?.extensions?.issues).toEqual([{ path: 'first', message: 'must be 0..100' }]);
    expect(answer.errors?.[0]?.path).toEqual(['resources']);
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR without its message or stack', async () => {
    const snapshot = app.store.snapshot;
    const original = snapshot.resourcesIn;
    snapshot.resourcesIn = () => {
      throw new Error('secret detail of a bug');
    };
    try {
      const answer = await graphql(app.app, '{ category(slug: "workloads") { slug resources { totalCount } } meta { revision } }');
      expect(answer.status).toBe(200);
      expect(answer.data?.meta.revision).toBe(snapshot.revision);
      expect(answer.data?.category).toEqual({ slug: 'workloads', resources: null });
      expect(answer.errors).toEqual([{ message: 'Internal server error', path: ['category', 'resources'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(answer)).not.toMatch(/secret|stacktrace/);
    } finally {
      snapshot.resourcesIn = original;
    }
  });

  it('masks an error graphql-js raises while executing a field (our bug, not the client\'s)', async () => {
    const snapshot = app.store.snapshot;
    const original = snapshot.resourcesIn;
    snapshot.resourcesIn = () => [{ ...original.call(snapshot, 'workloads')[0]!, name: null as unknown as string }];
    try {
      const answer = await graphql(app.app, '{ category(slug: "workloads") { resources { edges { node { name } } } } }');
      expect(codes(answer)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(answer.errors?.[0]?.message).toBe('Internal server error');
    } finally {
      snapshot.resourcesIn = original;
    }
  });

  it('masks an AppError INTERNAL (a broken snapshot) the same way', async () => {
    const snapshot = app.store.snapshot;
    const original = snapshot.category;
    snapshot.category = () => undefined;
    try {
      const answer = await graphql(app.app, '{ resource(name: "Pod") { category { slug } } }');
      expect(codes(answer)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(answer.errors?.[0]?.message).toBe('Internal server error');
    } finally {
      snapshot.category = original;
    }
  });

  it('answers DATABASE_UNAVAILABLE while no knowledge is loaded', async () => {
    Object.defineProperty(app.store, 'snapshot', {
      configurable: true,
      get: () => {
        throw new AppError('DATABASE_UNAVAILABLE', { message: 'knowledge has not been loaded yet' });
      },
    });
    try {
      const answer = await graphql(app.app, '{ meta { revision } }');
      expect(answer.errors).toEqual([{ message: 'knowledge has not been loaded yet', extensions: { code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 5 } }]);
    } finally {
      delete (app.store as { snapshot?: unknown }).snapshot;
    }
  });
});

describe('documents the schema cannot run', () => {
  // Since writes, the schema has a Mutation type: `mutation { x }` now fails as an unknown Mutation
  // field and `mutation M { meta ... }` as a query field asked of Mutation; subscriptions have no root type.
  it.each(['mutation { x }', 'subscription { x }', 'mutation M { meta { revision } }', 'query Q { meta { revision } } mutation M { x }'])('answers %s with 400 and a code, never 500', async (document) => {
    const answer = await graphql(app.app, document);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(answer.data).toBeUndefined();
  });

  it('answers the same over GET', async () => {
    const res = await request(app.app).get('/graphql').query({ query: 'subscription { x }' }).set('apollo-require-preflight', 'true');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
