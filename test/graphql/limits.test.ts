import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/graphql/limits.js';
import { seededApp } from '../support/seeded-knowledge.js';
import request from 'supertest';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

const nest = (levels: number, inner: string) => Array.from({ length: levels }).reduce<string>((q) => `relations { to { ${q} } }`, inner);

describe('limits', () => {
  it('rejects a document nested deeper than the limit with QUERY_TOO_DEEP', async () => {
    const answer = await graphql(app.app, `{ resource(name: "Pod") { ${nest(6, 'name')} } }`);
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(codes(answer)).toEqual(['QUERY_TOO_DEEP']);
    expect(answer.errors?.[0]?.message).toMatch(/depth is 14; the limit is 12/);
  });

  it('rejects recursion past the cost budget with QUERY_TOO_COMPLEX, counting arguments given as variables', async () => {
    const chain = 'query($d: Int) { resource(name: "CronJob") { children(depth: $d) { resource { children(depth: $d) { resource { children(depth: $d) { resource { name } } } } } } } }';
    const cheap = await graphql(app.app, chain, { variables: { d: 1 } });
    expect(cheap.errors).toBeUndefined();
    const costly = await graphql(app.app, chain, { variables: { d: 5 } });
    expect(costly.status).toBe(400);
    expect(codes(costly)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(costly.errors?.[0]?.message).toMatch(/limit is 20000/);
  });

  it('charges a connection by its page size', async () => {
    const rich = (first: number) =>
      `{ resources(first: ${first}) { edges { node { name summary category { name } relations { kind note from { name category { name } } to { name category { name } } } } } } }`;
    expect((await graphql(app.app, rich(100))).errors).toBeUndefined();
    const doubled = `{ a: ${rich(100).slice(2, -2)} b: ${rich(100).slice(2, -2)} }`;
    expect(codes(await graphql(app.app, doubled))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('rejects more aliases than the limit with TOO_MANY_ALIASES', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: meta { revision }`).join(' ')} }`;
    expect((await graphql(app.app, aliases(LIMITS.aliases))).errors).toBeUndefined();
    const answer = await graphql(app.app, aliases(LIMITS.aliases + 1));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['TOO_MANY_ALIASES']);
  });

  it('rejects a document larger than the limit with DOCUMENT_TOO_LARGE before parsing it', async () => {
    const padding = `# ${'x'.repeat(LIMITS.documentBytes)}\n`;
    const answer = await graphql(app.app, `${padding}{ meta { revision } }`);
    expect(answer.status).toBe(413);
    expect(codes(answer)).toEqual(['DOCUMENT_TOO_LARGE']);
  });

  it('rejects a body far larger than any allowed document with DOCUMENT_TOO_LARGE', async () => {
    const res = await request(app.app).post('/graphql').set('content-type', 'application/json').send({ query: '{ meta { revision } }', variables: { pad: 'x'.repeat(LIMITS.documentBytes * 5) } });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('DOCUMENT_TOO_LARGE');
  });

  // Found by the malformed-writes fuzz: JSON 5,000 deep in a mutation's variables overflowed JSON.stringify into a 500.
  it('rejects variables nested deeper than the limit with VARIABLES_TOO_DEEP, on POST and GET, and takes them at the limit', async () => {
    const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const query = 'mutation M($d: JSON!) { createCategory(document: $d) { version } }';
    const post = await request(app.app).post('/graphql').set('content-type', 'application/json').send(`{"query":${JSON.stringify(query)},"variables":{"d":${deep(5000)}}}`);
    expect(post.status).toBe(400);
    expect(post.body.errors[0].extensions.code).toBe('VARIABLES_TOO_DEEP');
    const get = await request(app.app).get('/graphql').query({ query: 'query Q($d: JSON) { meta { revision } }', variables: `{"d":${deep(2000)}}` }).set('apollo-require-preflight', 'true');
    expect(get.status).toBe(400);
    expect(get.body.errors[0].extensions.code).toBe('VARIABLES_TOO_DEEP');
    const within = await graphql(app.app, query, { variables: { d: JSON.parse(deep(LIMITS.variablesDepth - 1)) } });
    expect(codes(within)).toEqual(['UNAUTHENTICATED']);
  });
});
