import type { Server } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHAIN_DEPTH, MAX_CHAIN_DEPTH } from '../../src/knowledge/chain-depth.js';
import { MAX_COMPARED } from '../../src/knowledge/compare-resources.js';
import { formatFactValue } from '../../src/knowledge/format-fact-value.js';
import type { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import { encodeCursor as encodeListCursor, listScope } from '../../src/knowledge/paginate.js';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from '../graphql/graphql-request.js';
import { api } from './openapi-conformance.js';
import { listenOnLoopback } from '../support/listen-on-loopback.js';

/**
 * The rules every surface shares live once in the core (src/knowledge, src/answers); these tests ask
 * REST, GraphQL and MCP the same thing over their real transports and fail when one drifts.
 */

type Json = ReturnType<typeof JSON.parse>;

let seeded: Awaited<ReturnType<typeof seededApp>>;
let rest: ReturnType<typeof api>;
let snapshot: KnowledgeSnapshot;
let server: Server;
let mcp: Client;

beforeAll(async () => {
  seeded = await seededApp();
  rest = api(seeded.app);
  snapshot = seeded.store.snapshot;
  const listening = await listenOnLoopback(seeded.app);
  server = listening.server;
  mcp = new Client({ name: 'kubedex-surfaces-test', version: '1.0.0' });
  await mcp.connect(new StreamableHTTPClientTransport(new URL(`${listening.origin}/mcp`)));
});
afterAll(async () => {
  await mcp?.close();
  await new Promise((resolve) => server?.close(resolve));
  await seeded?.close();
});

async function tool(name: string, args: Record<string, unknown>): Promise<CallToolResult & { structuredContent?: Json }> {
  return (await mcp.callTool({ name, arguments: args })) as CallToolResult & { structuredContent?: Json };
}

async function gql(query: string, headers: Record<string, string> = {}) {
  return graphql(seeded.app, query, { headers });
}

describe('comparison by slug (findComparison)', () => {
  it.each(['job-vs-cronjob', 'Job-vs-CronJob', 'JOB-VS-CRONJOB'])('finds %s on REST and GraphQL alike', async (slug) => {
    const viaRest = await rest.get(`/comparisons/${slug}`).expect(200);
    const viaGraphql = await gql(`{ comparison(slug: "${slug}") { slug } }`);
    expect(viaRest.body.slug).toBe('job-vs-cronjob');
    expect(viaGraphql.data?.comparison).toEqual({ slug: 'job-vs-cronjob' });
  });

  it('answers an unknown slug as NOT_FOUND with the same close matches on both', async () => {
    const viaRest = await rest.get('/comparisons/job-vs-cronjb').expect(404);
    const viaGraphql = await gql('{ comparison(slug: "job-vs-cronjb") { slug } }');
    expect(viaRest.body.code).toBe('NOT_FOUND');
    expect(codes(viaGraphql)).toEqual(['NOT_FOUND']);
    expect(viaRest.body.suggestions[0]).toEqual({ name: 'job-vs-cronjob', href: '/comparisons/job-vs-cronjob' });
    expect(viaGraphql.errors?.[0]?.extensions?.suggestions).toEqual(viaRest.body.suggestions);
  });
});

describe('chain depth (MAX_CHAIN_DEPTH, DEFAULT_CHAIN_DEPTH)', () => {
  it('accepts the same range on every surface', async () => {
    await rest.get(`/resources/workloads/Pod/parents?depth=${MAX_CHAIN_DEPTH}`).expect(200);
    expect((await rest.get(`/resources/workloads/Pod/parents?depth=${MAX_CHAIN_DEPTH + 1}`).expect(400)).body.errors[0].path).toBe('depth');

    expect((await gql(`{ resource(name: "Pod") { parents(depth: ${MAX_CHAIN_DEPTH}) { depth } } }`)).errors).toBeUndefined();
    expect(codes(await gql(`{ resource(name: "Pod") { parents(depth: ${MAX_CHAIN_DEPTH + 1}) { depth } } }`))).toEqual(['VALIDATION_FAILED']);

    expect((await tool('get_relations', { name: 'Pod', depth: MAX_CHAIN_DEPTH })).isError).toBeFalsy();
    expect((await tool('get_relations', { name: 'Pod', depth: MAX_CHAIN_DEPTH + 1 })).isError).toBe(true);
  });

  it('walks the same default depth on every surface', async () => {
    const viaRest = (await rest.get('/resources/workloads/CronJob/children').expect(200)).body.items.map((i: Json) => `${i.resource.name}@${i.depth}`);
    const viaGraphql = (await gql('{ resource(name: "CronJob") { children { depth resource { name } } } }')).data?.resource.children.map((i: Json) => `${i.resource.name}@${i.depth}`);
    const viaMcp = (await tool('get_relations', { name: 'CronJob' })).structuredContent.children.map((i: Json) => `${i.name}@${i.depth}`);
    const expected = snapshot.children('CronJob', DEFAULT_CHAIN_DEPTH).map((s) => `${s.resource.name}@${s.depth}`);
    expect(viaRest).toEqual(expected);
    expect(viaGraphql).toEqual(expected);
    expect(viaMcp).toEqual(expected);
  });
});

describe('how many resources a comparison takes (MAX_COMPARED)', () => {
  const serviceTypes = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'Headless'];

  it('compares five Service types on every surface, /ask included, dropping none', async () => {
    const viaRest = await rest.get(`/compare?resources=${serviceTypes.join(',')}`).expect(200);
    const viaGraphql = await gql(`{ compare(names: ${JSON.stringify(serviceTypes)}) { resources { name } } }`);
    const viaMcp = await tool('compare_resources', { names: serviceTypes });
    const asked = await request(seeded.app).get('/ask').query({ q: `${serviceTypes.join('、')}の違いは？` }).expect(200);
    const askedMcp = await tool('ask', { q: `${serviceTypes.join('、')}の違いは？` });

    expect(viaRest.body.requested.map((r: Json) => r.name)).toEqual(serviceTypes);
    expect(viaGraphql.data?.compare.resources.map((r: Json) => r.name)).toEqual(serviceTypes);
    expect(viaMcp.isError).toBeFalsy();
    expect(viaMcp.structuredContent.comparison.resources).toEqual(expect.arrayContaining(serviceTypes));
    expect(asked.body.comparison.resources).toEqual(expect.arrayContaining(serviceTypes));
    expect(askedMcp.structuredContent.comparison.resources).toEqual(expect.arrayContaining(serviceTypes));
  });

  it('rejects one more than MAX_COMPARED on every surface', async () => {
    const names = snapshot.resources.slice(0, MAX_COMPARED + 1).map((r) => r.name);
    await rest.get(`/compare?resources=${names.map(encodeURIComponent).join(',')}`).expect(400);
    expect(codes(await gql(`{ compare(names: ${JSON.stringify(names)}) { resources { name } } }`))).toEqual(['VALIDATION_FAILED']);
    expect((await tool('compare_resources', { names })).isError).toBe(true);
    const exactly = names.slice(0, MAX_COMPARED);
    await rest.get(`/compare?resources=${exactly.map(encodeURIComponent).join(',')}`).expect(200);
    expect((await tool('compare_resources', { names: exactly })).isError).toBeFalsy();
  });
});

