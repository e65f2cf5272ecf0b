import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createToken } from '../../src/auth/api-tokens.js';
import { accessLog } from '../../src/http/access-log.js';
import { MAX_POST_BODY_BYTES, renderedAnswerCache, type RenderedAnswerCache } from '../../src/http/rendered-answer-cache.js';
import { createLogger } from '../../src/logger.js';
import { patchResource, readResourceSource } from '../../src/writes/resource-writes.js';
import { seededApp } from '../support/seeded-knowledge.js';
import { exchange, listen, type Answer } from './raw-exchange.js';

// The benchmark's document: a resource with its relations and each far end's category.
const DOCUMENT = `query ResourceWithRelations {
  resource(name: "NodePort") {
    name displayName summary category { slug name }
    relations { kind note from { name displayName category { slug name } } to { name displayName category { slug name } } }
  }
}`;
const JSON_TYPE = { 'content-type': 'application/json' };
const NEGOTIATIONS = ['identity', 'gzip', 'br'].flatMap((encoding) => ['ja', 'en'].map((language) => ({ 'accept-encoding': encoding, 'accept-language': language })));

let seeded: Awaited<ReturnType<typeof seededApp>>;
let cache: RenderedAnswerCache;
let plain: http.Server;
let cached: http.Server;

const close = (server: http.Server) => new Promise((resolve) => server.close(resolve));

/** One request on its own connection, a POST to /graphql unless told; `chunked` sends the body without a Content-Length. */
const send = (server: http.Server, options: { method?: string; url?: string; headers?: Record<string, string>; body?: string; chunked?: boolean }) =>
  exchange(server, { ...options, method: options.method ?? 'POST', url: options.url ?? '/graphql' });

const post = (server: http.Server, body: string, headers: Record<string, string> = {}) => send(server, { headers: { ...JSON_TYPE, ...headers }, body });
const query = (document: string) => JSON.stringify({ query: document });
const decoded = (answer: Answer) => {
  const coding = answer.headers.find((h) => /^content-encoding:/i.test(h))?.replace(/^content-encoding: /i, '');
  return coding === 'gzip' ? gunzipSync(answer.body) : coding === 'br' ? brotliDecompressSync(answer.body) : answer.body;
};
const json = (answer: Answer) => JSON.parse(decoded(answer).toString('utf8')) as { data?: { resource?: { summary?: string } }; errors?: { extensions?: { code?: string } }[] };

function expectSame(answer: Answer, wanted: Answer, where: string): void {
  expect(answer.status, where).toBe(wanted.status);
  expect(answer.headers, where).toEqual(wanted.headers);
  expect(answer.body.equals(wanted.body), where).toBe(true);
}

beforeAll(async () => {
  seeded = await seededApp();
  cache = renderedAnswerCache({ handler: seeded.app, revision: () => seeded.store.snapshot.revision, log: accessLog(createLogger('silent')), maxBytes: 64 * 1024 * 1024, postUrls: ['/graphql'] });
  plain = await listen(seeded.app);
  cached = await listen(cache.listener);
});

afterAll(async () => {
  for (const server of [plain, cached]) if (server) await close(server);
  await seeded?.close();
});

