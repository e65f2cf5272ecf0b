import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

const nest = (levels: number, inner: string) => Array.from({ length: levels }).reduce<string>((q) => `relations { to { ${q} } }`, inner);

// The limits plugin remembers verdicts per query text, operation and variables: a remembered verdict
// must be the same answer the first measurement gave, never a pass carried over to other inputs.
describe('remembered limit verdicts', () => {
  it('rejects a too-deep query every time it is sent, with a fresh error', async () => {
    const deep = `{ resource(name: "Pod") { ${nest(6, 'name')} } }`;
    for (let i = 0; i < 3; i++) {
      const answer = await graphql(app.app, deep);
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['QUERY_TOO_DEEP']);
      expect(answer.errors?.[0]?.message).toMatch(/depth is 14; the limit is 12/);
    }
  });

  it('gives each set of variables its own cost verdict for the same document', async () => {
    const chain = 'query($d: Int) { resource(name: "CronJob") { children(depth: $d) { resource { children(depth: $d) { resource { children(depth: $d) { resource { name } } } } } } } }';
    for (let i = 0; i < 2; i++) {
      expect((await graphql(app.app, chain, { variables: { d: 1 } })).errors).toBeUndefined();
      expect(codes(await graphql(app.app, chain, { variables: { d: 5 } }))).toEqual(['QUERY_TOO_COMPLEX']);
    }
  });

  it('gives each operation of a document its own verdict', async () => {
    const document = `query Shallow { meta { revision } } query Deep { resource(name: "Pod") { ${nest(6, 'name')} } }`;
    for (let i = 0; i < 2; i++) {
      expect((await graphql(app.app, document, { operationName: 'Shallow' })).errors).toBeUndefined();
      expect(codes(await graphql(app.app, document, { operationName: 'Deep' }))).toEqual(['QUERY_TOO_DEEP']);
    }
  });
});
