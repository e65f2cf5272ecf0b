import { isDriverAdapterError } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/**
 * Answers reads of `_prisma_migrations` on a database that has none yet with no rows. The native
 * engine checks for the table first; the Wasm engine reads it straight away and fails with P1014.
 */
export function tolerateMissingMigrationsTable(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      const missingTable = isDriverAdapterError(error) && error.cause.kind === 'TableDoesNotExist';
      if (!missingTable || !query.sql.includes('_prisma_migrations')) throw error;
      return { columnNames: [], columnTypes: [], rows: [] };
    }
  };
  return adapter;
}