describe('POST /graphql through the rendered-answer cache', () => {
  it('answers a repeated POST from the cache, byte for byte as the router does, headers included, in every encoding and language', async () => {
    const bodies = new Set<string>();
    for (const negotiation of NEGOTIATIONS) {
      const where = JSON.stringify(negotiation);
      const miss = await post(cached, query(DOCUMENT), negotiation);
      const wanted = await post(plain, query(DOCUMENT), negotiation);
      expect(wanted.status, where).toBe(200);
      expect(json(wanted).errors, where).toBeUndefined();
      const hitsBefore = cache.stats().hits;
      const hit = await post(cached, query(DOCUMENT), negotiation);
      expect(cache.stats().hits, `${where} was not served from the cache`).toBe(hitsBefore + 1);
      expectSame(miss, wanted, where);
      expectSame(hit, wanted, where);
      bodies.add(wanted.body.toString('base64'));
    }
    // Each language and encoding is an answer of its own, kept under its own key.
    expect(bodies.size).toBe(NEGOTIATIONS.length);
  });

  it('reads ahead and keeps a body of exactly the largest size it holds', async () => {
    const body = query(DOCUMENT).padEnd(MAX_POST_BODY_BYTES, ' ');
    expect(Buffer.byteLength(body)).toBe(MAX_POST_BODY_BYTES);
    const wanted = await post(plain, body);
    expectSame(await post(cached, body), wanted, 'miss');
    const hits = cache.stats().hits;
    expectSame(await post(cached, body), wanted, 'hit');
    expect(cache.stats().hits).toBe(hits + 1);
  });

  it('reaches the router again after a write through the write core, and answers the new knowledge', async () => {
    const document = '{ resource(name: "NodePort") { name summary } }';
    const headers = { 'accept-language': 'en' };
    const before = await post(cached, query(document), headers);
    await post(cached, query(document), headers);
    const { hits, misses } = cache.stats();
    const { version } = await readResourceSource(seeded.store, 'NodePort');
    const summary = 'Exposes a Service on a static port of every node (edited to prove the cache forgets)';
    await patchResource(seeded.store, { tokenName: 'curator' }, { name: 'NodePort', version }, { text: { en: { summary } } });
    const after = await post(cached, query(document), headers);
    expect(cache.stats()).toMatchObject({ hits, misses: misses + 1 });
    expect(json(before).data?.resource?.summary).not.toBe(summary);
    expect(json(after).data?.resource?.summary).toBe(summary);
    expectSame(after, await post(plain, query(document), headers), 'after the write');
    await post(cached, query(document), headers);
    expect(cache.stats().hits).toBe(hits + 1);
  });

  it('never answers from the cache what must reach the router, and leaves those answers unchanged', async () => {
    const token = await createToken(seeded.db, { name: 'reader', scope: 'write' });
    const cases: { name: string; send: (server: http.Server) => Promise<Answer>; status: number; code?: string }[] = [
      { name: 'an answer with a failing field (200 with errors)', send: (s) => post(s, query('{ meta { revision } corrections(resource: "Nope") { slug } }')), status: 200, code: 'NOT_FOUND' },
      { name: 'a document that does not validate', send: (s) => post(s, query('{ nope }')), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      { name: 'a POST with Authorization', send: (s) => post(s, query(DOCUMENT), { authorization: `Bearer ${token}` }), status: 200 },
      { name: 'a body over the size read ahead', send: (s) => post(s, query(DOCUMENT) + ' '.repeat(MAX_POST_BODY_BYTES)), status: 200 },
      { name: 'a chunked body', send: (s) => send(s, { headers: JSON_TYPE, body: query(DOCUMENT), chunked: true }), status: 200 },
      { name: 'invalid JSON', send: (s) => post(s, '{"query": "{ resource(name: \\"NodePort\\") { name } }"'), status: 400, code: 'BAD_REQUEST' },
      { name: 'JSON of the wrong content-type', send: (s) => send(s, { headers: { 'content-type': 'application/xml', 'apollo-require-preflight': 'true' }, body: query(DOCUMENT) }), status: 400 },
    ];
    for (const { name, send: sendCase, status, code } of cases) {
      const wanted = await sendCase(plain);
      expect(wanted.status, name).toBe(status);
      if (code) expect(json(wanted).errors?.map((e) => e.extensions?.code), name).toContain(code);
      const { hits, entries } = cache.stats();
      for (let i = 0; i < 3; i++) expectSame(await sendCase(cached), wanted, `${name}, ${i + 1}`);
      expect(cache.stats(), name).toMatchObject({ hits, entries });
    }
  });
});

describe("GraphQL's CSRF prevention for POST through the rendered-answer cache", () => {
  it('refuses a text/plain POST without a preflight header even once the same document was kept as JSON', async () => {
    await post(cached, query(DOCUMENT));
    const hits = cache.stats().hits;
    expect((await post(cached, query(DOCUMENT))).status).toBe(200);
    expect(cache.stats().hits).toBe(hits + 1);
    const simple = { headers: { 'content-type': 'text/plain' }, body: query(DOCUMENT) };
    const refused = await send(cached, simple);
    expect(refused.status).toBe(400);
    expectSame(refused, await send(plain, simple), 'text/plain');
    expect(cache.stats().hits).toBe(hits + 1);
  });
});

describe('the access log of POST /graphql through the rendered-answer cache', () => {
  // An app and the cache over it, both logging into `lines`.
  const logging = async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, next) => (lines.push(JSON.parse(chunk.toString('utf8'))), next()) });
    const logger = pino({ level: 'info' }, sink);
    const app = await createApp({ store: seeded.store, config: seeded.config, logger });
    return { lines, app, logged: renderedAnswerCache({ handler: app, revision: () => seeded.store.snapshot.revision, log: accessLog(logger), maxBytes: 1024 * 1024, postUrls: ['/graphql'] }) };
  };
  // What differs between any two lines: the time, the request id, the client's port.
  const comparable = (line: Record<string, unknown>) => {
    const { time: _time, responseTime: _took, req, ...rest } = line;
    const { id: _id, remotePort: _port, ...request } = req as Record<string, unknown>;
    return { ...rest, req: request };
  };

  it('logs a hit exactly as the router logs the miss', async () => {
    const { lines, logged } = await logging();
    const server = await listen(logged.listener);
    try {
      await post(server, query(DOCUMENT), { 'accept-encoding': 'gzip' });
      await post(server, query(DOCUMENT), { 'accept-encoding': 'gzip' });
    } finally {
      await close(server);
    }
    expect(logged.stats().hits).toBe(1);
    expect(lines).toHaveLength(2);
    const [routed, hit] = lines.map(comparable);
    expect(hit).toMatchObject({ msg: 'request completed', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200, headers: { 'content-encoding': 'gzip' } } });
    expect(hit).toEqual(routed);
  });

  it('logs a POST whose client goes away mid-body, counted from its arrival, with its address', async () => {
    // Sends a part of a declared body, then closes the connection; resolves with the lines logged.
    const abandon = async (listener: http.RequestListener, lines: Record<string, unknown>[]) => {
      const server = await listen(listener);
      const { port } = server.address() as AddressInfo;
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/graphql', headers: { host: 'kubedex.test', ...JSON_TYPE, 'content-length': '200' }, agent: false });
      req.on('error', () => {});
      req.write('{"query":');
      await new Promise((resolve) => setTimeout(resolve, 300));
      req.destroy();
      for (let waited = 0; lines.length === 0 && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      await close(server);
      return lines;
    };
    const uncached = await logging();
    const [routed] = await abandon(uncached.app, uncached.lines);
    const withCache = await logging();
    const lines = await abandon(withCache.logged.listener, withCache.lines);
    expect(lines).toHaveLength(1);
    // Without the cache the router may answer 400 before the close or not: a race of its own. With it the request meets the router as the socket closes.
    expect(lines[0]).toMatchObject({ msg: 'request aborted', res: { statusCode: null } });
    expect(comparable(lines[0] ?? {}).req).toEqual(comparable(routed ?? {}).req);
    expect(comparable(lines[0] ?? {}).req).toMatchObject({ method: 'POST', url: '/graphql', remoteAddress: '127.0.0.1' });
    for (const line of [routed, lines[0]]) expect(line?.responseTime).toBeGreaterThanOrEqual(250);
  });
});
