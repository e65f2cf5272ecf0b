import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPrismaClient } from '../../src/db/create-prisma-client.js';
import { migrateDatabase } from '../../src/db/migrate-database.js';
import { PACKAGE_ROOT, SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { createEmptyDatabase, TEST_PROVIDER } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    seededTemplate: string;
  }
}

/**
 * Builds the explorer if stale, then migrates and seeds one database once per run; each test file
 * then copies it (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL) instead of
 * seeding again.
 */
export default async function setup(project: TestProject) {
  // The explorer's tests serve dist/web: rebuild it when web/ changed since the last build.
  execFileSync(process.execPath, [path.join(PACKAGE_ROOT, 'scripts', 'build-web.mjs'), '--if-stale'], { stdio: 'inherit' });
  const template = await createEmptyDatabase(TEST_PROVIDER);
  await migrateDatabase(template.target);
  const db = createPrismaClient(template.target);
  await applySeed(db, template.target.provider, readSeed(SEED_DIR));
  await db.$disconnect();
  project.provide('seededTemplate', template.name);
  return () => template.drop();
}
