import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** Lets the engine run a whole migration script through executeRaw, which better-sqlite3 limits to one statement. */
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/i.test(String((error as Error).message))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/** The driver adapter the schema engine uses on a SQLite file; its shadow database lives in memory. */
export function sqliteMigrationAdapter(file: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url: file });
  const shadow = new PrismaBetterSqlite3({ url: ':memory:' });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      return acceptScripts(await factory.connect());
    },
    connectToShadowDb: async () => acceptScripts(await shadow.connect()),
  };
}
