import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

/**
 * One vocabulary across surfaces: GraphQL spells relation kinds, statuses, alias and correction
 * kinds as REST and MCP do, takes them in any case as people type them, and never gives two Node
 * types one field name with two shapes (a `node` query with inline fragments must validate).
 */

type Json = ReturnType<typeof JSON.parse>;

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

const TYPES = `{ __schema { types { name kind interfaces { name } enumValues { name }
  fields { name args { type { kind } defaultValue } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

async function schemaTypes(): Promise<Json[]> {
  const answer = await graphql(app.app, TYPES);
  expect(answer.errors).toBeUndefined();
  return answer.data?.__schema.types;
}

function namedType(type: Json): Json {
  return type.ofType ? namedType(type.ofType) : type;
}

describe('Node types share one meaning per field name', () => {
  it('validates a nodes query whose fragments select every field of every Node type', async () => {
    const types = await schemaTypes();
    const byName = new Map(types.map((t) => [t.name, t]));
    const nodeTypes = types.filter((t) => t.kind === 'OBJECT' && t.interfaces?.some((i: Json) => i.name === 'Node'));
    expect(nodeTypes.map((t) => t.name).sort()).toEqual(['Category', 'Comparison', 'Correction', 'Relation', 'Resource']);
    const selection = (field: Json) => {
      const leaf = namedType(field.type);
      const kind = byName.get(leaf.name)?.kind;
      return kind === 'OBJECT' || kind === 'INTERFACE' ? `${field.name} { __typename }` : field.name;
    };
    const fragments = nodeTypes.map((t) => {
      const fields = t.fields.filter((f: Json) => f.args.every((a: Json) => a.type.kind !== 'NON_NULL' || a.defaultValue !== null));
      return `... on ${t.name} { ${fields.map(selection).join(' ')} }`;
    });
    const answer = await graphql(app.app, `{ nodes(ids: []) { id ${fragments.join(' ')} } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ nodes: [] });
  });

  it('refetches a resource, a relation and a correction through one fragment set that selects kind on each', async () => {
    const ids = await graphql(app.app, '{ resource(name: "Deployment") { id relations(kind: parent_of) { id } corrections { id } } corrections { id } }');
    const r = ids.data?.resource;
    const answer = await graphql(app.app, 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Resource { kubernetes { kind } } ... on Relation { kind } ... on Correction { correctionKind } } }', {
      variables: { ids: [r.id, r.relations[0].id, ids.data?.corrections[0].id] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes[0]).toEqual({ kubernetes: { kind: 'Deployment' } });
    expect(answer.data?.nodes[1]).toEqual({ kind: 'parent_of' });
    expect(['typo', 'factual', 'missing', 'copy']).toContain(answer.data?.nodes[2].correctionKind);
  });
});

describe('enum values are spelled as REST spells them', () => {
  it('lists each enum with the values the OpenAPI document gives the same field', async () => {
    const openapi = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    const schemas = openapi.components.schemas;
    const types = new Map((await schemaTypes()).map((t) => [t.name, t]));
    const values = (name: string) => types.get(name).enumValues.map((v: Json) => v.name).sort();
    expect(values('RelationKind')).toEqual([...schemas.RelationEntry.properties.kind.enum].sort());
    expect(values('RelationDirection')).toEqual([...schemas.RelationEntry.properties.direction.enum].sort());
    expect(values('ResourceStatus')).toEqual([...schemas.ResourceSummary.properties.status.enum].sort());
    expect(values('CorrectionKind')).toEqual([...schemas.Correction.properties.kind.enum].sort());
    expect(values('AliasKind')).toEqual([...schemas.Resource.properties.aliases.items.properties.kind.enum].sort());
  });

  it('answers the same relation kinds, status and alias kinds as REST for one resource', async () => {
    const rest = (await import('supertest')).default(app.app);
    const viaRest = (await rest.get('/resources/workloads/Pod?include=relations').expect(200)).body;
    const viaGraphql = (await graphql(app.app, '{ resource(name: "Pod") { status aliases { name kind } relations { kind } } }')).data?.resource;
    expect(viaGraphql.status).toBe(viaRest.status);
    expect(viaGraphql.aliases).toEqual(viaRest.aliases);
    expect(viaGraphql.relations.map((r: Json) => r.kind).sort()).toEqual(viaRest.relations.map((r: Json) => r.kind).sort());
  });
});

describe('enum inputs in any case', () => {
  const relations = (args: string, variables?: Record<string, unknown>) =>
    graphql(app.app, `query${variables ? '($k: [RelationKind!], $d: RelationDirection)' : ''} { resource(name: "Pod") { relations(${args}) { kind to { name } } } }`, { variables });

  it('takes PARENT_OF, parent_of and Parent-Of alike, as literals and as variables', async () => {
    const canonical = await relations('kind: uses, direction: outgoing');
    expect(canonical.errors).toBeUndefined();
    expect(canonical.data?.resource.relations.length).toBeGreaterThan(0);
    for (const answer of [await relations('kind: USES, direction: OUTGOING'), await relations('kind: $k, direction: $d', { k: ['Uses'], d: 'OUTGOING' })]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(canonical.data);
    }
  });

  it('takes statuses, alias kinds and languages in any case', async () => {
    const lower = await graphql(app.app, '{ resources(filter: { status: { in: [stable] } }) { totalCount } resource(name: "Pod") { summary(lang: en) } }');
    const upper = await graphql(app.app, '{ resources(filter: { status: { in: [STABLE] } }) { totalCount } resource(name: "Pod") { summary(lang: EN) } }');
    expect(upper.errors).toBeUndefined();
    expect(upper.data).toEqual(lower.data);
    expect(lower.data?.resources.totalCount).toBeGreaterThan(0);
  });

  it('still rejects a value that is no term of the enum, with a code', async () => {
    const answer = await relations('kind: USEZ');
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
