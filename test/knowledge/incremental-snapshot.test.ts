import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportKnowledge } from '../../src/knowledge/export-knowledge.js';
import type { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { suggestResources } from '../../src/knowledge/resolve-resource.js';
import { LANGS } from '../../src/knowledge/vocabulary.js';
import { presentResource } from '../../src/rest/present-resource.js';
import { searchIndexOf, type SearchIndex } from '../../src/search/search-index.js';
import { searchResources } from '../../src/search/search-resources.js';
import { categoryRecord } from '../../src/writes/category-record.js';
import { comparisonRecord } from '../../src/writes/comparison-record.js';
import { correctionRecord } from '../../src/writes/correction-record.js';
import { createRecord, deleteRecord, patchRecord, readRecordSource, restoreRecord } from '../../src/writes/record-writes.js';
import { createRelation, deleteRelation, readRelationSource, replaceRelation } from '../../src/writes/relation-writes.js';
import { createResource, deleteResource, patchResource, readResourceSource, replaceResource, restoreResource } from '../../src/writes/resource-writes.js';
import { postingsByTerm } from '../support/index-postings.js';
import { seededApp, type SeededKnowledge } from '../support/seeded-knowledge.js';
import type { Express } from 'express';

const actor = { tokenName: 'curator' };
// Questions in both languages, names, typos and prefixes: every way a changed text can move a ranking.
const QUERIES = [
  'run one pod on every node',
  'deamonset',
  'configmpa',
  'pvc',
  'roll back a deployment',
  'store a database password',
  'shardedset',
  'incremental probe text',
  'ノードごとに1つずつPodを配置したい',
  'パスワードを安全に保存したい',
  'シャード',
  'deploy',
];

/** Everything a read can see in a snapshot, serialized deterministically. */
function fingerprint(snapshot: KnowledgeSnapshot): unknown {
  return {
    export: exportKnowledge(snapshot),
    ids: snapshot.resources.map((r) => r.id),
    presented: LANGS.flatMap((lang) => snapshot.resources.map((r) => presentResource(snapshot, r, { lang, include: ['relations', 'comparisons'] }))),
    listings: snapshot.categories.map((c) => [c.slug, snapshot.resourcesIn(c.slug).map((r) => r.name)]),
    lookup: [...snapshot.lookupKeys()].map(([key, { resource, match }]) => [key, resource.name, match]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    chains: snapshot.resources.map((r) => [r.name, snapshot.parents(r.name, 3).map((s) => s.resource.name), snapshot.children(r.name, 3).map((s) => s.resource.name)]),
    suggestions: ['deploymnet', 'statefulst', 'shardset', 'configmap2'].map((typed) => suggestResources(snapshot, typed).map((s) => s.name)),
    search: QUERIES.map((q) => searchResources(snapshot, { q, limit: 10 }).map((hit) => [hit.resource.name, Number(hit.score.toPrecision(10))])),
    postings: postingsOf(searchIndexOf(snapshot)),
  };
}

/** Every term of the three indexes with the documents holding it and its exact weight in each, whatever the terms' numbers. */
function postingsOf(index: SearchIndex): unknown {
  return { prose: postingsByTerm(index), names: postingsByTerm(index.names), tasks: postingsByTerm(index.tasks) };
}

let t: SeededKnowledge & { app: Express };
let fresh: KnowledgeStore;
beforeAll(async () => {
  t = await seededApp();
  fresh = KnowledgeStore.open(t.target);
});
afterAll(async () => {
  await fresh.close();
  await t.close();
});

/**
 * Runs one write through the core, then checks that it was applied alone (an untouched resource is
 * still the very object the previous snapshot held), that the snapshot equals one loaded in full
 * from the database, and that a read over HTTP right after sees the write.
 */
async function applied(write: () => Promise<{ revision: number }>, untouched = 'Pod'): Promise<void> {
  const before = t.store.snapshot;
  const { revision } = await write();
  const after = t.store.snapshot;
  expect(after.revision).toBe(revision);
  expect(after.resource(untouched)).toBe(before.resource(untouched));
  expect(fingerprint(after)).toEqual(fingerprint(await fresh.reload()));
  const res = await request(t.app).get('/export').expect(200);
  expect(res.body).toEqual(JSON.parse(JSON.stringify(exportKnowledge(after))));
}

describe('KnowledgeStore after a write on this replica', () => {
  it('applies a resource create, PUT, PATCH, delete and restore alone, each equal to a full reload', async () => {
    const { document } = await readResourceSource(t.store, 'StatefulSet');
    const doc = {
      ...document,
      name: 'ShardedSet',
      aliases: [{ name: 'shardedset-typo', kind: 'misspelling' }],
      kubernetes: { ...(document.kubernetes as object), kind: 'ShardedSet', plural: 'shardedsets', shortNames: ['shs'], singular: 'shardedset' },
      fromArticle: false,
      articleSection: null,
      variant: { of: 'StatefulSet', selector: 'spec.sharded: true' },
      tasks: [{ ja: 'シャードごとにPodを並べたい', en: 'run an incremental probe of pods per shard' }],
    };
    await applied(() => createResource(t.store, actor, doc));
    expect(searchResources(t.store.snapshot, { q: 'shardedset', limit: 1 })[0]?.resource.name).toBe('ShardedSet');
    let version = 1;
    await applied(async () => {
      const r = await patchResource(t.store, actor, { name: 'ShardedSet', version }, { text: { en: { summary: 'An incremental probe text for sharded sets' } }, position: 0 });
      version = r.version;
      return r;
    });
    await applied(async () => {
      const r = await replaceResource(t.store, actor, { name: 'ShardedSet', version }, { ...doc, aliases: [], kubernetes: { ...doc.kubernetes, shortNames: [] }, alsoListedIn: [{ category: 'cluster', position: 5 }] });
      version = r.version;
      return r;
    });
    const deleted = await (async () => {
      let at = 0;
      await applied(async () => {
        const r = await deleteResource(t.store, actor, { name: 'ShardedSet', version });
        at = r.revision;
        return r;
      });
      return at;
    })();
    expect(t.store.snapshot.resource('ShardedSet')).toBeUndefined();
    await applied(() => restoreResource(t.store, actor, { name: 'ShardedSet', version: undefined }, deleted));
    expect(t.store.snapshot.variants('StatefulSet').map((r) => r.name)).toContain('ShardedSet');
  });

  it('drops a word from the search dictionary when a write takes it out of a resource the full build indexed', async () => {
    const summary = (word: string) => ({ text: { en: { summary: `Runs containers together on one node${word}` } } });
    let { version } = await readResourceSource(t.store, 'Pod');
    ({ version } = await patchResource(t.store, actor, { name: 'Pod', version }, summary(' zentrabaseword')));
    // A full reload puts the word in the base index, so that the next write takes it out of a base document, not of the overlay.
    await t.store.reload();
    expect(searchIndexOf(t.store.snapshot).terms.get('zentrabaseword')).toBeDefined();
    await applied(() => patchResource(t.store, actor, { name: 'Pod', version }, summary('')), 'Service');
    expect(searchIndexOf(t.store.snapshot).terms.get('zentrabaseword')).toBeUndefined();
  });

  it('moves a text name another resource also claims, and gives it back, keeping every lookup as a full reload has it', async () => {
    const { version, document } = await readResourceSource(t.store, 'ReplicaSet');
    // The local name "Deployment" is claimed by Deployment's own name first: the lookup must still answer Deployment.
    let v = version;
    await applied(async () => {
      const r = await patchResource(t.store, actor, { name: 'ReplicaSet', version: v }, { text: { en: { name: 'Deployment' } } });
      v = r.version;
      return r;
    });
    expect(t.store.snapshot.findResource('deployment')?.resource.name).toBe('Deployment');
    await applied(() => patchResource(t.store, actor, { name: 'ReplicaSet', version: v }, { text: { en: { name: document.text.en.name } } }));
  });

  it('applies a relation create, replace and delete alone, its ends redone', async () => {
    const key = { from: 'Job', kind: 'uses', to: 'ConfigMap' };
    await applied(() => createRelation(t.store, actor, { ...key, note: { ja: 'ジョブは設定を読む', en: 'A Job reads its configuration' } }));
    expect(t.store.snapshot.relationsOf('ConfigMap', { direction: 'incoming' }).map((r) => r.other.name)).toContain('Job');
    const { version } = await readRelationSource(t.store, key);
    await applied(() => replaceRelation(t.store, actor, { key, version }, { ...key, note: { ja: '編集', en: 'edited' } }));
    await applied(() => deleteRelation(t.store, actor, { key, version: version + 1 }));
    expect(t.store.snapshot.relationsOf('ConfigMap', { direction: 'incoming' }).map((r) => r.other.name)).not.toContain('Job');
  });

  it('applies comparison, correction and category writes alone, resources untouched', async () => {
    for (const [kind, slug, patch] of [
      [comparisonRecord, 'job-vs-cronjob', { verdict: { en: 'Job once, CronJob on a schedule' } }],
      [correctionRecord, (await readSomeSlug('correction')) ?? '', { reason: { en: 'edited through the API' } }],
      [categoryRecord, 'metadata', { aliases: ['meta-data'] }],
    ] as const) {
      const { version } = await readRecordSource(t.store, kind as never, slug);
      await applied(() => patchRecord(t.store, actor, kind as never, { slug, version }, patch));
    }
    expect(t.store.snapshot.findCategory('meta-data')?.slug).toBe('metadata');

    const { document } = await readRecordSource(t.store, comparisonRecord, 'job-vs-cronjob');
    const copy = { ...document, slug: 'job-vs-cronjob-again' };
    await applied(() => createRecord(t.store, actor, comparisonRecord, copy));
    let removedAt = 0;
    await applied(async () => {
      const r = await deleteRecord(t.store, actor, comparisonRecord, { slug: copy.slug, version: 1 });
      removedAt = r.revision;
      return r;
    });
    await applied(() => restoreRecord(t.store, actor, comparisonRecord, { slug: copy.slug, version: undefined }, removedAt));

    const { document: category } = await readRecordSource(t.store, categoryRecord, 'metadata');
    await applied(() => createRecord(t.store, actor, categoryRecord, { ...category, slug: 'empty-shelf', aliases: ['empty'] }));
    expect(t.store.snapshot.resourcesIn('empty-shelf')).toEqual([]);
    await applied(() => deleteRecord(t.store, actor, categoryRecord, { slug: 'empty-shelf', version: 1 }));
  });

  it('empties a category listing and fills it again', async () => {
    const listed = t.store.snapshot.resources.find((r) => r.listedIn.length > 0);
    if (!listed) throw new Error('the seed lists no resource in a second category');
    const { version, document } = await readResourceSource(t.store, listed.name);
    await applied(() => patchResource(t.store, actor, { name: listed.name, version }, { alsoListedIn: [] }));
    expect(t.store.snapshot.resourcesIn(listed.listedIn[0]?.category ?? '')).not.toContain(t.store.snapshot.resource(listed.name));
    await applied(() => patchResource(t.store, actor, { name: listed.name, version: version + 1 }, { alsoListedIn: document.alsoListedIn }));
  });

  it('reloads in full when another replica wrote in between, still equal to the database', async () => {
    const { version } = await readResourceSource(t.store, 'Pod');
    // Another replica's write: the store has not heard of it when this replica's own write comes.
    const other = KnowledgeStore.open(t.target);
    await other.reload();
    await patchResource(other, actor, { name: 'Pod', version }, { text: { en: { summary: 'Changed by another replica' } } });
    await other.close();
    const before = t.store.snapshot;
    const { version: jobVersion } = await readResourceSource(t.store, 'Job');
    const { revision } = await patchResource(t.store, actor, { name: 'Job', version: jobVersion }, { text: { en: { summary: 'Changed here' } } });
    expect(t.store.snapshot.revision).toBe(revision);
    expect(t.store.snapshot.resource('Deployment')).not.toBe(before.resource('Deployment'));
    expect(t.store.snapshot.resource('Pod')?.text.en.summary).toBe('Changed by another replica');
    expect(fingerprint(t.store.snapshot)).toEqual(fingerprint(await fresh.reload()));
  });
});

async function readSomeSlug(kind: 'correction'): Promise<string | undefined> {
  const row = await t.db[kind].findFirst({ orderBy: { position: 'asc' }, select: { slug: true } });
  return row?.slug;
}
