import { afterEach, describe, expect, it } from 'vitest';
import { migrateIfPending, pendingMigrations } from '../../src/db/migrate-if-pending.js';
import { readMigrationsList } from '../../src/db/schema-engine/migrations-list.js';
import { prismaPaths } from '../../src/db/schema-engine/prisma-paths.js';
import { createEmptyDatabase, TEST_PROVIDER } from '../support/test-database.js';

const committed = () => readMigrationsList(prismaPaths(TEST_PROVIDER).migrationsDir).migrationDirectories.map((folder) => folder.path);

describe('migrateIfPending', () => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await drop?.();
    drop = undefined;
  });

  it('finds every committed migration pending on a new database, applies them, and then finds none', async () => {
    const database = await createEmptyDatabase();
    drop = database.drop;
    expect(committed().length).toBeGreaterThan(0);
    expect(await pendingMigrations(database.target)).toEqual(committed());
    expect(await migrateIfPending(database.target)).toEqual(committed());
    expect(await pendingMigrations(database.target)).toEqual([]);
    const said: string[] = [];
    expect(await migrateIfPending(database.target, { info: (message) => said.push(message) })).toEqual([]);
    expect(said).toEqual(['database schema is up to date']);
  });
});
