import { describe, expect, it } from 'vitest';
import { closeness } from '../../src/knowledge/close-name.js';
import { suggestResources } from '../../src/knowledge/resolve-resource.js';
import { seededKnowledge } from '../support/seeded-knowledge.js';

describe('closeness', () => {
  it.each([
    ['deploymnet', 'deployment'], // typo within the edits a 10-letter name allows
    ['pdo', 'pod'], // a swap of neighbours is one edit
    ['prioritylevel', 'prioritylevelconfiguration'], // a stem
    ['prioclass', 'priorityclass'], // an abbreviation that keeps the first 4 letters
  ])('finds %s close to %s', (typed, key) => {
    expect(closeness(typed, key)).toBeDefined();
  });

  it.each([
    ['fooclass', 'storageclass'], // only a common ending
    ['priorityclass', 'storageclass'],
    ['bar', 'sar'], // a typo must keep the first letter
    ['ab', 'ac'], // two letters leave no room for a typo
  ])('finds %s not close to %s', (typed, key) => {
    expect(closeness(typed, key)).toBeUndefined();
  });
});

describe('suggestResources', () => {
  it('suggests what is actually close and nothing for an unrelated word', async () => {
    const knowledge = await seededKnowledge();
    try {
      const names = (typed: string) => suggestResources(knowledge.store.snapshot, typed).map((s) => s.name);
      expect(names('PriorityKlass')[0]).toBe('PriorityClass');
      expect(names('PriorityKlass')).not.toContain('StorageClass');
      expect(names('FooClass')).toEqual([]);
      expect(names('bar')).toEqual([]);
      expect(names('Statefulst')).toEqual(['StatefulSet']);
    } finally {
      await knowledge.close();
    }
  });
});
