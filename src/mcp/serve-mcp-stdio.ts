import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { configuredBase } from '../public-base.js';
import { connectMcpServer } from './connect-mcp-server.js';
import { createMcpServer } from './create-mcp-server.js';

/** `kubedex mcp`: the MCP server on stdin/stdout for a local client, over a ready knowledge store. */
export async function serveMcpStdio(options: { store: KnowledgeStore; config: Config; logger: Logger }): Promise<void> {
  const { store, config, logger } = options;
  const server = createMcpServer(store, { baseUrl: configuredBase(config), subscriptions: true });
  const transport = new StdioServerTransport();
  transport.onclose = () => void store.close();
  await connectMcpServer(server, transport);
  logger.info('kubedex MCP server on stdio');
}
