import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFactValue } from '../../src/knowledge/format-fact-value.js';
import type { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import { answerLangFor } from '../../src/knowledge/negotiate-lang.js';
import { suggestResources } from '../../src/knowledge/resolve-resource.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  knowledge = await seededKnowledge();
  snapshot = knowledge.store.snapshot;
});
afterAll(() => knowledge.close());

describe('suggestResources', () => {
  it('suggests the resource of every lookup key typed with one letter too many or too few', () => {
    for (const [key, { resource }] of snapshot.lookupKeys()) {
      if (key.length < 4) continue; // three letters or fewer leave a dropped one no room (see allowedEdits)
      for (const typo of [`${key}x`, `${key[0]}${key.slice(2)}`])
        expect(suggestResources(snapshot, typo, undefined, 100).map((s) => s.name), `${typo} for ${key}`).toContain(resource.name);
    }
  });

  it('suggests nothing for what is close to no key', () => {
    for (const typed of ['', 'a', 'xyz', 'qqqqqqqqqqqqqqqqqqqqqqqq', 'FooClass', 'QuotaStorageClass']) expect(suggestResources(snapshot, typed), typed).toEqual([]);
  });
});

describe('answerLangFor', () => {
  it.each([
    [{ explicit: 'en', acceptLanguage: 'ja', question: 'ノード' }, 'en', 'explicit'],
    [{ acceptLanguage: 'en-US, ja;q=0.5', question: 'ノード' }, 'en', 'header'],
    [{ acceptLanguage: 'fr', question: 'ノード' }, 'ja', 'question'],
    [{ acceptLanguage: 'fr', question: 'node' }, 'en', 'question'],
    [{ question: 'run a pod on every node' }, 'en', 'question'],
    [{}, 'ja', 'default'],
  ] as const)('%j answers in %s (from %s)', (options, lang, source) => {
    expect(answerLangFor(options)).toEqual({ lang, source });
  });
});

describe('formatFactValue', () => {
  it.each([
    [true, 'ja', 'はい'],
    [false, 'en', 'no'],
    [null, 'en', '—'],
    [[], 'en', '—'],
    [['RollingUpdate', 'Recreate'], 'en', 'RollingUpdate, Recreate'],
    [['RollingUpdate', 'Recreate'], 'ja', 'RollingUpdate、Recreate'],
    [{ min: 1, max: 5 }, 'en', '1–5'],
    [{ a: 1, b: true }, 'en', 'a: 1, b: yes'],
    [3, 'ja', '3'],
  ] as const)('writes %j in %s as %s', (value, lang, text) => {
    expect(formatFactValue(value as never, lang)).toBe(text);
  });
});
