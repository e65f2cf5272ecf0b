import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

const NODE = `query Node($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Resource { name }
    ... on Category { slug }
    ... on Comparison { slug }
    ... on Correction { slug }
    ... on Relation { kind from { name } to { name } }
  }
}`;

async function idsOf(): Promise<Record<string, string>> {
  const answer = await graphql(
    app.app,
    `{ resource(name: "Deployment") { id category { id } comparisons { id } corrections { id } relations(kind: PARENT_OF, direction: OUTGOING) { id } } corrections { id } }`,
  );
  const r = answer.data?.resource;
  return { Resource: r.id, Category: r.category.id, Comparison: r.comparisons[0].id, Correction: answer.data?.corrections[0].id, Relation: r.relations[0].id };
}

describe('Query.node and Query.nodes', () => {
  it('refetches every node type by its global id', async () => {
    const ids = await idsOf();
    for (const [typename, id] of Object.entries(ids)) {
      const answer = await graphql(app.app, NODE, { variables: { id } });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.node).toMatchObject({ __typename: typename, id });
    }
    const relation = await graphql(app.app, NODE, { variables: { id: ids.Relation } });
    expect(relation.data?.node).toMatchObject({ kind: 'parent_of', from: { name: 'Deployment' }, to: { name: 'ReplicaSet' } });
  });

  it('makes global ids opaque and stable: base64 of type and canonical key', async () => {
    const ids = await idsOf();
    expect(Buffer.from(ids.Resource!, 'base64').toString()).toBe('Resource:Deployment');
    expect(Buffer.from(ids.Category!, 'base64').toString()).toBe('Category:workloads');
  });

  it('answers nodes in the order asked, with null for ids that name nothing', async () => {
    const ids = await idsOf();
    const missing = Buffer.from('Resource:NoSuchThing').toString('base64');
    const answer = await graphql(app.app, 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { variables: { ids: [ids.Category, missing, ids.Resource] } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes).toEqual([{ __typename: 'Category', id: ids.Category }, null, { __typename: 'Resource', id: ids.Resource }]);
  });

  it('answers null for an unknown id of a known type and for a malformed id alike', async () => {
    const unknown = await graphql(app.app, NODE, { variables: { id: Buffer.from('Comparison:nope').toString('base64') } });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.node).toBeNull();
    const malformed = await graphql(app.app, NODE, { variables: { id: 'not a global id' } });
    expect(malformed.errors).toBeUndefined();
    expect(malformed.data?.node).toBeNull();
  });
});
