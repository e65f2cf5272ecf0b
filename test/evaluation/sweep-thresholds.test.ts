import { describe, expect, it } from 'vitest';
import type { EngineAnswer } from '../../src/evaluation/ask-engine.js';
import { EvalQuestion } from '../../src/evaluation/eval-question.js';
import { scoreQuestion } from '../../src/evaluation/score-question.js';
import { sweepThresholds } from '../../src/evaluation/sweep-thresholds.js';

const pdb = EvalQuestion.parse({ id: 'en-task-01', lang: 'en', type: 'task', q: 'keep pods up during a drain', accept: ['PodDisruptionBudget'] });
const docker = EvalQuestion.parse({ id: 'en-off-01', lang: 'en', type: 'offtopic', q: 'install Docker on Ubuntu', accept: [] });
const top = (resource: string, confidence: number | null): EngineAnswer => ({ matches: [{ resource, fieldPath: null, confidence }], compared: [], error: null });

describe('sweepThresholds', () => {
  it('is absent when no match carries a confidence', () => {
    expect(sweepThresholds([scoreQuestion(pdb, top('PodDisruptionBudget', null), () => true)])).toBeNull();
  });

  it('declines answers below each threshold: off-topic ones become right, answerable ones wrongly declined', () => {
    const outcomes = [scoreQuestion(pdb, top('PodDisruptionBudget', 0.65), () => true), scoreQuestion(docker, top('Secret', 0.35), () => true)];
    const at = (threshold: number) => sweepThresholds(outcomes)!.find((t) => t.threshold === threshold)!;
    expect(at(0)).toMatchObject({ top1: { hits: 1, total: 1 }, wronglyDeclined: { hits: 0 }, offtopicDeclined: { hits: 0, total: 1 } });
    expect(at(0.4)).toMatchObject({ top1: { hits: 1 }, wronglyDeclined: { hits: 0 }, offtopicDeclined: { hits: 1 } });
    expect(at(0.7)).toMatchObject({ top1: { hits: 0 }, wronglyDeclined: { hits: 1, total: 1 }, offtopicDeclined: { hits: 1 } });
  });
});
