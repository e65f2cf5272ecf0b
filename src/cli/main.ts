#!/usr/bin/env node
import './wasm-tiering.js';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createPrismaClient } from '../db/create-prisma-client.js';
import { parseDatabaseUrl } from '../db/database-target.js';
import { migrateIfPending } from '../db/migrate-if-pending.js';
import { createLogger } from '../logger.js';
import { SEED_DIR } from '../package-root.js';
import { serve } from '../server.js';
import { applySeed } from '../seed/apply-seed.js';
import { readSeed } from '../seed/read-seed.js';
import { openKnowledge } from './open-knowledge.js';

const USAGE = `kubedex <command>

  serve      migrate, seed an empty database, and serve HTTP (default)
  migrate    apply the committed migrations to DATABASE_URL
  seed       migrate, then upsert the knowledge in seed/ (never deletes); records edited
             through the API are kept and reported (--force: the files win)
  mcp        serve MCP (Model Context Protocol) on stdin/stdout
  token create --name <name> --scope write|admin
             create an API token and print it (alone, once) on stdout
  token list     list tokens: name, scope, created, last used, revoked
  token revoke <name>
             revoke a token`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, name: { type: 'string' }, scope: { type: 'string' }, force: { type: 'boolean' } } });
  const command = positionals[0] ?? 'serve';
  if (values.help) return void console.log(USAGE);
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const target = parseDatabaseUrl(config.DATABASE_URL);

  switch (command) {
    case 'migrate':
      await migrateIfPending(target, logger);
      return;
    case 'seed': {
      const seed = readSeed(SEED_DIR);
      await migrateIfPending(target, logger);
      const db = createPrismaClient(target);
      const report = await applySeed(db, target.provider, seed, { force: values.force ?? false });
      for (const conflict of report.conflicts)
        logger.warn(conflict, values.force ? 'seed file replaced a record edited through the API (--force)' : 'kept a record edited through the API; `kubedex seed --force` lets the file win');
      logger.info({ written: report.written, revision: report.revision, conflicts: report.conflicts.length }, report.written > 0 ? 'seed applied' : 'seed already up to date');
      await db.$disconnect();
      return;
    }
    case 'serve':
      await serve({ store: await openKnowledge({ target, config, logger }), config, logger });
      return;
    case 'token': {
      // stdout carries the token alone: logs go to stderr.
      const { tokenCommand } = await import('./token-command.js');
      await tokenCommand({ target, logger: createLogger(config.LOG_LEVEL, 2), args: positionals.slice(1), name: values.name, scope: values.scope });
      return;
    }
    case 'mcp': {
      // stdout carries the protocol: logs go to stderr.
      const stderrLogger = createLogger(config.LOG_LEVEL, 2);
      // Imported here, as `token` is: `serve` loads neither (the MCP SDK only on a first request to /mcp).
      const { serveMcpStdio } = await import('../mcp/serve-mcp-stdio.js');
      await serveMcpStdio({ store: await openKnowledge({ target, config, logger: stderrLogger }), config, logger: stderrLogger });
      return;
    }
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
