import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { pino } from 'pino';
import type { Config } from '../config.js';
import { createPrismaClient } from '../db/create-prisma-client.js';
import type { DatabaseTarget } from '../db/database-target.js';
import { migrateDatabase } from '../db/migrate-database.js';
import { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { SEED_DIR } from '../package-root.js';
import { applySeed } from '../seed/apply-seed.js';
import { readSeed } from '../seed/read-seed.js';
import { createMcpServer } from './create-mcp-server.js';

/**
 * `kubedex mcp`: the MCP server on stdin/stdout for a local client. Prepares the database like
 * `serve` (migrate, seed when empty per SEED_ON_START) and logs to stderr, because stdout carries
 * the protocol.
 */
export async function serveMcpStdio(options: { target: DatabaseTarget; config: Config }): Promise<void> {
  const { target, config } = options;
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'kubedex-mcp' } }, pino.destination(2));
  await migrateDatabase(target, logger);
  const store = new KnowledgeStore(createPrismaClient(target), logger);
  const snapshot = await store.reload();
  if (config.SEED_ON_START === 'always' || (config.SEED_ON_START === 'auto' && snapshot.counts().resources === 0)) {
    logger.info(await applySeed(store.db, readSeed(SEED_DIR)), 'seeded');
    await store.reload();
  }
  if (config.KNOWLEDGE_POLL_MS > 0) store.watch(config.KNOWLEDGE_POLL_MS);
  const server = createMcpServer(store, { baseUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` });
  const transport = new StdioServerTransport();
  transport.onclose = () => void store.close();
  await server.connect(transport);
  logger.info('kubedex MCP server on stdio');
}
