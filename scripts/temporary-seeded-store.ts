/**
 * A freshly migrated and seeded SQLite database in a temp directory, as `npm run eval:search` uses:
 * the bench needs no setup and leaves nothing behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseTarget } from '../src/db/database-target.js';
import { migrateDatabase } from '../src/db/migrate-database.js';
import { KnowledgeStore } from '../src/knowledge/knowledge-store.js';
import { SEED_DIR } from '../src/package-root.js';
import { readSeed } from '../src/seed/read-seed.js';

/** A loaded store over a temp seeded database, and that database; `drop` closes the store and removes the file. */
export async function seededStore(): Promise<{ store: KnowledgeStore; target: DatabaseTarget; drop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedex-'));
  const target: DatabaseTarget = { provider: 'sqlite', file: path.join(dir, 'kubedex.db') };
  try {
    await migrateDatabase(target);
    const store = KnowledgeStore.open(target);
    await store.applySeed(readSeed(SEED_DIR));
    return {
      store,
      target,
      drop: async () => {
        await store.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