describe('language of search and answers (answerLangFor)', () => {
  it('REST /search and GraphQL search follow Accept-Language over the question, and lang over both', async () => {
    const query = '{ search(q: "deployment rollout", limit: 3) { resource { name } snippet { text } } }';
    const restJa = await rest.get('/search?q=deployment%20rollout&limit=3').set('accept-language', 'ja').expect(200);
    expect(restJa.body.lang).toBe('ja');
    expect(restJa.headers['content-language']).toBe('ja');
    expect(restJa.headers.vary).toMatch(/Accept-Language/);
    const graphqlJa = await gql(query, { 'accept-language': 'ja' });
    expect(graphqlJa.data?.search.map((h: Json) => h.snippet.text)).toEqual(restJa.body.results.map((h: Json) => h.snippet.text));

    // No header: the question's language decides, on both.
    const restNone = await rest.get('/search?q=deployment%20rollout&limit=3').expect(200);
    expect(restNone.body.lang).toBe('en');
    expect(restNone.headers['content-language']).toBe('en');
    const graphqlNone = await gql(query);
    expect(graphqlNone.data?.search.map((h: Json) => h.snippet.text)).toEqual(restNone.body.results.map((h: Json) => h.snippet.text));

    // An explicit lang wins over the header.
    const restEn = await rest.get('/search?q=deployment%20rollout&limit=3&lang=en').set('accept-language', 'ja').expect(200);
    expect(restEn.body.lang).toBe('en');
    expect(restEn.headers['content-language']).toBe('en');
  });

  it('/ask follows Accept-Language and says so; MCP, without headers, follows the question', async () => {
    const q = 'ノードごとに1つずつPodを配置したい';
    const en = await request(seeded.app).get('/ask').query({ q }).set('accept-language', 'en').expect(200);
    expect(en.body.lang).toBe('en');
    expect(en.headers['content-language']).toBe('en');
    expect(en.headers.vary).toMatch(/Accept-Language/);
    const plain = await request(seeded.app).get('/ask').query({ q }).expect(200);
    expect(plain.body.lang).toBe('ja');
    expect(plain.headers['content-language']).toBe('ja');
    const explicit = await request(seeded.app).get('/ask').query({ q, lang: 'ja' }).set('accept-language', 'en').expect(200);
    expect(explicit.body.lang).toBe('ja');

    expect((await tool('ask', { q })).structuredContent.lang).toBe('ja');
    expect((await tool('ask', { q: 'run one pod on every node' })).structuredContent.lang).toBe('en');
    const searched = await tool('search_resources', { q: 'run one pod on every node', limit: 1 });
    const hit = searched.structuredContent.results[0];
    expect(hit.displayName).toBe(snapshot.resource(hit.name)?.text.en.name);
  });
});

