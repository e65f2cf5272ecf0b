import { inject } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createPrismaClient, type KnowledgeDb } from '../../src/db/create-prisma-client.js';
import type { DatabaseTarget } from '../../src/db/database-target.js';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { createLogger } from '../../src/logger.js';
import { createEmptyDatabase } from './test-database.js';

/** A real database holding the committed seed, with a loaded store; `close` drops the database. */
export interface SeededKnowledge {
  store: KnowledgeStore;
  /** A second client on the same database, writing as another replica or tool would. */
  db: KnowledgeDb;
  target: DatabaseTarget;
  close: () => Promise<void>;
}

/** A private copy of the seeded test database (SQLite by default, PostgreSQL with KUBEDEX_TEST_DB=postgresql). */
export async function seededKnowledge(): Promise<SeededKnowledge> {
  const database = await createEmptyDatabase(undefined, { template: inject('seededTemplate') });
  const store = KnowledgeStore.open(database.target);
  await store.reload();
  const db = createPrismaClient(database.target);
  return {
    store,
    db,
    target: database.target,
    close: async () => {
      await store.close();
      await db.$disconnect();
      await database.drop();
    },
  };
}

/** The whole HTTP app on a private seeded database, for supertest. */
export async function seededApp(env: Record<string, string> = {}): Promise<SeededKnowledge & { app: Express; config: Config }> {
  const knowledge = await seededKnowledge();
  const config = loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_POLL_MS: '0', ...env });
  const app = await createApp({ store: knowledge.store, config, logger: createLogger('silent') });
  return { ...knowledge, app, config };
}
