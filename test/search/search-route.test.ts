import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp();
});
afterAll(() => seeded.close());

describe('GET /search', () => {
  it('answers ranked hits with score, highlighted snippet and resource link', async () => {
    const res = await request(seeded.app).get('/search').query({ q: 'ノードごとに1つずつPodを配置したい' }).expect(200);
    expect(res.headers['content-language']).toBe('ja');
    const names = res.body.results.map((r: { name: string }) => r.name);
    expect(names.slice(0, 3)).toContain('DaemonSet');
    const ds = res.body.results.find((r: { name: string }) => r.name === 'DaemonSet');
    expect(ds.links.self).toBe('/resources/workloads/DaemonSet');
    expect(ds.links.markdown).toBe('/resources/workloads/DaemonSet.md');
    expect(ds.snippet.highlighted).toContain('<mark>');
    expect(typeof ds.score).toBe('number');
  });

  it('uses ?lang= for snippets and honours category and limit', async () => {
    const res = await request(seeded.app).get('/search').query({ q: 'service port', lang: 'en', category: 'service', limit: 2 }).expect(200);
    expect(res.body.lang).toBe('en');
    expect(res.body.results).toHaveLength(2);
    for (const r of res.body.results) expect(r.category).toBe('service');
  });

  it('answers 400 problem+json naming each bad parameter', async () => {
    const res = await request(seeded.app).get('/search').query({ q: '', limit: 500, lang: 'not a tag' }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['lang', 'limit', 'q']);
  });

  it('answers 400 for an unknown category', async () => {
    const res = await request(seeded.app).get('/search').query({ q: 'pod', category: 'nope' }).expect(400);
    expect(res.body.errors[0].path).toBe('category');
  });
});
