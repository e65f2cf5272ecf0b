import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateQuestionSet } from '../../src/evaluation/evaluate-question-set.js';
import { loadHistoricSet } from '../../src/evaluation/question-sets.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
beforeAll(async () => {
  knowledge = await seededKnowledge();
});
afterAll(() => knowledge.close());

// The historic 52 were tuned on before issue 11, so they guard against regressions, not measure quality (the dev and test halves do).
describe('the historic question set (eval/search-questions.yaml)', () => {
  const set = loadHistoricSet();

  it('has at least 40 questions, half Japanese and half English', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(40);
    const ja = set.questions.filter((q) => q.lang === 'ja').length;
    expect(Math.abs(ja - (set.questions.length - ja))).toBeLessThanOrEqual(2);
  });

  it('keeps top-3 ≥ 95 % and top-1 ≥ 85 % through the answer engine on the seeded database', () => {
    const { summary, outcomes } = evaluateQuestionSet(knowledge.store.snapshot, set);
    const misses = outcomes.filter((o) => o.rank !== 1).map((o) => `${o.q} → ${o.got.join(', ')} (want ${o.accept.join('|')})`);
    expect(summary.all.top3.hits / summary.all.top3.total, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(summary.all.top1.hits / summary.all.top1.total, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
