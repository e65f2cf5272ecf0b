import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_BUILD_DIR } from '../../src/explorer/explorer-build.js';
import { seededApp } from '../support/seeded-knowledge.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(async () => {
  await app.close();
});

/** URLs that people and programs share: a browser gets the explorer, an API client the JSON it always got. */
const SHARED_URLS = ['/', '/resources/workloads/DaemonSet', '/resources/workloads/ds', '/categories/workloads', '/comparisons/deployment-vs-statefulset', '/compare?resources=Deployment,StatefulSet', '/search?q=hpa', '/categories', '/comparisons'];

describe('content negotiation at the HTTP edge', () => {
  it.each(SHARED_URLS)('%s: a browser gets the explorer page, curl and JSON clients the API answer, both with Vary: Accept', async (url) => {
    const page = await request(app.app).get(url).set('accept', BROWSER_ACCEPT);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<div id="app">');
    expect(page.headers.vary).toMatch(/\bAccept\b/);

    for (const accept of ['application/json', '*/*', undefined]) {
      const api = request(app.app).get(url).redirects(0);
      const res = await (accept ? api.set('accept', accept) : api);
      expect(res.status, `${url} with Accept: ${accept}`).toBeLessThan(400);
      if (res.status === 200) expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers.vary).toMatch(/\bAccept\b/);
    }
  });

  it.each([
    ['/resources/workloads/Nope', 'an unknown resource'],
    ['/resources/Nope', 'an unknown bare resource name'],
    ['/categories/nope', 'an unknown category'],
    ['/comparisons/pod-vs-nope', 'an unknown comparison'],
  ])('%s (%s): a browser gets the explorer page with 404, as an API client does', async (url) => {
    const page = await request(app.app).get(url).set('accept', BROWSER_ACCEPT);
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<div id="app">');
    expect(page.headers.etag).toBeUndefined();
    expect(page.headers.vary).toMatch(/\bAccept\b/);
    const api = await request(app.app).get(url).set('accept', 'application/json').redirects(0);
    expect(api.status).toBe(404);
  });

  it('answers 200 where the name is known in any spelling the API accepts', async () => {
    for (const url of ['/resources/workloads/deamonset', '/resources/service/ds', '/resources/hpa', '/categories/ConfigMap&Storage', '/comparisons/Deployment-vs-StatefulSet']) {
      const page = await request(app.app).get(url).set('accept', BROWSER_ACCEPT);
      expect(page.status, url).toBe(200);
      const api = await request(app.app).get(url).set('accept', 'application/json').redirects(0);
      expect(api.status, `${url} as JSON`).toBeLessThan(400);
    }
  });

  it('keeps the two apart in caches: different ETags, and each validator only revalidates its own representation', async () => {
    const page = await request(app.app).get('/resources/workloads/DaemonSet').set('accept', 'text/html');
    const json = await request(app.app).get('/resources/workloads/DaemonSet').set('accept', 'application/json');
    expect(page.headers.etag).toBeTruthy();
    expect(json.headers.etag).toBeTruthy();
    expect(page.headers.etag).not.toBe(json.headers.etag);

    const pageAgain = await request(app.app).get('/resources/workloads/DaemonSet').set('accept', 'text/html').set('if-none-match', page.headers.etag as string);
    expect(pageAgain.status).toBe(304);
    const jsonWithPageTag = await request(app.app).get('/resources/workloads/DaemonSet').set('accept', 'application/json').set('if-none-match', page.headers.etag as string);
    expect(jsonWithPageTag.status).toBe(200);
    expect(JSON.parse(jsonWithPageTag.text).name).toBe('DaemonSet');
  });

  it('serves every page under a strict CSP: only its own scripts and styles, nothing inline, no eval, no framing', async () => {
    for (const url of ['/', '/graphql']) {
      const res = await request(app.app).get(url).set('accept', 'text/html');
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(res.text).not.toMatch(/<style|\sstyle=/);
      expect(res.text).not.toMatch(/https?:\/\//);
    }
  });

  it('leaves the Markdown route, other paths and non-GET methods to the API', async () => {
    const markdown = await request(app.app).get('/resources/workloads/DaemonSet.md').set('accept', BROWSER_ACCEPT);
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    const meta = await request(app.app).get('/meta').set('accept', BROWSER_ACCEPT);
    expect(meta.headers['content-type']).not.toMatch(/^text\/html/);
    const post = await request(app.app).post('/graphql').set('accept', 'text/html, application/json').send({ query: '{ meta { revision } }' });
    expect(post.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
  });
});

describe('GET /graphql', () => {
  it('gives a browser the bundled GraphiQL, and nothing from Apollo or any other host', async () => {
    const res = await request(app.app).get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="graphiql">');
    expect(res.text).not.toMatch(/apollographql|googleapis|https?:\/\//);
    expect(res.headers.vary).toMatch(/\bAccept\b/);
  });

  it('still answers queries, from browsers too (with the CSRF preflight header)', async () => {
    const res = await request(app.app).get('/graphql').query({ query: '{ meta { revision } }' }).set('accept', BROWSER_ACCEPT).set('apollo-require-preflight', 'true');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).data.meta.revision).toBeGreaterThan(0);
  });

  it('answers an API client without a query as Apollo does, with no landing page', async () => {
    const res = await request(app.app).get('/graphql').set('accept', 'application/json');
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/<html|apollographql/i);
  });
});

describe('GET /explorer/assets/*', () => {
  it('serves the hashed assets for a year, immutable, and 404s an unknown one', async () => {
    const html = fs.readFileSync(path.join(EXPLORER_BUILD_DIR, 'index.html'), 'utf8');
    const script = /src="(\/explorer\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await request(app.app).get(script as string);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request(app.app).get('/explorer/assets/nothing-here.js');
    expect(missing.status).toBe(404);
  });
});
