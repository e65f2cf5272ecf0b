import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let t: SeededKnowledge;
beforeAll(async () => {
  t = await seededKnowledge();
});
afterAll(() => t.close());

describe('a category listing', () => {
  it('lists by position then name, its own resources and the ones it also lists, whatever order the data holds them in', () => {
    const s = t.store.snapshot;
    const data = { revision: s.revision, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
    const shuffled = new KnowledgeSnapshot({ ...data, resources: [...data.resources].reverse() });
    for (const c of s.categories) {
      const expected = s.resources
        .map((r) => ({ r, position: r.category === c.slug ? r.position : r.listedIn.find((l) => l.category === c.slug)?.position }))
        .filter((x): x is { r: (typeof s.resources)[number]; position: number } => x.position !== undefined)
        .sort((a, b) => a.position - b.position || a.r.name.localeCompare(b.r.name))
        .map((x) => x.r.name);
      expect(s.resourcesIn(c.slug).map((r) => r.name)).toEqual(expected);
      expect(shuffled.resourcesIn(c.slug).map((r) => r.name)).toEqual(expected);
    }
    expect(s.categories.some((c) => s.resources.some((r) => r.category !== c.slug && r.listedIn.some((l) => l.category === c.slug)))).toBe(true);
  });
});
