import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSearch, loadSearchQuestions } from '../../src/search/evaluate-search.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
beforeAll(async () => {
  knowledge = await seededKnowledge();
});
afterAll(() => knowledge.close());

describe('search quality (eval/search-questions.yaml)', () => {
  const questions = loadSearchQuestions();

  it('has at least 40 questions, half Japanese and half English', () => {
    const evaluation = evaluateSearch(knowledge.store.snapshot, questions);
    expect(evaluation.total).toBeGreaterThanOrEqual(40);
    expect(Math.abs(evaluation.byLang.ja.total - evaluation.byLang.en.total)).toBeLessThanOrEqual(2);
  });

  it('reaches top-3 ≥ 90 % and top-1 ≥ 75 % on the seeded database', () => {
    const evaluation = evaluateSearch(knowledge.store.snapshot, questions);
    const misses = evaluation.outcomes.filter((o) => o.rank !== 1).map((o) => `${o.q} → ${o.got.join(', ')} (want ${o.expect.join('|')})`);
    expect(evaluation.top3, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.top1, misses.join('\n')).toBeGreaterThanOrEqual(0.75);
  });
});
