import { describe, expect, it } from 'vitest';
import { fieldClues } from '../../src/search/field-index.js';
import { searchResources } from '../../src/search/search-resources.js';
import { tokenize } from '../../src/search/tokenize.js';
import { seededKnowledge } from '../support/seeded-knowledge.js';

describe('the words a question is read by', () => {
  it('drops what an apostrophe leaves of a possessive or a contraction', () => {
    expect(tokenize("the cluster's nodes don't answer").map((t) => t.term)).toEqual(['cluster', 'node', 'don', 'answer']);
  });

  it('reads a noun and its phrasal verb alike ("backup" / "back up", "rollback" / "roll back")', async () => {
    const seeded = await seededKnowledge();
    try {
      const top = (q: string) => searchResources(seeded.store.snapshot, { q, limit: 1 })[0]?.resource.name;
      expect(top('back up a database every night')).toBe('CronJob');
      expect(top('take a backup of a database every night')).toBe('CronJob');
      expect(top('roll back a bad release')).toBe(top('rollback a bad release'));
    } finally {
      await seeded.close();
    }
  });

  it('takes no function word for a field, though some fields are named so (from, when)', () => {
    expect(fieldClues('allow traffic from the frontend only').map((c) => c.key)).not.toContain('from');
    expect(fieldClues('NetworkPolicy ingress from').map((c) => c.key)).not.toContain('from');
  });

  it('extends a word of four letters or more to longer words, never one of three ("all" is not "allocatable")', async () => {
    const seeded = await seededKnowledge();
    try {
      const reached = (q: string) =>
        searchResources(seeded.store.snapshot, { q, limit: 10, explain: true }).flatMap((hit) => hit.explanation?.terms.flatMap((t) => t.matched) ?? []);
      const short = reached('add all');
      expect(short.length).toBeGreaterThan(0);
      expect(short.every((term) => term === 'add' || term === 'all')).toBe(true);
      expect(reached('deploy')).toContain('deployment');
    } finally {
      await seeded.close();
    }
  });
});
