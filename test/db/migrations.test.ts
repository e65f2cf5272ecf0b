import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../src/db/database-target.js';
import { migrateDatabase } from '../../src/db/migrate-database.js';
import { openSchemaEngine } from '../../src/db/schema-engine/open-schema-engine.js';
import { prismaPaths } from '../../src/db/schema-engine/prisma-paths.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { createEmptyDatabase } from '../support/test-database.js';

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  applied_steps_count: number;
}

const ROWS_SQL =
  'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name';

async function migrationRows(target: DatabaseTarget): Promise<MigrationRow[]> {
  if (target.provider === 'sqlite') {
    const db = new Database(target.file, { readonly: true });
    try {
      return db.prepare(ROWS_SQL).all() as MigrationRow[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return (await client.query<MigrationRow>(ROWS_SQL)).rows;
  } finally {
    await client.end();
  }
}

/** Prisma's own diff from the live database to the schema: exit code 0 and an empty script mean no drift. */
async function driftFromSchema(target: DatabaseTarget) {
  const { schemaFile } = prismaPaths(target.provider);
  const files = [{ path: schemaFile, content: fs.readFileSync(schemaFile, 'utf8') }];
  const session = await openSchemaEngine(target);
  try {
    return await session.engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: PACKAGE_ROOT },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
  } finally {
    await session.close();
  }
}

function databaseUrl(target: DatabaseTarget): string {
  return target.provider === 'sqlite' ? `file:${target.file}` : target.url;
}

/** Runs the Prisma CLI as a developer would, through bin/prisma.mjs (the Wasm shim when offline). */
function prisma(target: DatabaseTarget, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin/prisma.mjs'), ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl(target) },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe.each(['sqlite', 'postgresql'] as const)('migrateDatabase on %s', (provider) => {
  const { migrationsDir } = prismaPaths(provider);
  const committed = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it('migrates a fresh database from zero, with no drift from the schema, and twice is a no-op', async () => {
    const database = await createEmptyDatabase(provider);
    try {
      expect((await driftFromSchema(database.target)).exitCode, 'an empty database differs from the schema').toBe(2);

      const started = performance.now();
      expect(await migrateDatabase(database.target)).toEqual(committed);
      console.info(`${provider}: migrated from zero in ${Math.round(performance.now() - started)} ms`);

      const rows = await migrationRows(database.target);
      expect(rows.map((row) => row.migration_name)).toEqual(committed);
      for (const row of rows) {
        const script = fs.readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'));
        expect(row.checksum).toBe(createHash('sha256').update(script).digest('hex'));
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
        expect(Number(row.applied_steps_count)).toBe(1);
      }

      const drift = await driftFromSchema(database.target);
      expect(drift.exitCode, drift.stdout ?? '').toBe(0);
      expect(drift.stdout).toBe('-- This is an empty migration.\n');

      expect(await migrateDatabase(database.target)).toEqual([]);
      expect(await migrationRows(database.target)).toEqual(rows);
    } finally {
      await database.drop();
    }
  });

  it('finds the migrations whatever the working directory', async () => {
    const database = await createEmptyDatabase(provider);
    const cwd = process.cwd();
    try {
      process.chdir(os.tmpdir());
      expect(await migrateDatabase(database.target)).toEqual(committed);
    } finally {
      process.chdir(cwd);
      await database.drop();
    }
  });

  it('is what `prisma migrate status` and `prisma migrate diff --exit-code` call up to date', async () => {
    const database = await createEmptyDatabase(provider);
    try {
      await migrateDatabase(database.target);
      const status = prisma(database.target, 'migrate', 'status');
      expect(status.status, status.stdout + status.stderr).toBe(0);
      expect(status.stdout).toContain('Database schema is up to date!');

      const diff = prisma(
        database.target,
        'migrate',
        'diff',
        '--from-config-datasource',
        '--to-schema',
        `prisma/${provider}/schema.prisma`,
        '--exit-code',
      );
      expect(diff.status, diff.stdout + diff.stderr).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
