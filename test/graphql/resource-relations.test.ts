import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

const names = (list: { name: string }[]) => list.map((r) => r.name);

describe('Resource relations', () => {
  it('walks children level by level with the relation that led there', async () => {
    const answer = await graphql(app.app, '{ resource(name: "Deployment") { children(depth: 2) { depth resource { name } via { kind from { name } to { name } } } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.resource.children).toEqual([
      { depth: 1, resource: { name: 'ReplicaSet' }, via: { kind: 'parent_of', from: { name: 'Deployment' }, to: { name: 'ReplicaSet' } } },
      { depth: 2, resource: { name: 'Pod' }, via: { kind: 'parent_of', from: { name: 'ReplicaSet' }, to: { name: 'Pod' } } },
    ]);
  });

  it('walks parents up from a Pod', async () => {
    const answer = await graphql(app.app, '{ resource(name: "Pod") { parents(depth: 2) { depth resource { name } } } }');
    const parents = answer.data?.resource.parents as { depth: number; resource: { name: string } }[];
    expect(parents.filter((p) => p.depth === 1).map((p) => p.resource.name)).toContain('ReplicaSet');
    expect(parents.filter((p) => p.depth === 2).map((p) => p.resource.name)).toContain('Deployment');
  });

  it('rejects a chain depth out of range as VALIDATION_FAILED', async () => {
    const answer = await graphql(app.app, '{ resource(name: "Pod") { parents(depth: 9) { depth } } }');
    expect(codes(answer)).toEqual(['VALIDATION_FAILED']);
    expect(answer.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('depth');
  });

  it('filters relations by kind and direction, nesting into the categories at both ends', async () => {
    const answer = await graphql(
      app.app,
      '{ resource(name: "ReplicaSet") { out: relations(kind: PARENT_OF, direction: OUTGOING) { to { name category { slug } } } in: relations(kind: [PARENT_OF], direction: INCOMING) { from { name } } } }',
    );
    expect(answer.data?.resource.out).toContainEqual({ to: { name: 'Pod', category: { slug: 'workloads' } } });
    expect(answer.data?.resource.in).toContainEqual({ from: { name: 'Deployment' } });
  });

  it('answers alternatives, variants and a variant\'s parent', async () => {
    const rc = await graphql(app.app, '{ resource(name: "ReplicationController") { alternatives { name } supersededBy { name } } }');
    expect(names(rc.data?.resource.alternatives)).toContain('ReplicaSet');
    const service = await graphql(app.app, '{ resource(name: "Service") { variants { name variant { of { name } selector } } } }');
    const nodePort = service.data?.resource.variants.find((v: { name: string }) => v.name === 'NodePort');
    expect(nodePort.variant).toEqual({ of: { name: 'Service' }, selector: 'spec.type: NodePort' });
  });

  it('answers the comparisons and corrections of a resource', async () => {
    const answer = await graphql(app.app, '{ resource(name: "DaemonSet") { comparisons { slug resources { edges { node { name } } } } corrections { correctionKind resource { name } } } }');
    expect(answer.data?.resource.comparisons.every((c: { resources: { edges: { node: { name: string } }[] } }) => names(c.resources.edges.map((e) => e.node)).includes('DaemonSet'))).toBe(true);
    expect(answer.data?.resource.corrections).toContainEqual({ correctionKind: 'typo', resource: { name: 'DaemonSet' } });
  });

  it('lists a category\'s resources as a connection', async () => {
    const answer = await graphql(app.app, '{ category(slug: "service") { resources(first: 3) { totalCount edges { node { name category { slug } } } } } }');
    expect(answer.data?.category.resources.edges).toHaveLength(3);
    expect(answer.data?.category.resources.totalCount).toBe(app.store.snapshot.resourcesIn('service').length);
  });
});
