// `npm run db:migration -- --name <name>`: writes the next migration for SQLite and PostgreSQL from
// prisma/sqlite/schema.prisma (the PostgreSQL schema is regenerated first). Each engine replays the
// committed migrations into a shadow database and diffs it with the schema: SQLite in memory,
// PostgreSQL in scratch databases on KUBEDEX_MIGRATION_SERVER_URL
// (default postgresql://postgres@127.0.0.1:5432/postgres), dropped afterwards. No database is changed.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { DatabaseTarget } from '../src/db/database-target.js';
import { readMigrationsList, writeMigration } from '../src/db/schema-engine/migrations-list.js';
import { openSchemaEngine } from '../src/db/schema-engine/open-schema-engine.js';
import { createScratchDatabase } from '../src/db/schema-engine/postgresql-databases.js';
import { prismaPaths } from '../src/db/schema-engine/prisma-paths.js';
import { POSTGRESQL_SCHEMA_FILE, SQLITE_SCHEMA_FILE, renderPostgresqlSchema } from './generate-postgresql-schema.js';

const SERVER_URL = process.env.KUBEDEX_MIGRATION_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The migration script for the schema of `target`'s provider, or null when nothing changed. */
async function nextMigration(target: DatabaseTarget, name: string) {
  const { schemaFile, migrationsDir } = prismaPaths(target.provider);
  const migrationsList = readMigrationsList(migrationsDir);
  const filters = { externalTables: [], externalEnums: [] };
  const session = await openSchemaEngine(target);
  try {
    // The target is a scratch database: bring it up to date as `migrate dev` would, then let
    // devDiagnostic replay the migrations into the shadow database. createMigration needs the schema
    // it caches: the Wasm engine's createMigration cannot open a shadow database itself.
    await session.engine.applyMigrations({ migrationsList, filters });
    await session.engine.devDiagnostic({ migrationsList, filters });
    const schema = { files: [{ path: schemaFile, content: fs.readFileSync(schemaFile, 'utf8') }] };
    return await session.engine.createMigration({ draft: false, migrationName: name, migrationsList, schema, filters });
  } finally {
    await session.close();
  }
}

const { values } = parseArgs({ options: { name: { type: 'string' } } });
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error('usage: npm run db:migration -- --name <snake_case_name>');
  process.exit(2);
}

fs.writeFileSync(POSTGRESQL_SCHEMA_FILE, renderPostgresqlSchema(fs.readFileSync(SQLITE_SCHEMA_FILE, 'utf8')));
const sqlite = await nextMigration({ provider: 'sqlite', file: ':memory:' }, values.name);
const scratch = await createScratchDatabase(SERVER_URL, 'kubedex_migration');
const postgresql = await nextMigration({ provider: 'postgresql', url: scratch.url }, values.name).finally(scratch.drop);

// One folder name for both providers, so the two histories read alike.
const folder = sqlite.generatedMigrationName;
for (const [provider, output] of [['sqlite', sqlite], ['postgresql', postgresql]] as const) {
  if (output.migrationScript === null) {
    console.log(`${provider}: schema unchanged, no migration`);
    continue;
  }
  writeMigration(prismaPaths(provider).migrationsDir, folder, output.migrationScript, output.connectorType);
  console.log(`${provider}: prisma/${provider}/migrations/${folder}/migration.sql`);
}
