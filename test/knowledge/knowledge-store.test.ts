import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';
import { createEmptyDatabase, dropDatabase } from '../support/test-database.js';
import { migrateDatabase } from '../../src/db/migrate-database.js';

let knowledge: SeededKnowledge | undefined;
afterEach(async () => {
  await knowledge?.close();
  knowledge = undefined;
});

describe('KnowledgeStore', () => {
  it('picks up a write made by another replica on refresh', async () => {
    knowledge = await seededKnowledge();
    const other = KnowledgeStore.open(knowledge.target);
    await other.reload();
    const seed = readSeed(SEED_DIR);
    const changed = { ...seed, resources: seed.resources.map((r) => (r.name === 'Job' ? { ...r, text: { ...r.text, en: { ...r.text.en, summary: 'Runs Pods to completion.' } } } : r)) };
    await applySeed(knowledge.db, knowledge.target.provider, changed);
    const before = other.snapshot;
    await other.refresh();
    expect(other.snapshot.revision).toBe(before.revision + 1);
    expect(other.snapshot.resource('Job')?.text.en.summary).toBe('Runs Pods to completion.');
    expect(before.resource('Job')?.text.en.summary).not.toBe('Runs Pods to completion.');
    await other.close();
  });

  it('is not ready on a migrated database that holds no knowledge yet', async () => {
    const empty = await createEmptyDatabase();
    await migrateDatabase(empty.target);
    const store = KnowledgeStore.open(empty.target);
    await store.reload();
    expect(store.ready).toBe(false);
    await store.close();
    await empty.drop();
  });

  it('keeps serving its last snapshot and stays ready when the database fails, reporting the outage', async () => {
    knowledge = await seededKnowledge();
    const { store, target } = knowledge;
    expect(store.ready).toBe(true);
    expect(store.health().database.reachable).toBe(true);
    const snapshot = store.snapshot;
    // SQLite: the file stops being a database; PostgreSQL: the database disappears under open connections.
    if (target.provider === 'sqlite') fs.writeFileSync(target.file, 'this is not a database');
    else await dropDatabase(target);
    await store.refresh();
    expect(store.snapshot).toBe(snapshot);
    expect(store.ready).toBe(true);
    const health = store.health();
    expect(health.database.reachable).toBe(false);
    expect(health.snapshot).toMatchObject({ revision: snapshot.revision });
    expect(Date.parse(health.snapshot!.loadedAt)).toBeLessThanOrEqual(Date.parse(health.database.checkedAt!));
  });
});
