import { createHash } from 'node:crypto';
import http from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { accessLog } from '../../src/http/access-log.js';
import { createLogger } from '../../src/logger.js';
import { renderedAnswerCache, type RenderedAnswerCache } from '../../src/http/rendered-answer-cache.js';
import { restRoutes } from '../../src/rest/rest-routes.js';
import { seededApp } from '../support/seeded-knowledge.js';
import { exchange, listen, type Answer } from './raw-exchange.js';

// Every route that answers from the snapshot with a revision ETag (those that answer 304), with a
// concrete URL, as test/rest/conditional-requests.test.ts samples them, and a static file.
const REQUIRED_QUERY: Record<string, string> = { '/compare': '?resources=Deployment,StatefulSet', '/search': '?q=pod', '/ask': '?q=pod' };
const FIELD_PATH = 'spec.strategy.rollingUpdate.maxSurge';
const NEGOTIATIONS = [
  {},
  { 'accept-encoding': 'gzip' },
  { 'accept-encoding': 'br, gzip' },
  { 'accept-language': 'en-US,en;q=0.9' },
  { 'accept-language': 'ja', 'accept-encoding': 'gzip' },
  { '?lang': 'en', 'accept-encoding': 'br' },
];

let seeded: Awaited<ReturnType<typeof seededApp>>;
let cache: RenderedAnswerCache;
let plain: http.Server;
let cached: http.Server;
let samples: { url: string }[] = [];

// Date is the clock's, Connection the socket's: everything else must match to the byte.
const send = (server: http.Server, url: string, headers: Record<string, string>) => exchange(server, { url, headers, ignore: /^(date|connection|keep-alive)$/i });

beforeAll(async () => {
  seeded = await seededApp();
  cache = renderedAnswerCache({ handler: seeded.app, revision: () => seeded.store.snapshot.revision, log: accessLog(createLogger('silent')), maxBytes: 64 * 1024 * 1024 });
  plain = await listen(seeded.app);
  cached = await listen(cache.listener);
  const slug = seeded.store.snapshot.comparisons[0]?.slug as string;
  const values: Record<string, string> = { category: 'workloads', name: 'Deployment', slug, path: FIELD_PATH };
  samples = restRoutes
    .filter((route) => route.method === 'get' && route.responses[304])
    .map((route) => ({ url: route.path.replace(/\{(\w+)\}/g, (_, p: string) => values[p] ?? `<no sample for ${p}>`) + (REQUIRED_QUERY[route.path] ?? '') }));
  samples.push({ url: '/docs/assets/swagger-ui.css' });
});

afterAll(async () => {
  for (const server of [plain, cached]) await new Promise((resolve) => server?.close(resolve));
  await seeded?.close();
});

