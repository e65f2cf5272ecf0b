import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restRoutes } from '../../src/rest/rest-routes.js';
import { seededApp } from '../support/seeded-knowledge.js';

let app: Awaited<ReturnType<typeof seededApp>>;
let server: http.Server;
let port: number;
beforeAll(async () => {
  app = await seededApp();
  server = app.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await app.close();
});

// Values a careless or hostile client sends: empty, broken escapes, traversal, huge, control and astral characters, prototype keys, numbers out of range.
const HOSTILE = ['', '%', '%FF', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', 'a'.repeat(3000), '%3Cscript%3E', '%00', encodeURIComponent('𠮷'.repeat(200)), "'%20OR%201=1", '__proto__', 'constructor', '%5B%5D', '-1', '1e309', 'NaN', 'true', '0', '99999999999', encodeURIComponent('ワークロード')];
const HEADERS: Record<string, string>[] = [
  {},
  { accept: 'application/xml' },
  { accept: '*/*;q=0' },
  { 'accept-language': 'ja;q=0, *;q=0' },
  { 'accept-language': 'x'.repeat(2000) },
  { 'if-none-match': '"' + 'z'.repeat(500) },
  { 'accept-encoding': 'br;q=2, gzip;q=nope' },
  { 'x-forwarded-proto': 'javascript:alert(1)//' },
  { host: 'bad host/](x)' },
  { 'content-type': 'application/json' },
];
const GRAPHQL_BODIES = [
  '{',
  '[]',
  'null',
  '{"query":123}',
  '{"query":"{"}',
  '{"query":"{ resource(name: 1) { name } }"}',
  '{"query":"{ nodes(ids: [\\"nope\\", \\"Foo:1\\", \\"__proto__:x\\"]) { id } }"}',
  '{"query":"{ resource(name: \\"Pod\\") { ' + 'relations { to { '.repeat(30) + 'name' + ' } }'.repeat(30) + ' } }"}',
  '{"query":"query($n: Int) { resources(first: $n) { totalCount } }","variables":{"n":"many"}}',
  '{"query":"{ __schema { types { name } } }","operationName":{}}',
  '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"' + 'f'.repeat(64) + '"}}}',
  JSON.stringify({ query: '{ search(q: "' + '永'.repeat(400) + '") { resource { name } } }' }),
];
const MCP_BODIES = [
  '{',
  '[]',
  '{"jsonrpc":"2.0"}',
  '{"jsonrpc":"2.0","id":1,"method":"nope"}',
  '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_resource","arguments":{"name":""}}}',
  '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_category","arguments":{"category":"' + 'x'.repeat(5000) + '"}}}',
  '{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"kubedex://resources/%FF/%FF"}}',
  '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search_resources","arguments":{"q":123}}}',
  '{"jsonrpc":"2.0","id":{},"method":"tools/list"}',
];

interface Shot {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Every REST path with hostile segments and parameters, and malformed GraphQL and MCP requests: at least 2,000. */
function barrage(): Shot[] {
  const shots: Shot[] = [];
  let i = 0;
  const next = <T>(list: readonly T[]) => list[i++ % list.length]!;
  for (const route of restRoutes) {
    const params = Object.keys(route.query?.shape ?? {});
    for (const value of HOSTILE) {
      const path = route.path.replace(/\{\w+\}/g, () => next(HOSTILE) || 'x');
      const param = params.length ? next(params) : 'unknown';
      shots.push({ method: 'GET', path: `${path}?${param}=${value}`, headers: next(HEADERS) });
      shots.push({ method: next(['POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']), path: `${route.path.replace(/\{\w+\}/g, value || 'x')}?${param}=${value}&${param}=${next(HOSTILE)}`, headers: next(HEADERS), body: next(['', '{"a":1}', 'x'.repeat(100)]) });
      shots.push({ method: 'GET', path: `${route.path.replace(/\{\w+\}/g, 'workloads')}?lang=${value}&limit=${next(HOSTILE)}&cursor=${next(HOSTILE)}`, headers: next(HEADERS) });
    }
  }
  for (let n = 0; n < 25; n++)
    for (const body of GRAPHQL_BODIES) {
      shots.push({ method: 'POST', path: '/graphql', headers: { 'content-type': next(['application/json', 'text/plain', 'application/graphql-response+json']), ...next(HEADERS) }, body });
      shots.push({ method: 'GET', path: `/graphql?query=${encodeURIComponent(JSON.parse(body.startsWith('{"') ? body : '{"query":"{"}').query ?? '{')}&variables=${next(HOSTILE)}`, headers: { 'apollo-require-preflight': 'true' } });
    }
  for (let n = 0; n < 25; n++)
    for (const body of MCP_BODIES) shots.push({ method: next(['POST', 'POST', 'GET', 'DELETE']), path: '/mcp', headers: { 'content-type': 'application/json', accept: next(['application/json, text/event-stream', 'text/html', '']), ...next(HEADERS) }, body });
  return shots;
}

function send(shot: Shot): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...shot.headers };
    for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
    if (shot.body !== undefined) headers['content-length'] = Buffer.byteLength(shot.body);
    const req = http.request({ host: '127.0.0.1', port, method: shot.method, path: shot.path, headers, agent: false }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject);
    req.end(shot.body);
  });
}

describe('a barrage of malformed and hostile requests', () => {
  it('gets no 5xx on any surface, and the server stays up', async () => {
    const shots = barrage();
    expect(shots.length).toBeGreaterThanOrEqual(2_000);
    const failures: string[] = [];
    let cursor = 0;
    const worker = async () => {
      while (cursor < shots.length) {
        const shot = shots[cursor++]!;
        const status = await send(shot);
        if (status >= 500 || status === 0) failures.push(`${status} ${shot.method} ${shot.path.slice(0, 120)} ${shot.body?.slice(0, 80) ?? ''}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures.slice(0, 20)).toEqual([]);
    expect(await send({ method: 'GET', path: '/healthz', headers: {} })).toBe(200);
  }, 120_000);
});
