import type { Server } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll } from 'vitest';
import { seededApp } from './seeded-knowledge.js';

/** A seeded app listening on loopback and an MCP SDK client connected to its /mcp, for one test file. */
export function useMcpOverHttp() {
  const holder = {} as { seeded: Awaited<ReturnType<typeof seededApp>>; client: Client };
  let server: Server | undefined;
  beforeAll(async () => {
    holder.seeded = await seededApp();
    const listening = holder.seeded.app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise<void>((resolve) => listening.once('listening', resolve));
    const address = listening.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    holder.client = new Client({ name: 'kubedex-test', version: '1.0.0' });
    await holder.client.connect(new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${address.port}/mcp`)));
  });
  afterAll(async () => {
    await holder.client?.close();
    if (server) await new Promise((resolve) => server?.close(resolve));
    await holder.seeded?.close();
  });
  return holder;
}