describe('comparison view (localizeComparison) and fact values (formatFactValue)', () => {
  it.each(['ja', 'en'] as const)('titles and fills a table built from facts the same on REST, GraphQL, /ask and MCP (%s)', async (lang) => {
    const viaRest = (await rest.get(`/compare?resources=Deployment,Job&lang=${lang}`).expect(200)).body;
    const viaGraphql = (await gql(`{ compare(names: ["Deployment", "Job"]) { title(lang: ${lang}) verdict(lang: ${lang}) } }`)).data?.compare;
    const viaMcp = (await tool('compare_resources', { names: ['Deployment', 'Job'], lang })).structuredContent.comparison;
    const question = lang === 'ja' ? 'DeploymentとJobの違い' : 'difference between Deployment and Job';
    const viaAsk = (await request(seeded.app).get('/ask').query({ q: question, lang }).expect(200)).body.comparison;

    expect(viaRest.source).toBe('facts');
    expect(viaRest.title).toBe(lang === 'ja' ? 'DeploymentとJobの比較' : 'Deployment vs Job');
    for (const other of [viaGraphql, viaMcp, viaAsk]) {
      expect(other.title).toBe(viaRest.title);
      expect(other.verdict).toBeNull();
    }
    expect(viaMcp.aspects).toEqual(viaRest.aspects);
    expect(viaAsk.aspects).toEqual(viaRest.aspects);

    // Fact cells are the same prose the MCP resource view and the passages write.
    const deployment = snapshot.resource('Deployment');
    const mcpFacts = (await tool('get_resource', { name: 'Deployment', lang })).structuredContent.facts as { key: string; value: string }[];
    for (const fact of deployment?.facts ?? []) {
      const cell = viaRest.aspects.find((a: Json) => a.key === `fact.${fact.key}`)?.cells.Deployment;
      expect(cell).toBe(formatFactValue(fact.text[lang].value, lang));
      expect(mcpFacts.find((f) => f.key === fact.key)?.value).toBe(cell);
    }
  });

  it('writes a stored comparison the same way everywhere', async () => {
    const viaRest = (await rest.get('/compare?resources=Job,CronJob&lang=en').expect(200)).body;
    const stored = (await rest.get('/comparisons/job-vs-cronjob?lang=en').expect(200)).body;
    const viaGraphql = (await gql('{ compare(names: ["Job", "CronJob"]) { title(lang: en) verdict(lang: en) } }')).data?.compare;
    const viaMcp = (await tool('compare_resources', { names: ['Job', 'CronJob'], lang: 'en' })).structuredContent.comparison;
    expect(viaRest).toMatchObject({ source: 'stored', title: stored.title, verdict: stored.verdict });
    expect(viaGraphql).toEqual({ title: stored.title, verdict: stored.verdict });
    expect(viaMcp).toMatchObject({ title: stored.title, verdict: stored.verdict, aspects: viaRest.aspects });
  });
});

