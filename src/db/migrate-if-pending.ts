import fs from 'node:fs';
import { createPrismaClient } from './create-prisma-client.js';
import type { DatabaseTarget } from './database-target.js';
import type { MigrationLogger } from './migrate-database.js';
import { prismaPaths } from './schema-engine/prisma-paths.js';

/**
 * The committed migrations of the target's provider that `_prisma_migrations` does not record as
 * finished. A database without that table (a new one) lacks them all; so does one that cannot be
 * read, which leaves the schema engine to say why.
 */
export async function pendingMigrations(target: DatabaseTarget): Promise<string[]> {
  const { migrationsDir } = prismaPaths(target.provider);
  const committed = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    : [];
  const db = createPrismaClient(target);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return committed.filter((name) => !applied.has(name));
  } catch {
    return committed;
  } finally {
    await db.$disconnect();
  }
}

/**
 * Applies pending migrations, loading Prisma's schema engine (a 5 MB Wasm module and its
 * bindings) only when there is one: a server restarting on an up-to-date database never loads it.
 */
export async function migrateIfPending(target: DatabaseTarget, logger?: MigrationLogger): Promise<string[]> {
  if ((await pendingMigrations(target)).length === 0) {
    logger?.info('database schema is up to date');
    return [];
  }
  const { migrateDatabase } = await import('./migrate-database.js');
  return migrateDatabase(target, logger);
}
