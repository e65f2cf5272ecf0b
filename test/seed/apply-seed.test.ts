import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/package-root.js';
import { applySeed } from '../../src/seed/apply-seed.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge | undefined;
afterEach(async () => {
  await knowledge?.close();
  knowledge = undefined;
});

describe('applySeed', () => {
  it('writes nothing and keeps the revision when run again on a seeded database', async () => {
    knowledge = await seededKnowledge();
    const before = knowledge.store.snapshot;
    const report = await applySeed(knowledge.db, knowledge.target.provider, readSeed(SEED_DIR));
    expect(report).toEqual({ written: 0, revision: before.revision, conflicts: [] });
    const after = await knowledge.store.reload();
    expect(after.counts()).toEqual(before.counts());
    expect(after.resource('Deployment')?.updatedAt).toEqual(before.resource('Deployment')?.updatedAt);
  });

  it('never deletes what was added after the seed, and updates what the seed changed', async () => {
    knowledge = await seededKnowledge();
    const { db } = knowledge;
    const pod = await db.resource.findUniqueOrThrow({ where: { name: 'Pod' } });
    await db.resourceAlias.create({ data: { resourceId: pod.id, alias: 'Pödchen', normalized: 'pödchen', kind: 'other' } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedex-seed-'));
    fs.cpSync(SEED_DIR, dir, { recursive: true });
    const file = path.join(dir, 'resources/workloads/Job.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^(\s+summary: ).*$/m, '$1A changed summary.'));

    const before = knowledge.store.snapshot.revision;
    const report = await applySeed(db, knowledge.target.provider, readSeed(dir));
    const after = await knowledge.store.reload();
    expect(report.written).toBeGreaterThan(0);
    expect(after.revision).toBe(before + 1);
    expect(after.findResource('Pödchen')?.resource.name).toBe('Pod');
    const job = after.resource('Job');
    expect([job?.text.ja.summary, job?.text.en.summary]).toContain('A changed summary.');
  });

  it('changes nothing when the seed cannot be applied', async () => {
    knowledge = await seededKnowledge();
    const { db } = knowledge;
    const seed = readSeed(SEED_DIR);
    const before = knowledge.store.snapshot;
    // A relation to a resource that only exists in this broken copy fails half-way through the write.
    const broken = { ...seed, resources: seed.resources.map((r) => (r.name === 'Pod' ? { ...r, position: 99 } : r)), relations: [...seed.relations, { ...seed.relations[0]!, to: 'Nowhere' }] };
    await expect(applySeed(db, knowledge.target.provider, broken)).rejects.toThrow(/Nowhere/);
    const after = await knowledge.store.reload();
    expect(after.revision).toBe(before.revision);
    expect(after.resource('Pod')?.position).toBe(before.resource('Pod')?.position);
  });
});
