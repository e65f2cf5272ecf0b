import { describe, expect, it } from 'vitest';
import { splitQuestions } from '../../src/evaluation/split-questions.js';

type Q = { id: string; type: 'task' | 'offtopic'; lang: 'ja' | 'en' };
const questions: Q[] = [];
for (const lang of ['ja', 'en'] as const) {
  for (let i = 1; i <= 10; i++) questions.push({ id: `${lang}-task-${String(i).padStart(2, '0')}`, type: 'task', lang });
  for (let i = 1; i <= 5; i++) questions.push({ id: `${lang}-off-${String(i).padStart(2, '0')}`, type: 'offtopic', lang });
}
const ids = (list: Q[]) => list.map((q) => q.id);

describe('splitQuestions', () => {
  it('puts every question in exactly one half, the halves equal in size', () => {
    const { dev, test } = splitQuestions(questions, 7);
    expect([...ids(dev), ...ids(test)].sort()).toEqual(ids(questions).sort());
    expect(dev.length).toBe(test.length);
  });

  it('halves each (type, lang) stratum, an odd stratum’s extra going to dev and test in turn', () => {
    const { dev, test } = splitQuestions(questions, 7);
    const inStratum = (list: Q[], type: Q['type'], lang: Q['lang']) => list.filter((q) => q.type === type && q.lang === lang).length;
    for (const lang of ['ja', 'en'] as const) {
      expect(inStratum(dev, 'task', lang)).toBe(5);
      expect(inStratum(test, 'task', lang)).toBe(5);
    }
    expect([inStratum(dev, 'offtopic', 'en') + inStratum(dev, 'offtopic', 'ja'), inStratum(test, 'offtopic', 'en') + inStratum(test, 'offtopic', 'ja')]).toEqual([5, 5]);
  });

  it('gives the same halves for the same seed whatever the input order, and others for another seed', () => {
    const once = splitQuestions(questions, 7);
    const reversed = splitQuestions([...questions].reverse(), 7);
    expect(ids(reversed.dev)).toEqual(ids(once.dev));
    expect(ids(splitQuestions(questions, 8).dev)).not.toEqual(ids(once.dev));
  });
});
