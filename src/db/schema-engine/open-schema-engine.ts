import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type { DatabaseTarget } from '../database-target.js';
import { loadSchemaEngine } from './load-schema-engine.js';
import { tolerateMissingMigrationsTable } from './missing-migrations-table.js';
import { postgresqlMigrationAdapter } from './postgresql-migration-adapter.js';
import { sqliteMigrationAdapter } from './sqlite-migration-adapter.js';

/** Prisma's schema engine (Wasm) on one database, and how to let go of its connections. */
export interface SchemaEngineSession {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Opens the Wasm schema engine on `target`; `log` receives the engine's JSON log lines. */
export async function openSchemaEngine(
  target: DatabaseTarget,
  options: { datamodels?: [path: string, content: string][]; log?: (line: string) => void } = {},
): Promise<SchemaEngineSession> {
  const factory =
    target.provider === 'sqlite' ? sqliteMigrationAdapter(target.file) : postgresqlMigrationAdapter(target.url);
  // The engine does not dispose the main connection itself; a live pg pool would keep the process up.
  const connections: SqlDriverAdapter[] = [];
  let connectError: unknown;
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    ...factory,
    connect: async () => {
      try {
        const adapter = tolerateMissingMigrationsTable(await factory.connect());
        connections.push(adapter);
        return adapter;
      } catch (error) {
        connectError = error;
        throw error;
      }
    },
  };
  const SchemaEngine = await loadSchemaEngine();
  // The engine calls the adapter through the Result-returning wrapper Prisma's runtime uses.
  const engine = await SchemaEngine.new(
    { datamodels: options.datamodels },
    options.log ?? (() => {}),
    bindMigrationAwareSqlAdapterFactory(tracked),
  ).catch((error: unknown) => {
    // The engine reports a failed connect as "External error id#0"; the driver's error says why.
    throw connectError ?? error;
  });
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connections.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
