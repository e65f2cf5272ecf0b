import type { Server } from 'node:http';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { McpError, ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DRAINING } from '../../src/app.js';
import { PACKAGE_ROOT, SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { listenOnLoopback } from '../support/listen-on-loopback.js';
import { seededApp } from '../support/seeded-knowledge.js';

const JOB = 'kubedex://resources/workloads/Job';
const POD = 'kubedex://resources/workloads/Pod';
const DEPLOYMENT = 'kubedex://resources/workloads/Deployment';
// The knowledge as changed so far: each change builds on the last, so that it changes only the resources it names.
let current = readSeed(SEED_DIR);
let seeded: Awaited<ReturnType<typeof seededApp>>;
let server: Server;
let url: URL;

/** Re-seeds with the summaries of `names` changed in both languages (a URI without ?lang reads English), as another replica's write would. */
async function changeSummaries(names: string[]): Promise<void> {
  const mark = `（更新 ${Date.now()}）`;
  current = { ...current, resources: current.resources.map((r) => (names.includes(r.name) ? { ...r, text: { ja: { ...r.text.ja, summary: r.text.ja.summary + mark }, en: { ...r.text.en, summary: r.text.en.summary + mark } } } : r)) };
  expect((await applySeed(seeded.db, seeded.target.provider, current)).written).toBeGreaterThan(0);
}

/** A connected client and the URIs of the updates it has been sent so far. */
async function connect(transport: StreamableHTTPClientTransport | StdioClientTransport) {
  const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
  const updates: string[] = [];
  client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => void updates.push(n.params.uri));
  await client.connect(transport);
  return { client, updates };
}

async function eventually(probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!probe()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  seeded = await seededApp();
  let origin: string;
  ({ server, origin } = await listenOnLoopback(seeded.app));
  url = new URL(`${origin}/mcp`);
});

afterAll(async () => {
  // The draining test has closed the server already unless it failed.
  if (server.listening) {
    seeded.app.emit(APP_DRAINING);
    await new Promise((resolve) => server.close(resolve));
  }
  await seeded.close();
});

describe('resources/subscribe over Streamable HTTP', () => {
  it('advertises subscribe and notifies a session of exactly the subscribed resources a new snapshot changed', async () => {
    const { client, updates } = await connect(new StreamableHTTPClientTransport(url));
    try {
      expect(client.getServerCapabilities()?.resources).toMatchObject({ subscribe: true, listChanged: false });
      await client.subscribeResource({ uri: JOB });
      await client.subscribeResource({ uri: POD });
      await client.subscribeResource({ uri: DEPLOYMENT });
      await changeSummaries(['Job', 'Deployment']);
      await seeded.store.refresh();
      await eventually(() => updates.includes(JOB) && updates.includes(DEPLOYMENT));
      expect(updates).not.toContain(POD);

      await client.unsubscribeResource({ uri: JOB });
      updates.length = 0;
      await changeSummaries(['Job', 'Pod']);
      await seeded.store.refresh();
      await eventually(() => updates.includes(POD));
      expect(updates).toEqual([POD]);
    } finally {
      await client.close();
    }
  });

  it('refuses to subscribe to what cannot be read, with the codes resources/read uses', async () => {
    const { client } = await connect(new StreamableHTTPClientTransport(url));
    try {
      const unknown = await client.subscribeResource({ uri: 'kubedex://resources/workloads/NoSuchKind' }).catch((e: unknown) => e);
      expect(unknown).toBeInstanceOf(McpError);
      expect((unknown as McpError).code).toBe(-32002);
      const foreign = await client.subscribeResource({ uri: 'https://example.com/Job' }).catch((e: unknown) => e);
      expect((foreign as McpError).code).toBe(-32602);
    } finally {
      await client.close();
    }
  });

  it("answers a session this replica does not hold statelessly, but refuses to subscribe for it (404)", async () => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', 'Mcp-Session-Id': 'held-by-another-replica' };
    const list = await request(seeded.app).post('/mcp').set(headers).send({ jsonrpc: '2.0', id: 1, method: 'tools/list' }).expect(200);
    expect(list.body.result.tools.length).toBeGreaterThan(0);
    const subscribe = await request(seeded.app).post('/mcp').set(headers).send({ jsonrpc: '2.0', id: 2, method: 'resources/subscribe', params: { uri: JOB } }).expect(404);
    expect(subscribe.body.error.code).toBe(-32001);
    await request(seeded.app).get('/mcp').set(headers).expect(404);
  });

  it('closes a session on DELETE', async () => {
    const transport = new StreamableHTTPClientTransport(url);
    const { client } = await connect(transport);
    const id = transport.sessionId;
    expect(id).toBeTruthy();
    await transport.terminateSession();
    await request(seeded.app).get('/mcp').set({ Accept: 'text/event-stream', 'Mcp-Session-Id': String(id) }).expect(404);
    await client.close();
  });
});

describe('draining', () => {
  it('ends the sessions and their event streams, so that the server can close while a client still listens', async () => {
    const { client, updates } = await connect(new StreamableHTTPClientTransport(url));
    await client.subscribeResource({ uri: POD });
    await changeSummaries(['Pod']);
    await seeded.store.refresh();
    // The notification came over the session's GET stream: it is open now.
    await eventually(() => updates.includes(POD));
    seeded.app.emit(APP_DRAINING);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // As server.ts does while draining: a connection whose answer has finished is closed once idle.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    await expect(Promise.race([closed.then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still open'), 5_000))])).resolves.toBe('closed');
    clearInterval(idle);
    await client.close();
  });
});

describe('resources/subscribe over stdio', () => {
  it('notifies when another writer changes a subscribed resource and the store catches up', async () => {
    const target = seeded.target;
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ['--import', 'tsx', path.join('src', 'cli', 'main.ts'), 'mcp'],
      cwd: PACKAGE_ROOT,
      // On SQLite the poll finds the write; on PostgreSQL the revision notice does.
      env: { ...(process.env as Record<string, string>), DATABASE_URL: target.provider === 'sqlite' ? `file:${target.file}` : target.url, LOG_LEVEL: 'warn', KNOWLEDGE_POLL_MS: target.provider === 'sqlite' ? '200' : '600000', SEED_ON_START: 'never' },
      stderr: 'inherit',
    });
    const { client, updates } = await connect(transport);
    try {
      expect(client.getServerCapabilities()?.resources?.subscribe).toBe(true);
      await client.subscribeResource({ uri: JOB });
      await changeSummaries(['Job']);
      await eventually(() => updates.includes(JOB), 15_000);
    } finally {
      await client.close();
    }
  }, 120_000);
});
