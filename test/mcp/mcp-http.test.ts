import type { Server } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../support/listen-on-loopback.js';
import { seededApp } from '../support/seeded-knowledge.js';
import { checkKubedexMcp } from './mcp-client-checks.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
let server: Server;
let url: URL;
beforeAll(async () => {
  seeded = await seededApp();
  let origin: string;
  ({ server, origin } = await listenOnLoopback(seeded.app));
  url = new URL(`${origin}/mcp`);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await seeded.close();
});

describe('MCP over Streamable HTTP at /mcp', () => {
  it('serves the tools and resources to the SDK client', async () => {
    const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url));
    try {
      await checkKubedexMcp(client);
    } finally {
      await client.close();
    }
  });

  it('answers GET with 405, as a stateless server', async () => {
    const res = await request(seeded.app).get('/mcp').expect(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('grants a browser client its preflight for POST with the MCP headers', async () => {
    const res = await request(seeded.app)
      .options('/mcp')
      .set('Origin', 'https://chat.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type, mcp-protocol-version')
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toBe('POST');
    expect(res.headers['access-control-allow-headers']).toMatch(/Mcp-Protocol-Version/);
  });

  it('answers a body that is not JSON with a JSON-RPC parse error', async () => {
    const res = await request(seeded.app).post('/mcp').set('Content-Type', 'application/json').set('Accept', 'application/json, text/event-stream').send('{"jsonrpc": "2.0",').expect(400);
    expect(res.body).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: body is not JSON' } });
  });

  it('answers a read of a resource that does not exist with MCP\'s resource-not-found code', async () => {
    const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url));
    try {
      await expect(client.readResource({ uri: 'kubedex://resources/workloads/Nothing' })).rejects.toMatchObject({ code: -32002 });
    } finally {
      await client.close();
    }
  });

  it.each(['kubedex://resources/%FF/%FF', 'kubedex://resources/workloads/%E0%A4%A', 'not a uri', 'https://example.com/x', 'kubedex://other/thing', `kubedex://resources/workloads/${'x'.repeat(5000)}`])(
    'answers a read of %s, a client mistake, with invalid params (-32602), never internal error',
    async (uri) => {
      const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(url));
      try {
        const error = await client.readResource({ uri }).then(() => null, (e: { code: number; message: string }) => e);
        expect(error?.code).toBe(-32602);
        expect(error?.message).not.toMatch(/MCP error.*MCP error/);
      } finally {
        await client.close();
      }
    },
  );

  it('says each error code once in the message a client shows', async () => {
    const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url));
    try {
      const notFound = await client.readResource({ uri: 'kubedex://resources/workloads/Nothing' }).then(() => null, (e: Error) => e);
      expect(notFound?.message).toMatch(/^MCP error -32002: No resource named "Nothing"/);
      expect(notFound?.message).not.toMatch(/MCP error.*MCP error/);
      const noPrompt = await client.getPrompt({ name: 'nothing' }).then(() => null, (e: Error) => e);
      expect(noPrompt?.message).not.toMatch(/MCP error.*MCP error/);
    } finally {
      await client.close();
    }
  });

  it('reads a resource addressed by a percent-encoded Japanese category alias', async () => {
    const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url));
    try {
      const read = await client.readResource({ uri: `kubedex://resources/${encodeURIComponent('ワークロード')}/ds` });
      expect((read.contents[0] as { text: string }).text).toMatch(/^# DaemonSet/);
    } finally {
      await client.close();
    }
  });

  it.each([
    ['list_category', { category: 'x'.repeat(800_000) }],
    ['get_resource', { name: 'x'.repeat(10_000) }],
    ['get_resource', { name: 'Pod', category: 'x'.repeat(10_000) }],
    ['search_resources', { q: 'pod', category: 'x'.repeat(10_000) }],
    ['search_resources', { q: 'x'.repeat(10_000) }],
    ['ask', { q: 'x'.repeat(10_000) }],
    ['compare_resources', { names: Array.from({ length: 1_000 }, () => 'Pod') }],
    ['compare_resources', { names: ['Pod', 'x'.repeat(10_000)] }],
  ])('refuses an oversized %s argument before doing any work, without echoing it', async (tool, args) => {
    const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url));
    try {
      const result = await client.callTool({ name: tool, arguments: args });
      expect(result.isError).toBe(true);
      expect(JSON.stringify(result).length).toBeLessThan(2_000);
    } finally {
      await client.close();
    }
  });

  const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } };
  const post = (app: typeof seeded.app, headers: Record<string, string>) => {
    let req = request(app).post('/mcp').set('Content-Type', 'application/json').set('Accept', 'application/json, text/event-stream');
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    return req.send(initialize);
  };

  it.each([
    [{ Host: 'rebind.attacker.example', Origin: 'http://rebind.attacker.example' }],
    [{ Host: 'rebind.attacker.example' }],
    [{ Origin: 'null' }],
    [{ Origin: 'file://' }],
  ])('refuses %j with 403 (DNS-rebinding protection)', async (headers) => {
    const res = await post(seeded.app, headers).expect(403);
    expect(res.body.error.code).toBe(-32000);
  });

  it.each([[{}], [{ Origin: 'http://localhost:3000' }], [{ Host: 'localhost:8080', Origin: 'http://localhost:8080' }], [{ Host: '[::1]:3000' }]])('answers a local client %j', async (headers) => {
    const res = await post(seeded.app, headers).expect(200);
    expect(res.body.result.serverInfo.name).toBe('kubedex');
  });
});

describe('MCP over HTTP behind configured hosts and origins', () => {
  let configured: Awaited<ReturnType<typeof seededApp>>;
  beforeAll(async () => {
    configured = await seededApp({ MCP_ALLOWED_HOSTS: 'kubedex.internal', PUBLIC_URL: 'https://kubedex.example.com', CORS_ORIGINS: 'https://explorer.example.com' });
  });
  afterAll(() => configured.close());
  const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } };
  const post = (headers: Record<string, string>) => {
    let req = request(configured.app).post('/mcp').set('Content-Type', 'application/json').set('Accept', 'application/json, text/event-stream');
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    return req.send(initialize);
  };

  it('answers under MCP_ALLOWED_HOSTS and the host of PUBLIC_URL, from a CORS origin', async () => {
    await post({ Host: 'kubedex.internal' }).expect(200);
    await post({ Host: 'kubedex.example.com', Origin: 'https://explorer.example.com' }).expect(200);
    await post({ Host: 'kubedex.example.com', Origin: 'https://kubedex.example.com' }).expect(200);
  });

  it('refuses other hosts and origins, the local defaults included once hosts are configured', async () => {
    await post({ Host: 'localhost' }).expect(403);
    await post({ Host: 'kubedex.example.com', Origin: 'https://other.example.com' }).expect(403);
  });
});