describe('the rendered-answer cache in front of the router', () => {
  it('answers every cacheable route, in every negotiation, 200 and 304, byte for byte as the router does, headers included', async () => {
    expect(samples.length).toBeGreaterThan(20);
    for (const sample of samples)
      for (const negotiation of NEGOTIATIONS) {
        const { '?lang': lang, ...headers } = negotiation as Record<string, string>;
        const url = lang ? `${sample.url}${sample.url.includes('?') ? '&' : '?'}lang=${lang}` : sample.url;
        const where = `${url} ${JSON.stringify(headers)}`;
        const expected = await send(plain, url, headers);
        // Routes without texts refuse `lang` (400): that negotiation does not apply to them.
        if (lang && expected.status === 400) continue;
        expect(expected.status, where).toBe(200);
        const etag = expected.headers.find((h) => /^etag:/i.test(h))?.replace(/^etag: /i, '') as string;
        expect(etag, where).toBeTruthy();
        for (const conditional of [{}, { 'if-none-match': etag }] as Record<string, string>[]) {
          const wanted = Object.keys(conditional).length ? await send(plain, url, { ...headers, ...conditional }) : expected;
          const miss = await send(cached, url, { ...headers, ...conditional });
          const hitsBefore = cache.stats().hits;
          const hit = await send(cached, url, { ...headers, ...conditional });
          expect(cache.stats().hits, `${where} ${JSON.stringify(conditional)} was not served from the cache`).toBe(hitsBefore + 1);
          for (const answer of [miss, hit]) {
            expect(answer.status, where).toBe(wanted.status);
            expect(answer.headers, where).toEqual(wanted.headers);
            expect(answer.body.equals(wanted.body), where).toBe(true);
          }
        }
      }
  });

  it('passes on what it must not keep: no-store and no-cache answers (probes, the explorer\'s pages), errors', async () => {
    const before = cache.stats();
    for (let i = 0; i < 2; i++) {
      await send(cached, '/readyz', {});
      await send(cached, '/resources/workloads/Deployment', { accept: 'text/html' });
      await send(cached, '/resources/workloads/NoSuchThing', {});
    }
    expect(cache.stats().hits).toBe(before.hits);
    // The second time, /readyz and the page go to the router without being watched; the 404 is watched again.
    expect(cache.stats().bypassed).toBe(before.bypassed + 2);
    const plainPage = await send(plain, '/resources/workloads/Deployment', { accept: 'text/html' });
    const passedPage = await send(cached, '/resources/workloads/Deployment', { accept: 'text/html' });
    expect(passedPage.headers).toEqual(plainPage.headers);
    expect(passedPage.body.equals(plainPage.body)).toBe(true);
  });

  it('keeps a no-store answer its route marks keepable (the liveness probe), byte for byte, and still passes readiness on', async () => {
    const wanted = await send(plain, '/healthz', {});
    expect(wanted.headers).toContain('Cache-Control: no-store');
    await send(cached, '/healthz', {});
    const before = cache.stats();
    const hit = await send(cached, '/healthz', {});
    expect(cache.stats().hits).toBe(before.hits + 1);
    expect(hit.status).toBe(200);
    expect(hit.headers).toEqual(wanted.headers);
    expect(hit.body.equals(wanted.body)).toBe(true);
    await send(cached, '/readyz', {});
    await send(cached, '/readyz', {});
    expect(cache.stats().hits).toBe(before.hits + 1);
  });

  it("keeps GraphQL's CSRF prevention: a persisted query kept with a preflight header is still refused without one", async () => {
    const document = '{ resource(name: "Pod") { name } }';
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(document).digest('hex') } }));
    const preflight = { 'apollo-require-preflight': 'true' };
    await send(cached, `/graphql?query=${encodeURIComponent(document)}&extensions=${extensions}`, preflight);
    const persisted = `/graphql?extensions=${extensions}`;
    await send(cached, persisted, preflight);
    const hits = cache.stats().hits;
    expect((await send(cached, persisted, preflight)).status).toBe(200);
    expect(cache.stats().hits).toBe(hits + 1);
    const refused = await send(cached, persisted, {});
    const wanted = await send(plain, persisted, {});
    expect(wanted.status).toBe(400);
    expect(refused.status).toBe(400);
    expect(refused.headers).toEqual(wanted.headers);
    expect(refused.body.equals(wanted.body)).toBe(true);
  });

  it('writes the access log line of an answer it serves, as the router would', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, next) => (lines.push(JSON.parse(chunk.toString('utf8'))), next()) });
    const logger = pino({ level: 'info' }, sink);
    const app = await createApp({ store: seeded.store, config: seeded.config, logger });
    const logged = renderedAnswerCache({ handler: app, revision: () => seeded.store.snapshot.revision, log: accessLog(logger), maxBytes: 1024 * 1024 });
    const server = await listen(logged.listener);
    try {
      await send(server, '/resources/Service/NodePort', { authorization: 'Bearer secret' });
      await send(server, '/resources/Service/NodePort', { authorization: 'Bearer secret' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(logged.stats().hits).toBe(1);
    expect(lines).toHaveLength(2);
    const [routed, hit] = lines.map(({ time: _time, responseTime: _took, req, ...line }) => {
      const { id: _id, remotePort: _port, ...request } = req as Record<string, unknown>;
      return { ...line, req: request } as Record<string, unknown>;
    });
    expect(hit).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: '/resources/Service/NodePort', headers: { authorization: '[redacted]' } }, res: { statusCode: 200 } });
    expect((hit?.res as { headers: Record<string, string> }).headers.etag).toMatch(/^"r\d+-/);
    expect(hit).toEqual(routed);
    expect(lines[1]?.req).not.toMatchObject({ id: (lines[0]?.req as { id: number }).id });
  });

  it('forgets every answer when a new knowledge revision is loaded', async () => {
    const url = '/resources/Service/NodePort';
    const first = await send(cached, url, {});
    await send(cached, url, {});
    const { hits, misses } = cache.stats();
    await seeded.db.knowledgeRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
    await seeded.store.reload();
    const after = await send(cached, url, {});
    expect(cache.stats()).toMatchObject({ hits, misses: misses + 1 });
    const etag = (a: Answer) => a.headers.find((h) => /^etag:/i.test(h));
    expect(etag(after)).not.toEqual(etag(first));
    expect(etag(after)).toEqual(etag(await send(plain, url, {})));
  });
});
