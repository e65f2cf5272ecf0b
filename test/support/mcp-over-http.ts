import type { Server } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll } from 'vitest';
import { listenOnLoopback } from './listen-on-loopback.js';
import { seededApp } from './seeded-knowledge.js';

/** A seeded app listening on loopback and an MCP SDK client connected to its /mcp, for one test file. */
export function useMcpOverHttp() {
  const holder = {} as { seeded: Awaited<ReturnType<typeof seededApp>>; client: Client };
  let server: Server | undefined;
  beforeAll(async () => {
    holder.seeded = await seededApp();
    const listening = await listenOnLoopback(holder.seeded.app);
    server = listening.server;
    holder.client = new Client({ name: 'kubedex-test', version: '1.0.0' });
    await holder.client.connect(new StreamableHTTPClientTransport(new URL(`${listening.origin}/mcp`)));
  });
  afterAll(async () => {
    await holder.client?.close();
    if (server) await new Promise((resolve) => server?.close(resolve));
    await holder.seeded?.close();
  });
  return holder;
}
