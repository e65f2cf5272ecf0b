import { distance } from 'fastest-levenshtein';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFactValue } from '../../src/knowledge/format-fact-value.js';
import type { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import type { Resource } from '../../src/knowledge/knowledge-types.js';
import { answerLangFor } from '../../src/knowledge/negotiate-lang.js';
import { normalizeName } from '../../src/knowledge/normalize-name.js';
import { suggestResources } from '../../src/knowledge/resolve-resource.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  knowledge = await seededKnowledge();
  snapshot = knowledge.store.snapshot;
});
afterAll(() => knowledge.close());

/** suggestResources as it was before keys were bucketed by length: every key compared. */
function suggestEveryKey(snapshot: KnowledgeSnapshot, typed: string, category?: string, limit = 5) {
  const target = normalizeName(typed);
  const best = new Map<string, { resource: Resource; score: number }>();
  for (const [key, { resource }] of snapshot.lookupKeys()) {
    const d = distance(target, key) - (key.startsWith(target) || target.startsWith(key) ? 1 : 0);
    const score = d / Math.max(target.length, key.length, 1);
    const previous = best.get(resource.name);
    if (!previous || score < previous.score) best.set(resource.name, { resource, score });
  }
  return [...best.values()]
    .filter((c) => c.score <= 0.5)
    .sort((a, b) => a.score - b.score || Number(b.resource.category === category) - Number(a.resource.category === category))
    .slice(0, limit)
    .map(({ resource }) => ({ name: resource.name, category: resource.category, href: `/resources/${resource.category}/${resource.name}` }));
}

describe('suggestResources', () => {
  it('suggests exactly what comparing every key suggests', () => {
    const typed = ['', 'a', 'po', 'xyz', 'Statefulst', 'DeamonSett', 'nodeprot', 'persistentvolumeclam', 'サービス', 'qqqqqqqqqqqqqqqqqqqqqqqq', 'ingres', 'cm', 'secrt', 'NetworkPolicies!'];
    for (const [key] of snapshot.lookupKeys()) typed.push(key.slice(1), `${key}x`, key.slice(0, Math.ceil(key.length / 2)), [...key].reverse().join(''));
    for (const t of typed)
      for (const category of [undefined, 'workloads', 'service']) expect(suggestResources(snapshot, t, category), `${t} in ${category}`).toEqual(suggestEveryKey(snapshot, t, category));
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
