import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * A pool whose results report PostgreSQL's one-byte `"char"` (relkind, contype, ... in the engine's
 * catalog queries) as text: adapter-pg rejects that type, and its text form is already a string.
 */
function catalogFriendlyPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  pool.query = (async (config: pg.QueryConfig) => {
    const result = await query(config);
    for (const field of result.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  }) as typeof pool.query;
  return pool;
}

function adapterFor(connectionString: string) {
  return new PrismaPg(catalogFriendlyPool(connectionString), { disposeExternalPool: true }).connect();
}

/** `url` naming another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * The driver adapter the schema engine uses on PostgreSQL. Its shadow database is a scratch
 * database on the same server, addressed by its own URL (PrismaPg's own shadow keeps the main
 * database when given a connection string) and dropped only after its pool is closed.
 */
export function postgresqlMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => adapterFor(url),
    connectToShadowDb: async () => {
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      const admin = await adapterFor(url);
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await adapterFor(withDatabase(url, database));
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}
