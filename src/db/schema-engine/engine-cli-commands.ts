import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../database-target.js';
import { createPostgresqlDatabase, databaseName, dropPostgresqlDatabase } from './postgresql-databases.js';

/** A user-facing engine error: Prisma error code and message. */
class EngineCliError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

async function assertDatabaseExists(target: DatabaseTarget): Promise<void> {
  if (target.provider === 'sqlite') {
    if (!fs.existsSync(target.file)) throw new EngineCliError('P1003', `Database ${path.basename(target.file)} does not exist at ${target.file}`);
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  try {
    await client.connect();
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === '3D000') throw new EngineCliError('P1003', `Database \`${databaseName(target.url)}\` does not exist`);
    throw new EngineCliError('P1001', `Can't reach database server: ${message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

const COMMANDS: Record<string, (target: DatabaseTarget) => Promise<void>> = {
  'can-connect-to-database': assertDatabaseExists,
  'create-database': async (target) => {
    if (target.provider === 'postgresql') return createPostgresqlDatabase(target.url);
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    fs.closeSync(fs.openSync(target.file, 'a'));
  },
  'drop-database': async (target) => {
    if (target.provider === 'postgresql') return dropPostgresqlDatabase(target.url);
    fs.rmSync(target.file, { force: true });
  },
};

/**
 * `schema-engine cli <command>`, which the Prisma CLI runs to check for, create and drop the
 * database. It reads failures from stderr: a first line it skips, then JSON log lines.
 */
export async function runEngineCliCommand(target: DatabaseTarget, command: string): Promise<number> {
  try {
    const run = COMMANDS[command];
    if (!run) throw new EngineCliError('P1000', `unknown schema engine cli command "${command}"`);
    await run(target);
    return 0;
  } catch (error) {
    const fields =
      error instanceof EngineCliError
        ? { error_code: error.errorCode, message: error.message }
        : { message: String((error as Error).message) };
    process.stderr.write(`schema-engine cli ${command} failed\n`);
    process.stderr.write(`${JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields })}\n`);
    return 1;
  }
}
