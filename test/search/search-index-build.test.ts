import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticKnowledge } from '../../bench/synthetic-knowledge.js';
import type { SnapshotData } from '../../src/knowledge/build-snapshot-data.js';
import { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import type { InvertedIndex } from '../../src/search/inverted-index.js';
import { buildSearchIndex, hasSearchIndex, prepareSearchIndex, searchIndexOf, type SearchIndex } from '../../src/search/search-index.js';
import { searchResources } from '../../src/search/search-resources.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
let base: SnapshotData;
beforeAll(async () => {
  knowledge = await seededKnowledge();
  const s = knowledge.store.snapshot;
  base = { revision: s.revision, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
});
afterAll(() => knowledge.close());

const postings = ({ base, fieldLength, lengthTotals, terms }: InvertedIndex) => [base.start, base.slots, base.freqs, base.fieldDocs, base.termDocs, fieldLength, lengthTotals, [...terms]];
const arrays = (index: SearchIndex) => ({ prose: postings(index), names: postings(index.names), tasks: [...postings(index.tasks), index.tasks.resourceOf] });

describe('prepareSearchIndex', () => {
  it('builds in slices the very index a build at once makes, and searches then use it', async () => {
    const snapshot = new KnowledgeSnapshot(syntheticKnowledge(base, { size: 800, shape: 'clones' }));
    expect(hasSearchIndex(snapshot)).toBe(false);
    await prepareSearchIndex(snapshot);
    expect(hasSearchIndex(snapshot)).toBe(true);
    const sliced = searchIndexOf(snapshot);
    expect(arrays(sliced)).toEqual(arrays(buildSearchIndex(snapshot)));
    expect(searchResources(snapshot, { q: 'deamonset', limit: 1 })[0]?.resource.name).toBe('DaemonSet');
  });

  it('lets the event loop run between slices while it builds', async () => {
    const snapshot = new KnowledgeSnapshot(syntheticKnowledge(base, { size: 2000, shape: 'clones' }));
    let turns = 0;
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      turns++;
      longest = Math.max(longest, performance.now() - last);
      last = performance.now();
    }, 1);
    const started = performance.now();
    await prepareSearchIndex(snapshot);
    const took = performance.now() - started;
    clearInterval(timer);
    // A build at once would let no timer fire at all; sliced, they fire all along (bounds kept loose for a busy machine).
    expect(turns).toBeGreaterThan(5);
    expect(longest).toBeLessThan(Math.max(200, took / 3));
  });
});

describe('KnowledgeStore.reload', () => {
  it('keeps serving the previous snapshot until the new one has its search index', async () => {
    const { store } = knowledge;
    const before = store.snapshot;
    let servedWithoutIndex = false;
    let turns = 0;
    const timer = setInterval(() => {
      turns++;
      if (store.snapshot !== before && !hasSearchIndex(store.snapshot)) servedWithoutIndex = true;
    }, 0);
    const after = await store.reload();
    clearInterval(timer);
    expect(after).not.toBe(before);
    expect(store.snapshot).toBe(after);
    expect(hasSearchIndex(after)).toBe(true);
    expect(servedWithoutIndex).toBe(false);
    expect(turns).toBeGreaterThan(0);
  });
});
