import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { categoryRecord } from '../../src/writes/category-record.js';
import { comparisonRecord } from '../../src/writes/comparison-record.js';
import { correctionRecord } from '../../src/writes/correction-record.js';
import { deleteRecord, patchRecord, readRecordSource } from '../../src/writes/record-writes.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let k: SeededKnowledge;
const actor = { tokenName: 'curator' };
const seed = readSeed(SEED_DIR);
beforeAll(async () => {
  k = await seededKnowledge();
});
afterAll(async () => {
  await k?.close();
});

describe('seeding over comparisons, categories and corrections edited through the API', () => {
  it('keeps the edit or delete and reports it; --force lets the files win whole and logs a seed change', async () => {
    const original = (await readRecordSource(k.store, comparisonRecord, 'job-vs-cronjob')).document;
    await patchRecord(k.store, actor, comparisonRecord, { slug: 'job-vs-cronjob', version: 1 }, { verdict: { en: 'edited through the API' }, aspects: [...original.aspects, { ...original.aspects[0], key: 'addedByApi' }] });
    await patchRecord(k.store, actor, categoryRecord, { slug: 'metadata', version: 1 }, { aliases: ['meta'] });
    await deleteRecord(k.store, actor, correctionRecord, { slug: 'daemonset-typo', version: 1 });

    const kept = await applySeed(k.db, k.target.provider, seed);
    expect(kept.conflicts).toEqual(
      expect.arrayContaining([
        { recordType: 'comparison', key: 'job-vs-cronjob', reason: 'edited through the API' },
        { recordType: 'category', key: 'metadata', reason: 'edited through the API' },
        { recordType: 'correction', key: 'daemonset-typo', reason: 'deleted through the API' },
      ]),
    );
    expect(kept.written).toBe(0);
    await k.store.reload();
    expect((await readRecordSource(k.store, comparisonRecord, 'job-vs-cronjob')).document.verdict.en).toBe('edited through the API');
    expect(k.store.snapshot.corrections.some((c) => c.slug === 'daemonset-typo')).toBe(false);

    const forced = await applySeed(k.db, k.target.provider, seed, { force: true });
    expect(forced.conflicts).toHaveLength(kept.conflicts.length);
    await k.store.reload();
    const back = await readRecordSource(k.store, comparisonRecord, 'job-vs-cronjob');
    expect(back.document).toEqual(original);
    expect(back.version).toBe(3);
    expect((await readRecordSource(k.store, categoryRecord, 'metadata')).document.aliases).toEqual(seed.categories.find((c) => c.slug === 'metadata')?.aliases);
    expect(k.store.snapshot.corrections.some((c) => c.slug === 'daemonset-typo')).toBe(true);
    const last = await k.db.change.findMany({ where: { revision: forced.revision }, select: { operation: true, recordType: true, recordKey: true } });
    expect(last).toEqual(expect.arrayContaining([{ operation: 'seed', recordType: 'comparison', recordKey: 'job-vs-cronjob' }]));

    const again = await applySeed(k.db, k.target.provider, seed);
    expect(again).toMatchObject({ written: 0, conflicts: [] });
  });
});
