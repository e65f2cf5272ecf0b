import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotData } from '../../src/knowledge/build-snapshot-data.js';
import { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import { searchResources } from '../../src/search/search-resources.js';
import { syntheticKnowledge } from '../../bench/synthetic-knowledge.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
let base: SnapshotData;
beforeAll(async () => {
  knowledge = await seededKnowledge();
  const s = knowledge.store.snapshot;
  base = { revision: s.revision, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
});
afterAll(() => knowledge.close());

describe.each(['clones', 'crds'] as const)('syntheticKnowledge (%s)', (shape) => {
  it('yields a valid snapshot of the requested size with distinct names and ids, today\'s resources kept', () => {
    const snapshot = new KnowledgeSnapshot(syntheticKnowledge(base, { size: 600, shape }));
    expect(snapshot.resources).toHaveLength(600);
    expect(new Set(snapshot.resources.map((r) => r.name)).size).toBe(600);
    expect(new Set(snapshot.resources.map((r) => r.id)).size).toBe(600);
    for (const r of base.resources) expect(snapshot.resource(r.name)).toBe(r);
    for (const r of snapshot.resources) {
      expect(snapshot.category(r.category)).toBeDefined();
      expect(r.text.en.description.length).toBeGreaterThan(0);
      expect(r.text.ja.description.length).toBeGreaterThan(0);
    }
  });

  it('is deterministic and varies its texts', () => {
    const a = syntheticKnowledge(base, { size: 300, shape });
    const b = syntheticKnowledge(base, { size: 300, shape });
    expect(a.resources.map((r) => r.name)).toEqual(b.resources.map((r) => r.name));
    const added = a.resources.slice(base.resources.length);
    expect(new Set(added.map((r) => r.text.en.description)).size).toBeGreaterThan(added.length / 2);
  });

  it('is searchable: a synthetic resource is found by its name, and by its name misspelt', () => {
    const snapshot = new KnowledgeSnapshot(syntheticKnowledge(base, { size: 600, shape }));
    const known = snapshot.resources[500]!;
    const typo = known.name.slice(0, 3) + known.name.slice(4);
    expect(searchResources(snapshot, { q: known.name })[0]?.resource.name).toBe(known.name);
    expect(searchResources(snapshot, { q: typo }).slice(0, 3).map((h) => h.resource.name)).toContain(known.name);
  });
});