describe('category names (requireCategory)', () => {
  it.each([
    ['ワークロード', 'workloads'],
    ['サービス', 'service'],
    ['設定とストレージ', 'config-storage'],
    ['クラスター', 'cluster'],
    ['メタデータ', 'metadata'],
    ['ConfigMap&Storage', 'config-storage'],
  ])('finds %s as %s on every lookup of every surface', async (typed, slug) => {
    const q = encodeURIComponent(typed);
    expect((await rest.get(`/categories/${q}`).expect(200)).body.slug).toBe(slug);
    expect((await rest.get(`/resources?category=${q}&limit=1`).expect(200)).body.total).toBe(snapshot.resourcesIn(slug).length);
    await rest.get(`/search?q=pod&category=${q}`).expect(200);
    await rest.get(`/graph?category=${q}`).expect(200);
    const viaGraphql = await gql(`{ category(slug: "${typed}") { slug } search(q: "pod", category: "${typed}") { score } }`);
    expect(viaGraphql.errors).toBeUndefined();
    expect(viaGraphql.data?.category).toEqual({ slug });
    const viaMcp = await tool('list_category', { category: typed });
    expect(viaMcp.isError).toBeFalsy();
    expect(viaMcp.structuredContent.category.slug).toBe(slug);
    expect((await tool('search_resources', { q: 'pod', category: typed })).isError).toBeFalsy();
  });

  it('refuses an unknown category with the same suggestions on search as on every other filter', async () => {
    const viaSearch = (await rest.get('/search?q=pod&category=nope').expect(400)).body;
    const viaFilter = (await rest.get('/resources?category=nope').expect(400)).body;
    expect(viaSearch.code).toBe('VALIDATION_FAILED');
    expect(viaSearch.suggestions).toEqual(viaFilter.suggestions);
  });
});

describe('unknown category or name in a resource address (resolveResource)', () => {
  it('names the unknown category with the same suggestions on REST, GraphQL and MCP', async () => {
    const viaRest = await rest.get('/resources/nope/Deploymnet').expect(404);
    expect(viaRest.body.errors[0]).toEqual({ path: 'category', message: 'unknown category "nope"' });
    const viaGraphql = await gql('{ resource(category: "nope", name: "Deploymnet") { name } }');
    expect(codes(viaGraphql)).toEqual(['NOT_FOUND']);
    expect(viaGraphql.errors?.[0]?.message).toBe(viaRest.body.detail);
    expect(viaGraphql.errors?.[0]?.extensions?.suggestions).toEqual(viaRest.body.suggestions);
    const viaMcp = await tool('get_resource', { category: 'nope', name: 'Deploymnet' });
    expect(viaMcp.isError).toBe(true);
    expect(JSON.stringify(viaMcp.content)).toContain('No category \\"nope\\"');
  });

  it('names the unknown resource of a known category the same way on REST and GraphQL', async () => {
    const viaRest = await rest.get('/resources/workloads/Deploymnet').expect(404);
    const viaGraphql = await gql('{ resource(category: "workloads", name: "Deploymnet") { name } }');
    expect(viaGraphql.errors?.[0]?.message).toBe(viaRest.body.detail);
    expect(viaRest.body.detail).toMatch(/No resource named "Deploymnet" in workloads/);
    expect(viaGraphql.errors?.[0]?.extensions?.suggestions).toEqual(viaRest.body.suggestions);
  });
});

