import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/create-prisma-client.js';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';
import { dropDatabase } from '../support/test-database.js';

let knowledge: SeededKnowledge | undefined;
afterEach(async () => {
  await knowledge?.close();
  knowledge = undefined;
});

describe('KnowledgeStore', () => {
  it('picks up a write made by another replica on refresh', async () => {
    knowledge = await seededKnowledge();
    const other = new KnowledgeStore(createPrismaClient(knowledge.target));
    await other.reload();
    const seed = readSeed(SEED_DIR);
    const changed = { ...seed, resources: seed.resources.map((r) => (r.name === 'Job' ? { ...r, text: { ...r.text, en: { ...r.text.en, summary: 'Runs Pods to completion.' } } } : r)) };
    await applySeed(knowledge.store.db, changed);
    const before = other.snapshot;
    await other.refresh();
    expect(other.snapshot.revision).toBe(before.revision + 1);
    expect(other.snapshot.resource('Job')?.text.en.summary).toBe('Runs Pods to completion.');
    expect(before.resource('Job')?.text.en.summary).not.toBe('Runs Pods to completion.');
    await other.close();
  });

  it('keeps serving its last snapshot and reports not ready when the database fails', async () => {
    knowledge = await seededKnowledge();
    const { store, target } = knowledge;
    expect(store.ready).toBe(true);
    const snapshot = store.snapshot;
    // SQLite: the file stops being a database; PostgreSQL: the database disappears under open connections.
    if (target.provider === 'sqlite') fs.writeFileSync(target.file, 'this is not a database');
    else await dropDatabase(target);
    await store.refresh();
    expect(store.ready).toBe(false);
    expect(store.snapshot).toBe(snapshot);
  });
});
