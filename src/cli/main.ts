#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createPrismaClient } from '../db/create-prisma-client.js';
import { parseDatabaseUrl } from '../db/database-target.js';
import { migrateDatabase } from '../db/migrate-database.js';
import { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { createLogger } from '../logger.js';
import { serveMcpStdio } from '../mcp/serve-mcp-stdio.js';
import { SEED_DIR } from '../package-root.js';
import { serve } from '../server.js';
import { applySeed } from '../seed/apply-seed.js';
import { readSeed } from '../seed/read-seed.js';

const USAGE = `kubedex <command>

  serve      migrate, seed an empty database, and serve HTTP (default)
  migrate    apply the committed migrations to DATABASE_URL
  seed       upsert the knowledge in seed/ (never deletes)
  mcp        serve MCP (Model Context Protocol) on stdin/stdout`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  const command = positionals[0] ?? 'serve';
  if (values.help) return void console.log(USAGE);
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const target = parseDatabaseUrl(config.DATABASE_URL);

  switch (command) {
    case 'migrate':
      await migrateDatabase(target, logger);
      return;
    case 'seed': {
      const store = new KnowledgeStore(createPrismaClient(target), logger);
      const report = await applySeed(store.db, readSeed(SEED_DIR));
      logger.info(report, report.written > 0 ? 'seed applied' : 'seed already up to date');
      await store.close();
      return;
    }
    case 'serve': {
      await migrateDatabase(target, logger);
      const store = new KnowledgeStore(createPrismaClient(target), logger);
      const snapshot = await store.reload();
      const empty = snapshot.counts().resources === 0;
      if (config.SEED_ON_START === 'always' || (config.SEED_ON_START === 'auto' && empty)) {
        const report = await applySeed(store.db, readSeed(SEED_DIR));
        logger.info(report, 'seeded');
        await store.reload();
      }
      await serve({ store, config, logger });
      return;
    }
    case 'mcp':
      await serveMcpStdio({ target, config });
      return;
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
