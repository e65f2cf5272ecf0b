import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticKnowledge } from '../../bench/synthetic-knowledge.js';
import type { SnapshotData } from '../../src/knowledge/build-snapshot-data.js';
import { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import type { Resource } from '../../src/knowledge/knowledge-types.js';
import { replacedInPlace } from '../../src/search/in-place-documents.js';
import { buildSearchIndex, deriveSearchIndex, prepareSearchIndex, searchIndexOf, type SearchIndex } from '../../src/search/search-index.js';
import { postingsByTerm } from '../support/index-postings.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
let data: SnapshotData;
beforeAll(async () => {
  knowledge = await seededKnowledge();
  const s = knowledge.store.snapshot;
  const base = { revision: s.revision, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
  data = syntheticKnowledge(base, { size: 600, shape: 'crds' });
});
afterAll(() => knowledge.close());

// Everything a search reads of an index by term and by resource name, whatever the numbers of terms.
function readable(index: SearchIndex, snapshot: KnowledgeSnapshot): unknown {
  return {
    prose: postingsByTerm(index),
    names: postingsByTerm(index.names),
    tasks: postingsByTerm(index.tasks),
    resourceOf: [...index.tasks.resourceOf],
    positions: snapshot.resources.map((r) => index.positionOf.get(r)),
    size: index.positionOf.size,
    kinds: [...index.docsOfKind].map(([kind, docs]) => [kind, [...docs]]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  };
}

// The snapshot after replacing the resources at `at` by what `change` makes of each, where they stand.
function replaced(previous: KnowledgeSnapshot, at: readonly number[], change: (r: Resource, i: number) => Resource): KnowledgeSnapshot {
  const resources = previous.resources.map((r, i) => (at.includes(i) ? change(r, i) : r));
  return new KnowledgeSnapshot({ ...data, revision: previous.revision + 1, resources: [...resources] });
}

describe('a search index derived after resources were replaced in place', () => {
  it('reads as a full build after text, kind and task edits, write after write', async () => {
    let snapshot = new KnowledgeSnapshot(data);
    await prepareSearchIndex(snapshot);
    const kinds = snapshot.resources.map((r) => r.kubernetes?.kind).filter((k): k is string => k !== undefined);
    const edits: [number[], (r: Resource, i: number) => Resource][] = [
      [[3], (r) => ({ ...r, text: { ...r.text, en: { ...r.text.en, summary: 'zentrawrite one' } } })],
      // A kind of another resource, then a kind of its own: both kinds' documents change.
      [[3, 40], (r, i) => (r.kubernetes ? { ...r, kubernetes: { ...r.kubernetes, kind: i === 3 ? (kinds[10] as string) : 'ZentraKind' } } : r)],
      // As many tasks, other words.
      [[40], (r) => ({ ...r, tasks: r.tasks.map((t, k) => ({ ja: `${t.ja} 書き換え${k}`, en: `${t.en} rewritten${k}` })) })],
      // One task more: the tasks are numbered afresh.
      [[41], (r) => ({ ...r, tasks: [...r.tasks, { ja: '追加の作業', en: 'an added zentratask' }] })],
      [[3], (r) => (r.kubernetes ? { ...r, kubernetes: { ...r.kubernetes, kind: 'ZentraKind' } } : r)],
    ];
    for (const [at, change] of edits) {
      const next = replaced(snapshot, at, change);
      expect(replacedInPlace(snapshot.resources, next.resources)).toEqual(at);
      await deriveSearchIndex(snapshot, next);
      // Derived, not built afresh: the previous base's postings are shared.
      expect(searchIndexOf(next).base).toBe(searchIndexOf(snapshot).base);
      expect(readable(searchIndexOf(next), next)).toEqual(readable(buildSearchIndex(next), next));
      snapshot = next;
    }
  });

  it('is not in place when resources moved, came or went, or were renamed', () => {
    const resources = new KnowledgeSnapshot(data).resources;
    const r = (i: number) => resources[i] as Resource;
    expect(replacedInPlace(resources, [r(1), r(0), ...resources.slice(2)])).toBeNull();
    expect(replacedInPlace(resources, resources.slice(1))).toBeNull();
    expect(replacedInPlace(resources, [{ ...r(0), name: 'Renamed' }, ...resources.slice(1)])).toBeNull();
    expect(replacedInPlace(resources, [{ ...r(0) }, ...resources.slice(1)])).toEqual([0]);
    expect(replacedInPlace(resources, [...resources])).toEqual([]);
  });
});
