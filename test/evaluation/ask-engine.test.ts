import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/answer-question.js';
import { askEngine, ENGINE_LIMIT } from '../../src/evaluation/ask-engine.js';
import { evaluateQuestionSet, evaluateQuestionSets } from '../../src/evaluation/evaluate-question-set.js';
import { HELD_OUT_SET, loadHistoricSet, unionOf } from '../../src/evaluation/question-sets.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
beforeAll(async () => {
  knowledge = await seededKnowledge();
});
afterAll(() => knowledge.close());

describe('askEngine', () => {
  it('reads the answer engine’s matches as they are ranked, at most three', () => {
    const snapshot = knowledge.store.snapshot;
    const q = 'run a batch task once until it completes';
    const answer = askEngine(snapshot, q);
    expect(answer.error).toBeNull();
    expect(answer.matches.length).toBeGreaterThan(0);
    expect(answer.matches.length).toBeLessThanOrEqual(ENGINE_LIMIT);
    expect(answer.matches.map((m) => m.resource)).toEqual(answerQuestion(snapshot, { q, limit: ENGINE_LIMIT }).matches.map((m) => m.resource.name));
    for (const m of answer.matches) expect(snapshot.resource(m.resource)).toBeDefined();
  });

  it('reads which resources the answer compares', () => {
    expect(askEngine(knowledge.store.snapshot, 'Job vs CronJob').compared).toEqual(expect.arrayContaining(['Job', 'CronJob']));
  });

  it('records a question the engine refuses as an error, not as declined', () => {
    const answer = askEngine(knowledge.store.snapshot, 'x'.repeat(501));
    expect(answer.matches).toEqual([]);
    expect(answer.error).toMatch(/500/);
  });
});

describe('evaluateQuestionSet', () => {
  it('scores every question of a set against the seeded knowledge', () => {
    const set = loadHistoricSet();
    const evaluation = evaluateQuestionSet(knowledge.store.snapshot, set);
    expect(evaluation.outcomes.map((o) => o.id)).toEqual(set.questions.map((q) => q.id));
    expect(evaluation.summary.all.top1.total).toBe(set.questions.length);
    expect(evaluation.outcomes.every((o) => o.covered)).toBe(true);
  });

  it('asks once per question: a union of sets takes its parts’ outcomes', () => {
    const set = loadHistoricSet();
    const [part, union] = evaluateQuestionSets(knowledge.store.snapshot, [set, unionOf(HELD_OUT_SET, 'report', [set, set])]);
    expect(union!.outcomes).toHaveLength(2 * set.questions.length);
    expect(union!.outcomes.slice(0, set.questions.length).every((o, i) => o === part!.outcomes[i])).toBe(true);
    expect(union!.summary.all.top1.hits).toBe(2 * part!.summary.all.top1.hits);
    expect(union!.use).toBe('report');
  });
});
