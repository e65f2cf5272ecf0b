import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

describe('Query.category and Query.categories', () => {
  it('lists the five categories in the article\'s order', async () => {
    const answer = await graphql(app.app, '{ categories { slug name(lang: en) } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.categories.map((c: { slug: string }) => c.slug)).toEqual(['workloads', 'service', 'config-storage', 'cluster', 'metadata']);
  });

  it('finds a category by an alias, ignoring case', async () => {
    const answer = await graphql(app.app, '{ category(slug: "configmap&storage") { slug name(lang: en) } }');
    expect(answer.data?.category).toEqual({ slug: 'config-storage', name: 'Config & Storage' });
  });

  it('answers NOT_FOUND for an unknown category', async () => {
    const answer = await graphql(app.app, '{ category(slug: "Nope") { slug } }');
    expect(answer.data?.category).toBeNull();
    expect(codes(answer)).toEqual(['NOT_FOUND']);
  });
});

describe('Query.resource', () => {
  it('resolves a misspelling to the canonical resource', async () => {
    const answer = await graphql(app.app, '{ resource(name: "deamonset") { name kubernetes { kind apiVersion shortNames namespaced } category { slug } } }');
    expect(answer.data?.resource).toEqual({
      name: 'DaemonSet',
      kubernetes: { kind: 'DaemonSet', apiVersion: 'apps/v1', shortNames: ['ds'], namespaced: true },
      category: { slug: 'workloads' },
    });
  });

  it('resolves a short name under a category, case-insensitively', async () => {
    const answer = await graphql(app.app, '{ resource(category: "Workloads", name: "DS") { name } }');
    expect(answer.data?.resource).toEqual({ name: 'DaemonSet' });
  });

  it('answers every documented field of a resource', async () => {
    const answer = await graphql(
      app.app,
      `{ resource(name: "Deployment") {
          id name displayName kubernetes { kind apiVersion group version plural shortNames namespaced } status
          supersededBy { name } category { slug } listedIn { slug } summary description
          aliases { name kind } exampleManifest sources { docsUrl fromArticle articleSection }
          facts { key value label note } variant { of { name } selector }
          relations { kind } parents { depth } children { depth } alternatives { name } variants { name }
          comparisons { slug } corrections { slug } updatedAt } }`,
    );
    expect(answer.errors).toBeUndefined();
    const r = answer.data?.resource;
    expect(r).toMatchObject({ name: 'Deployment', kubernetes: { group: 'apps', version: 'v1', plural: 'deployments' }, status: 'stable', variant: null, supersededBy: null });
    expect(r.aliases).toContainEqual({ name: 'Deployement', kind: 'misspelling' });
    expect(r.facts.find((f: { key: string }) => f.key === 'defaultRevisionHistoryLimit')?.value).toBe(10);
    expect(r.sources.fromArticle).toBe(true);
    expect(new Date(r.updatedAt).toString()).not.toBe('Invalid Date');
  });

  it('answers NOT_FOUND with close matches for an unknown name', async () => {
    const answer = await graphql(app.app, '{ resource(name: "Deploymnt") { name } }');
    expect(answer.data?.resource).toBeNull();
    expect(codes(answer)).toEqual(['NOT_FOUND']);
    expect(answer.errors?.[0]?.extensions?.suggestions).toContainEqual({ name: 'Deployment', category: 'workloads', href: '/resources/workloads/Deployment' });
  });
});

describe('Query.resources', () => {
  it('filters with eq, in and contains', async () => {
    const eq = await graphql(app.app, '{ resources(filter: { category: { eq: "Workloads" } }, first: 100) { totalCount edges { node { name } } } }');
    expect(eq.data?.resources.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('Deployment');
    expect(eq.data?.resources.totalCount).toBe(eq.data?.resources.edges.length);

    const within = await graphql(app.app, '{ resources(filter: { kind: { in: ["deployment", "StatefulSet"] } }) { edges { node { name } } } }');
    expect(within.data?.resources.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(['Deployment', 'StatefulSet']);

    const text = await graphql(app.app, '{ resources(filter: { text: { contains: "cronj" }, namespaced: { eq: true } }) { edges { node { name } } } }');
    expect(text.data?.resources.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['CronJob']);

    const variants = await graphql(app.app, '{ resources(filter: { variantOf: { eq: "svc" }, status: { in: [stable] } }) { edges { node { name } } } }');
    expect(variants.data?.resources.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('NodePort');
  });

  it('rejects eq and in together, and unknown categories, as VALIDATION_FAILED', async () => {
    const both = await graphql(app.app, '{ resources(filter: { kind: { eq: "Pod", in: ["Job"] } }) { totalCount } }');
    expect(codes(both)).toEqual(['VALIDATION_FAILED']);
    const unknown = await graphql(app.app, '{ resources(filter: { category: { eq: "Nope" } }) { totalCount } }');
    expect(codes(unknown)).toEqual(['VALIDATION_FAILED']);
  });
});

describe('Query.comparison, comparisons and compare', () => {
  it('answers a stored comparison with resources, aspects, cells and verdict', async () => {
    const answer = await graphql(
      app.app,
      '{ comparison(slug: "deployment-vs-statefulset") { slug title(lang: en) verdict resources { edges { node { name } } } aspects { key label cells { resource { name } text } } cells { aspect } } }',
    );
    const c = answer.data?.comparison;
    expect(c.title).toBe('Deployment vs StatefulSet');
    expect(c.resources.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Deployment', 'StatefulSet']);
    expect(c.aspects[0].cells.map((cell: { resource: { name: string } }) => cell.resource.name)).toEqual(['Deployment', 'StatefulSet']);
    expect(c.cells.length).toBe(c.aspects.length * 2);
    expect(c.verdict.length).toBeGreaterThan(0);
  });

  it('lists every stored comparison', async () => {
    const answer = await graphql(app.app, '{ comparisons { slug } meta { counts { comparisons } } }');
    expect(answer.data?.comparisons.length).toBe(answer.data?.meta.counts.comparisons);
  });

  it('compares through the stored comparison when one covers the names', async () => {
    const answer = await graphql(app.app, '{ compare(names: ["sts", "deploy"]) { resources { name } stored { slug } aspects { key } } }');
    expect(answer.data?.compare.resources.map((r: { name: string }) => r.name)).toEqual(['StatefulSet', 'Deployment']);
    expect(answer.data?.compare.stored).toEqual({ slug: 'deployment-vs-statefulset' });
  });

  it('compares facts side by side when no stored comparison covers the names', async () => {
    const answer = await graphql(app.app, '{ compare(names: ["ConfigMap", "CronJob"]) { stored { slug } aspects { key label(lang: en) cells { resource { name } text(lang: en) } } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.compare.stored).toBeNull();
    const kind = answer.data?.compare.aspects.find((a: { key: string }) => a.key === 'kind');
    expect(kind.cells.map((c: { text: string }) => c.text)).toEqual(['ConfigMap', 'CronJob']);
  });

  it('rejects a single name as VALIDATION_FAILED', async () => {
    expect(codes(await graphql(app.app, '{ compare(names: ["Pod"]) { stored { slug } } }'))).toEqual(['VALIDATION_FAILED']);
  });
});

describe('Query.corrections and Query.meta', () => {
  it('lists corrections, all or about one resource', async () => {
    const all = await graphql(app.app, '{ corrections { slug correctionKind articleSection articleText correct reason resource { name } } }');
    expect(all.data?.corrections.length).toBeGreaterThan(0);
    const daemonSet = await graphql(app.app, '{ corrections(resource: "DeamonSet") { resource { name } } }');
    expect(daemonSet.data?.corrections.length).toBeGreaterThan(0);
    expect(daemonSet.data?.corrections.every((c: { resource: { name: string } }) => c.resource.name === 'DaemonSet')).toBe(true);
  });

  it('describes the knowledge that answered', async () => {
    const answer = await graphql(app.app, '{ meta { revision loadedAt counts { categories resources } langs defaultLang lang } }');
    expect(answer.data?.meta).toMatchObject({ counts: { categories: 5 }, langs: ['ja', 'en'], defaultLang: 'ja', lang: 'ja' });
    expect(answer.data?.meta.counts.resources).toBe(app.store.snapshot.resources.length);
  });
});

describe('Query.search', () => {
  it('ranks a resource named in the query first', async () => {
    const answer = await graphql(app.app, '{ search(q: "DeamonSet", limit: 3) { resource { name } score snippet { field text highlighted } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search[0].resource.name).toBe('DaemonSet');
  });

  it('rejects a limit out of range as VALIDATION_FAILED', async () => {
    expect(codes(await graphql(app.app, '{ search(q: "pod", limit: 0) { score } }'))).toEqual(['VALIDATION_FAILED']);
  });
});
