import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String) {
  resources(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  totalCount: number;
  edges: { cursor: string; node: { name: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

async function page(variables: Record<string, unknown>): Promise<Page> {
  const answer = await graphql<{ resources: Page }>(app.app, PAGE, { variables });
  expect(answer.errors).toBeUndefined();
  return answer.data!.resources;
}

describe('Relay pagination of Query.resources', () => {
  it('pages forwards with first/after through every resource exactly once', async () => {
    const all = app.store.snapshot.resources.map((r) => r.name);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const p: Page = await page({ first: 7, after });
      seen.push(...p.edges.map((e) => e.node.name));
      expect(p.totalCount).toBe(all.length);
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('pages backwards with last/before to the start', async () => {
    const all = app.store.snapshot.resources.map((r) => r.name);
    const seen: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 100; i++) {
      const p: Page = await page({ last: 5, before });
      seen.unshift(...p.edges.map((e) => e.node.name));
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
  });

  it('starts and ends cursors at the page\'s edges', async () => {
    const p = await page({ first: 3 });
    expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor);
    expect(p.pageInfo.endCursor).toBe(p.edges[2]?.cursor);
    const next = await page({ first: 1, after: p.pageInfo.endCursor });
    const back = await page({ last: 1, before: next.edges[0]?.cursor });
    expect(back.edges[0]?.node.name).toBe(p.edges[2]?.node.name);
  });

  it('answers an empty page with null cursors', async () => {
    const p = await page({ first: 0 });
    expect(p.edges).toEqual([]);
    expect(p.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: true });
  });

  it('rejects a foreign cursor and an oversized page as VALIDATION_FAILED', async () => {
    expect(codes(await graphql(app.app, PAGE, { variables: { after: 'bm90LWEtY3Vyc29y' } }))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await graphql(app.app, PAGE, { variables: { first: 101 } }))).toEqual(['VALIDATION_FAILED']);
  });

  it('refuses a cursor of another list, as REST does, and one issued before the knowledge changed', async () => {
    const { endCursor } = (await page({ first: 2 })).pageInfo;
    const ofCategory = await graphql(app.app, 'query ($after: String) { category(slug: "workloads") { resources(after: $after) { totalCount } } }', { variables: { after: endCursor } });
    expect(codes(ofCategory)).toEqual(['VALIDATION_FAILED']);
    expect(ofCategory.errors?.[0]?.message).toMatch(/another list or filter/);
    await app.db.knowledgeRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
    await app.store.reload();
    const stale = await graphql(app.app, PAGE, { variables: { after: endCursor } });
    expect(codes(stale)).toEqual(['VALIDATION_FAILED']);
    expect(stale.errors?.[0]?.message).toMatch(/issued at knowledge revision/);
  });
});
