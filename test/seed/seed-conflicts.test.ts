import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { deleteResource, patchResource, readResourceSource } from '../../src/writes/resource-writes.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let k: SeededKnowledge;
const actor = { tokenName: 'curator' };
const seed = readSeed(SEED_DIR);
let leaf: string;

beforeAll(async () => {
  k = await seededKnowledge();
  const s = k.store.snapshot;
  // A resource nothing else is built on, so that it can be deleted.
  leaf = s.resources.find(
    (r) => s.comparisonsOf(r.name).length === 0 && s.variants(r.name).length === 0 && !s.resources.some((o) => o.supersededBy === r.name) && !s.corrections.some((c) => c.resource === r.name) && r.variant === null,
  )?.name as string;
  expect(leaf).toBeTruthy();
});
afterAll(async () => {
  await k?.close();
});

describe('seeding a database edited through the API', () => {
  it('keeps each edited or deleted resource and reports it; --force lets the files win and logs it as a change', async () => {
    const original = (await readResourceSource(k.store, 'Deployment')).document;
    await patchResource(k.store, actor, { name: 'Deployment', version: 1 }, { text: { en: { summary: 'edited through the API' } }, aliases: [...original.aliases, { name: 'dplmnt', kind: 'other' }] });
    const leafVersion = (await readResourceSource(k.store, leaf)).version;
    await deleteResource(k.store, actor, { name: leaf, version: leafVersion });

    const kept = await applySeed(k.db, k.target.provider, seed);
    expect(kept.conflicts).toEqual(
      expect.arrayContaining([
        { recordType: 'resource', key: 'Deployment', reason: 'edited through the API' },
        { recordType: 'resource', key: leaf, reason: 'deleted through the API' },
      ]),
    );
    expect(kept.written).toBe(0);
    const edited = await readResourceSource(k.store, 'Deployment');
    expect(edited.document.text.en.summary).toBe('edited through the API');
    await expect(readResourceSource(k.store, leaf)).rejects.toThrow(/No resource/);

    const forced = await applySeed(k.db, k.target.provider, seed, { force: true });
    expect(forced.conflicts.map((c) => c.key).sort()).toEqual(kept.conflicts.map((c) => c.key).sort());
    const restored = await readResourceSource(k.store, 'Deployment');
    expect(restored.document).toEqual(original);
    expect(restored.version).toBe(edited.version + 1);
    expect((await readResourceSource(k.store, leaf)).document.name).toBe(leaf);
    const logged = await k.db.change.findMany({ where: { operation: 'seed' } });
    expect(logged.map((c) => c.recordKey).sort()).toEqual([leaf, 'Deployment'].sort());
    expect(logged.every((c) => c.tokenName === null && c.revision === forced.revision)).toBe(true);

    // The files own them again: the next run has nothing to report or write.
    expect(await applySeed(k.db, k.target.provider, seed)).toEqual({ written: 0, revision: forced.revision, conflicts: [] });
  });
});