describe('unknown category (requireCategory)', () => {
  it('is NOT_FOUND where a category is addressed', async () => {
    const viaRest = await rest.get('/categories/nope').expect(404);
    expect(viaRest.body.errors[0].path).toBe('category');
    expect(viaRest.body.suggestions).toHaveLength(snapshot.categories.length);
    const viaGraphql = await gql('{ category(slug: "nope") { slug } }');
    expect(codes(viaGraphql)).toEqual(['NOT_FOUND']);
    expect(viaGraphql.errors?.[0]?.extensions?.suggestions).toEqual(viaRest.body.suggestions);
    const viaMcp = await tool('list_category', { category: 'nope' });
    expect(viaMcp.isError).toBe(true);
    expect(JSON.stringify(viaMcp.content)).toMatch(/NOT_FOUND.*nope/);
  });

  it('is VALIDATION_FAILED naming the field where a category filters', async () => {
    expect((await rest.get('/resources?category=workloads,nope').expect(400)).body.errors[0].path).toBe('category.1');
    expect((await rest.get('/graph?category=workloads,nope').expect(400)).body.errors[0].path).toBe('category.1');
    const viaGraphql = await gql('{ resources(filter: { category: { in: ["workloads", "nope"] } }) { totalCount } }');
    expect(codes(viaGraphql)).toEqual(['VALIDATION_FAILED']);
    expect(viaGraphql.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('category.1');
  });
});

describe('resources of one category', () => {
  it.each(['cluster', 'workloads', 'service', 'config-storage', 'metadata'])('are listed in the same order by every list of %s', async (slug) => {
    const names = (items: Json[]) => items.map((r) => r.name);
    const viaCategory = names((await rest.get(`/categories/${slug}`).expect(200)).body.resources);
    const viaFilter = names((await rest.get(`/resources?category=${slug}&limit=100`).expect(200)).body.items);
    const edges = (await gql(`{ category(slug: "${slug}") { resources(first: 100) { edges { node { name } } } } resources(filter: { category: { eq: "${slug}" } }, first: 100) { edges { node { name } } } }`)).data;
    const viaMcp = names((await tool('list_category', { category: slug })).structuredContent.resources);
    expect(viaFilter).toEqual(viaCategory);
    expect(edges?.category.resources.edges.map((e: Json) => e.node.name)).toEqual(viaCategory);
    expect(edges?.resources.edges.map((e: Json) => e.node.name)).toEqual(viaCategory);
    expect(viaMcp).toEqual(viaCategory);
  });
});

describe('unknown variantOf', () => {
  it('is VALIDATION_FAILED naming variantOf with close matches, on REST and GraphQL', async () => {
    const viaRest = await rest.get('/resources?variantOf=Servce').expect(400);
    expect(viaRest.body.code).toBe('VALIDATION_FAILED');
    expect(viaRest.body.errors[0].path).toBe('variantOf');
    expect(viaRest.body.suggestions.map((s: Json) => s.name)).toContain('Service');
    const viaGraphql = await gql('{ resources(filter: { variantOf: { eq: "Servce" } }) { totalCount } }');
    expect(codes(viaGraphql)).toEqual(['VALIDATION_FAILED']);
    expect(viaGraphql.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('variantOf');
    expect((await rest.get('/resources?variantOf=svc').expect(200)).body.items.map((r: Json) => r.name)).toContain('NodePort');
  });
});

describe('paging links of /resources', () => {
  const encodeCursor = (offset: number) => encodeListCursor(offset, listScope(snapshot, 'resources'));

  it('prev holds exactly the items before a page that starts off a page boundary', async () => {
    const all = (await rest.get('/resources?limit=100').expect(200)).body.items.map((r: Json) => r.name);
    const page = await rest.get(`/resources?limit=15&cursor=${encodeCursor(5)}`).expect(200);
    expect(page.body.items.map((r: Json) => r.name)).toEqual(all.slice(5, 20));
    const prev = await rest.get(page.body.links.prev).expect(200);
    expect(prev.body.items.map((r: Json) => r.name)).toEqual(all.slice(0, 5));
    expect(prev.body.links.prev).toBeUndefined();

    const aligned = await rest.get(`/resources?limit=5&cursor=${encodeCursor(10)}`).expect(200);
    expect(aligned.body.links.prev).toBe(`/resources?limit=5&cursor=${encodeCursor(5)}`);
  });
});
