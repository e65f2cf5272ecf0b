import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

describe('GET /categories', () => {
  it('lists the five categories of the article in order', async () => {
    const res = await t.api.get('/categories?lang=en').expect(200);
    expect(res.body.items.map((c: { slug: string }) => c.slug)).toEqual(['workloads', 'service', 'config-storage', 'cluster', 'metadata']);
    expect(res.body.items[0]).toMatchObject({ name: 'Workloads', href: '/categories/workloads' });
    expect(res.body.items[0].resourceCount).toBeGreaterThan(5);
  });
});

describe('GET /categories/:category', () => {
  it('answers a category with its resources in the article order', async () => {
    const res = await t.api.get('/categories/workloads').expect(200);
    expect(res.body.resources[0]).toMatchObject({ name: 'Pod', href: '/resources/workloads/Pod' });
  });

  it('finds a category by alias and points at the canonical URL', async () => {
    const res = await t.api.get('/categories/ConfigMapAndStorage').expect(200);
    expect(res.body.slug).toBe('config-storage');
    expect(res.headers.link).toBe('</categories/config-storage>; rel="canonical"');
  });

  it('lists PersistentVolume under cluster as well', async () => {
    const res = await t.api.get('/categories/cluster').expect(200);
    expect(res.body.resources.map((r: { name: string }) => r.name)).toContain('PersistentVolume');
  });

  it('answers 404 for an unknown category', async () => {
    const res = await t.api.get('/categories/networking').expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

describe('GET /corrections', () => {
  it('lists the corrections of the source article, linked to their resources', async () => {
    const res = await t.api.get('/corrections?lang=en').expect(200);
    const typo = res.body.items.find((c: { slug: string }) => c.slug === 'daemonset-typo');
    expect(typo).toMatchObject({ kind: 'typo', resource: { name: 'DaemonSet', href: '/resources/workloads/DaemonSet' } });
    expect(typo.articleText).toContain('DeamonSet');
  });

  it('filters by kind and rejects an unknown kind', async () => {
    const res = await t.api.get('/corrections?kind=typo').expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((c: { kind: string }) => c.kind === 'typo')).toBe(true);
    expect((await t.api.get('/corrections?kind=rumour').expect(400)).body.errors[0].path).toBe('kind');
  });
});

describe('GET / and GET /meta', () => {
  it('links to every endpoint from the root', async () => {
    const res = await t.api.get('/').expect(200);
    expect(res.body.links).toMatchObject({
      meta: '/meta',
      categories: '/categories',
      resources: '/resources',
      resource: '/resources/{category}/{name}',
      'resource-children': '/resources/{category}/{name}/children',
      comparisons: '/comparisons',
      compare: '/compare',
      graph: '/graph',
      corrections: '/corrections',
      export: '/export',
      openapi: '/openapi.json',
      docs: '/docs',
      search: '/search',
      ask: '/ask',
      llms: '/llms.txt',
      'llms-full': '/llms-full.txt',
      'resource-markdown': '/resources/{category}/{name}.md',
      graphql: '/graphql',
      mcp: '/mcp',
    });
  });

  it('reports version, revision, counts and languages', async () => {
    const res = await t.api.get('/meta').expect(200);
    expect(res.body).toMatchObject({ name: 'kubedex', version: '0.1.0', languages: ['ja', 'en'], defaultLanguage: 'ja' });
    expect(res.body.revision).toBe(t.seeded.store.snapshot.revision);
    expect(res.body.counts.resources).toBe(t.seeded.store.snapshot.resources.length);
    expect(res.body.counts.comparisons).toBeGreaterThan(0);
  });
});

describe('GET /export', () => {
  it('answers the whole knowledge base in every language as one versioned document', async () => {
    const res = await t.api.get('/export').expect(200);
    expect(res.body).toMatchObject({ format: 'kubedex-knowledge', formatVersion: 1, languages: ['ja', 'en'] });
    expect(res.body.resources).toHaveLength(t.seeded.store.snapshot.resources.length);
    const pod = res.body.resources.find((r: { name: string }) => r.name === 'Pod');
    expect(pod.text.ja.name).toBeTruthy();
    expect(pod.text.en.summary).toBeTruthy();
    expect(pod.id).toBeUndefined();
    expect(res.headers['content-language']).toBe('ja, en');
  });
});
