import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { exportBytes, tokens } from '../writes/write-helpers.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
let token: { write: string; admin: string };
beforeAll(async () => {
  app = await seededApp();
  token = await tokens(app.db);
});
afterAll(async () => {
  await app?.close();
});

const PATCH = `mutation Fix($patch: JSON!, $v: Int!) {
  patchResource(name: "Deployment", patch: $patch, expectedVersion: $v) { revision version document resource { name summary(lang: en) } }
}`;

describe('mutations', () => {
  it('patch a resource with the expected version and answer it as reads now serve it', async () => {
    const answer = await graphql(app.app, PATCH, { variables: { patch: { text: { en: { summary: 'Patched through GraphQL' } } }, v: 1 }, headers: { authorization: `Bearer ${token.write}` } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.patchResource).toMatchObject({ version: 2, resource: { name: 'Deployment', summary: 'Patched through GraphQL' } });
    const read = await graphql(app.app, '{ resource(name: "Deployment") { summary(lang: en) } }');
    expect(read.data?.resource).toEqual({ summary: 'Patched through GraphQL' });
  });

  it('answer CONFLICT for a stale expectedVersion, changing nothing', async () => {
    const before = await exportBytes(app.app);
    const answer = await graphql(app.app, PATCH, { variables: { patch: { position: 3 }, v: 1 }, headers: { authorization: `Bearer ${token.write}` } });
    expect(codes(answer)).toEqual(['CONFLICT']);
    expect(await exportBytes(app.app)).toBe(before);
  });

  it('answer UNAUTHENTICATED without a token and FORBIDDEN without the admin scope', async () => {
    const none = await graphql(app.app, PATCH, { variables: { patch: { position: 3 }, v: 2 } });
    expect(codes(none)).toEqual(['UNAUTHENTICATED']);
    const forbidden = await graphql(app.app, 'mutation { deleteResource(name: "Pod", expectedVersion: 1) { revision } }', { headers: { authorization: `Bearer ${token.write}` } });
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
  });

  it('answer VALIDATION_FAILED naming each field, for a document that breaks the rules', async () => {
    const answer = await graphql(app.app, PATCH, { variables: { patch: { variant: { of: 'Nothing', selector: 'x' }, colour: 'red' }, v: 2 }, headers: { authorization: `Bearer ${token.write}` } });
    expect(codes(answer)).toEqual(['VALIDATION_FAILED']);
    expect(answer.errors?.[0]?.extensions?.issues).toEqual(expect.arrayContaining([{ path: 'colour', message: 'unknown field' }]));
  });
});
