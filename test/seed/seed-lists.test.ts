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

/** A copy of the seed folder that a test may change. */
function seedCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedex-seed-'));
  fs.cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}

const HISTORY = `kinds:
  - resource: CronJob
    versions:
      - { apiVersion: batch/v2alpha1, introducedIn: v1.5, removedIn: v1.21, replacement: batch/v1 }
      - { apiVersion: batch/v1beta1, introducedIn: v1.8, deprecatedIn: v1.21, removedIn: v1.25, replacement: batch/v1, note: { ja: 移行先はbatch/v1です。, en: Move to batch/v1. } }
      - { apiVersion: batch/v1, introducedIn: v1.21 }
`;
const NOTES = `notes:
  - resource: Deployment
    path: spec.strategy.rollingUpdate.maxSurge
    note: { ja: 既定は25%です。, en: Defaults to 25%. }
`;

describe('seed lists: tasks, field notes and apiVersion history', () => {
  it('stores them, serves them on the snapshot, writes nothing on a second run and drops an entry removed from the files', async () => {
    knowledge = await seededKnowledge();
    const dir = seedCopy();
    // This test's own history and notes stand in for the seed's.
    fs.rmSync(path.join(dir, 'api-versions'), { recursive: true, force: true });
    fs.rmSync(path.join(dir, 'field-notes'), { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'api-versions'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'api-versions/batch.yaml'), HISTORY);
    fs.mkdirSync(path.join(dir, 'field-notes'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'field-notes/workloads.yaml'), NOTES);
    const job = path.join(dir, 'resources/workloads/Job.yaml');
    // Job's own tasks are replaced by two, so the test controls the list it checks.
    fs.writeFileSync(job, `${fs.readFileSync(job, 'utf8').replace(/^tasks:\n(?: {2}- .*\n)+/m, '')}tasks:\n  - { ja: バッチ処理を最後まで実行したい, en: run a batch task to completion }\n  - { ja: 失敗したら再試行したい, en: retry a task that failed }\n`);

    await applySeed(knowledge.db, knowledge.target.provider, readSeed(dir));
    let snapshot = await knowledge.store.reload();
    expect(snapshot.resource('CronJob')?.apiVersionHistory.map((v) => [v.apiVersion, v.removedIn, v.replacement])).toEqual([
      ['batch/v2alpha1', 'v1.21', 'batch/v1'],
      ['batch/v1beta1', 'v1.25', 'batch/v1'],
      ['batch/v1', null, null],
    ]);
    expect(snapshot.resource('CronJob')?.apiVersionHistory[1]?.text?.en.note).toBe('Move to batch/v1.');
    expect(snapshot.resource('Deployment')?.fieldNotes).toEqual([{ path: 'spec.strategy.rollingUpdate.maxSurge', text: { ja: { note: '既定は25%です。' }, en: { note: 'Defaults to 25%.' } } }]);
    expect(snapshot.resource('Job')?.tasks.map((t) => t.en)).toEqual(['run a batch task to completion', 'retry a task that failed']);

    const revision = snapshot.revision;
    expect(await applySeed(knowledge.db, knowledge.target.provider, readSeed(dir))).toEqual({ written: 0, revision, conflicts: [] });

    fs.writeFileSync(job, fs.readFileSync(job, 'utf8').replace(/ {2}- \{ ja: 失敗.*\n/, ''));
    await applySeed(knowledge.db, knowledge.target.provider, readSeed(dir));
    snapshot = await knowledge.store.reload();
    expect(snapshot.resource('Job')?.tasks.map((t) => t.en)).toEqual(['run a batch task to completion']);
    expect(snapshot.revision).toBe(revision + 1);
  });

  it('refuses a history or a note that names an unknown resource, and a version listed twice', () => {
    const dir = seedCopy();
    fs.rmSync(path.join(dir, 'api-versions'), { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'api-versions'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'api-versions/bad.yaml'), HISTORY.replace('CronJob', 'CronJobs').replace('batch/v1beta1', 'batch/v2alpha1'));
    fs.mkdirSync(path.join(dir, 'field-notes'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'field-notes/bad.yaml'), NOTES.replace('resource: Deployment', 'resource: Deploymnt'));
    const message = (() => {
      try {
        readSeed(dir);
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('api-versions/bad.yaml: kinds.0: resource: unknown resource CronJobs');
    expect(message).toContain('batch/v2alpha1 is listed twice');
    expect(message).toContain('field-notes/bad.yaml: notes.0: resource: unknown resource Deploymnt');
  });

  it('derives singular, verbs and served versions that kubectl api-resources would print', async () => {
    knowledge = await seededKnowledge();
    const deployment = knowledge.store.snapshot.resource('Deployment')?.kubernetes;
    expect(deployment?.singular).toBe('deployment');
    expect(deployment?.verbs).toEqual(['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']);
    expect(deployment?.servedVersions).toEqual(['apps/v1']);
  });
});
