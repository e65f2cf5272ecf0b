import { AppError } from '../errors.js';
import type { DatabaseTarget } from './database-target.js';
import { readMigrationsList } from './schema-engine/migrations-list.js';
import { openSchemaEngine } from './schema-engine/open-schema-engine.js';
import { prismaPaths } from './schema-engine/prisma-paths.js';

/** Where migrateDatabase reports what it applied (a pino logger fits). */
export interface MigrationLogger {
  info(message: string): void;
}

/**
 * Applies the committed migrations of the target's provider that the database lacks, recording
 * them in `_prisma_migrations` as `prisma migrate deploy` does (same engine, in process: no CLI).
 * Returns the names applied; an up-to-date database gets none.
 */
export async function migrateDatabase(target: DatabaseTarget, logger?: MigrationLogger): Promise<string[]> {
  const migrationsList = readMigrationsList(prismaPaths(target.provider).migrationsDir);
  let session;
  try {
    session = await openSchemaEngine(target);
  } catch (cause) {
    throw new AppError('DATABASE_UNAVAILABLE', { message: `cannot open the ${target.provider} database`, cause });
  }
  try {
    const { appliedMigrationNames } = await session.engine.applyMigrations({
      migrationsList,
      filters: { externalTables: [], externalEnums: [] },
    });
    logger?.info(
      appliedMigrationNames.length
        ? `applied migrations: ${appliedMigrationNames.join(', ')}`
        : 'database schema is up to date',
    );
    return appliedMigrationNames;
  } catch (cause) {
    throw new AppError('MIGRATION_FAILED', { message: `migrating the ${target.provider} database failed: ${String((cause as Error).message)}`, cause });
  } finally {
    await session.close();
  }
}
