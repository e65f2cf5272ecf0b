import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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

  it('instantiates the schema engine (Wasm) only when a migration is pending', async () => {
    const database = await createEmptyDatabase();
    drop = database.drop;
    // The schema engine's module, told by its size from the other Wasm modules Prisma's client instantiates.
    const engineBytes = fs.statSync(path.join(path.dirname(createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm')).size;
    // A fresh process per check: the engine, once loaded, stays loaded.
    const instantiations = () => {
      const script = `let n = 0; const original = WebAssembly.instantiate;
        WebAssembly.instantiate = (bytes, ...rest) => (bytes?.byteLength === ${engineBytes} && n++, original(bytes, ...rest));
        const { migrateIfPending } = await import(${JSON.stringify(path.resolve('src/db/migrate-if-pending.ts'))});
        await migrateIfPending(${JSON.stringify(database.target)}); console.log(n);`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: process.env });
      expect(run.status, run.stderr).toBe(0);
      return Number(run.stdout.trim().split('\n').at(-1));
    };
    expect(instantiations()).toBe(1);
    expect(instantiations()).toBe(0);
  });
});
