import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

/** REST query parameters take vocabulary terms as people type them (the GraphQL enums do the same); answers spell them one way. */

const t = useSeededApi();

describe('vocabulary terms in query parameters, in any case', () => {
  it.each([
    ['/resources/workloads/Pod/relations?kind=uses&direction=outgoing', '/resources/workloads/Pod/relations?kind=USES&direction=OUTGOING'],
    ['/resources/workloads/ReplicaSet/relations?kind=parent_of', '/resources/workloads/ReplicaSet/relations?kind=Parent-Of'],
    ['/resources?status=stable&limit=100', '/resources?status=STABLE&limit=100'],
    ['/corrections?kind=typo', '/corrections?kind=TYPO'],
    ['/graph?kind=parent_of,variant_of', '/graph?kind=PARENT_OF,VariantOf'],
  ])('answers %s and %s alike', async (canonical, typed) => {
    const expected = (await t.api.get(canonical).expect(200)).body;
    const got = (await t.api.get(typed).expect(200)).body;
    expect(got.items ?? got.edges).toEqual(expected.items ?? expected.edges);
    expect((expected.items ?? expected.edges).length).toBeGreaterThan(0);
  });

  it('answers terms in their one spelling, whatever the request typed', async () => {
    const res = await t.api.get('/resources/workloads/Pod/relations?kind=USES').expect(200);
    expect(new Set(res.body.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(['uses']));
  });

  it('still refuses a word that is no term, listing the terms', async () => {
    const res = await t.api.get('/resources?status=solid').expect(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'status' });
    expect(res.body.errors[0].message).toContain('stable, beta, deprecated, superseded');
  });
});
