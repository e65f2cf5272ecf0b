import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { exportBytes, tokens } from '../writes/write-helpers.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
let token: { write: string; admin: string };
beforeAll(async () => {
  app = await seededApp();
  token = await tokens(app.db);
});
afterAll(async () => {
  await app?.close();
});
const as = (value: string) => ({ authorization: `Bearer ${value}` });

describe('comparison, category and correction mutations', () => {
  it('patch a comparison with the expected version; a stale one answers CONFLICT and changes nothing', async () => {
    const PATCH = 'mutation P($p: JSON!, $v: Int!) { patchComparison(slug: "job-vs-cronjob", patch: $p, expectedVersion: $v) { revision version document } }';
    const answer = await graphql(app.app, PATCH, { variables: { p: { verdict: { en: 'Patched through GraphQL' } }, v: 1 }, headers: as(token.write) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.patchComparison).toMatchObject({ version: 2, document: { slug: 'job-vs-cronjob', verdict: { en: 'Patched through GraphQL' } } });
    const read = await graphql(app.app, '{ comparison(slug: "job-vs-cronjob") { verdict(lang: en) } }');
    expect(read.data?.comparison).toEqual({ verdict: 'Patched through GraphQL' });
    const before = await exportBytes(app.app);
    const stale = await graphql(app.app, PATCH, { variables: { p: { verdict: { en: 'again' } }, v: 1 }, headers: as(token.write) });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await exportBytes(app.app)).toBe(before);
  });

  it('refuse a category edit without the admin scope, and a delete of a category in use with CONFLICT naming it', async () => {
    const forbidden = await graphql(app.app, 'mutation { patchCategory(slug: "workloads", patch: {}, expectedVersion: 1) { version } }', { headers: as(token.write) });
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
    const inUse = await graphql(app.app, 'mutation { deleteCategory(slug: "workloads", expectedVersion: 1) { revision } }', { headers: as(token.admin) });
    expect(codes(inUse)).toEqual(['CONFLICT']);
    expect(inUse.errors?.[0]?.message).toContain('Deployment');
  });

  it('delete and restore a correction, naming an unknown resource on the way', async () => {
    const source = await graphql(app.app, 'mutation { patchCorrection(slug: "daemonset-typo", patch: { resource: "Nope" }, expectedVersion: 1) { version } }', { headers: as(token.write) });
    expect(codes(source)).toEqual(['VALIDATION_FAILED']);
    expect(source.errors?.[0]?.extensions?.issues).toEqual([{ path: 'resource', message: 'unknown resource "Nope"' }]);
    const deleted = await graphql<{ deleteCorrection: { revision: number } }>(app.app, 'mutation { deleteCorrection(slug: "daemonset-typo", expectedVersion: 1) { revision } }', { headers: as(token.admin) });
    expect(deleted.errors).toBeUndefined();
    const restored = await graphql(app.app, 'mutation R($r: Int!) { restoreCorrection(slug: "daemonset-typo", revision: $r) { version document } }', {
      variables: { r: deleted.data?.deleteCorrection.revision },
      headers: as(token.admin),
    });
    expect(restored.errors).toBeUndefined();
    expect(restored.data?.restoreCorrection).toMatchObject({ version: 1, document: { slug: 'daemonset-typo', resource: 'DaemonSet' } });
  });
});

describe('relation mutations', () => {
  it('create, update with the expected version and delete a relation', async () => {
    const doc = { from: 'CronJob', kind: 'uses', to: 'ConfigMap', note: { ja: 'CronJobはConfigMapを読むことがあります。', en: 'A CronJob may read a ConfigMap.' } };
    const created = await graphql(app.app, 'mutation C($d: JSON!) { createRelation(document: $d) { version } }', { variables: { d: doc }, headers: as(token.write) });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createRelation).toEqual({ version: 1 });
    const updated = await graphql(app.app, 'mutation U($d: JSON!) { updateRelation(from: "CronJob", kind: "uses", to: "ConfigMap", document: $d, expectedVersion: 1) { version document } }', {
      variables: { d: { ...doc, note: { ...doc.note, en: 'A CronJob often reads a ConfigMap.' } } },
      headers: as(token.write),
    });
    expect(updated.data?.updateRelation).toMatchObject({ version: 2, document: { note: { en: 'A CronJob often reads a ConfigMap.' } } });
    const forbidden = await graphql(app.app, 'mutation { deleteRelation(from: "CronJob", kind: "uses", to: "ConfigMap", expectedVersion: 2) { revision } }', { headers: as(token.write) });
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
    const deleted = await graphql(app.app, 'mutation { deleteRelation(from: "CronJob", kind: "uses", to: "ConfigMap", expectedVersion: 2) { revision } }', { headers: as(token.admin) });
    expect(deleted.errors).toBeUndefined();
  });
});
