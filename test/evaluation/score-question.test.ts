import { describe, expect, it } from 'vitest';
import type { EngineAnswer, EngineMatch } from '../../src/evaluation/ask-engine.js';
import { EvalQuestion } from '../../src/evaluation/eval-question.js';
import { scoreQuestion } from '../../src/evaluation/score-question.js';

const known = (name: string) => ['Deployment', 'DaemonSet', 'Pod', 'ConfigMap', 'Secret', 'Ingress'].includes(name);
const match = (resource: string, extra: Partial<EngineMatch> = {}): EngineMatch => ({ resource, fieldPath: null, confidence: null, ...extra });
const answer = (matches: EngineMatch[], extra: Partial<EngineAnswer> = {}): EngineAnswer => ({ matches, compared: [], error: null, ...extra });

const maxSurge = EvalQuestion.parse({
  id: 'en-field-01',
  lang: 'en',
  type: 'field',
  q: 'what does maxSurge mean',
  accept: ['Deployment', 'DaemonSet'],
  fields: [
    { kind: 'Deployment', path: 'spec.strategy.rollingUpdate.maxSurge' },
    { kind: 'DaemonSet', path: 'spec.updateStrategy.rollingUpdate.maxSurge' },
  ],
});
const cookies = EvalQuestion.parse({ id: 'en-off-01', lang: 'en', type: 'offtopic', q: 'best cookie recipe', accept: [] });
const configVsSecret = EvalQuestion.parse({
  id: 'en-cmp-01',
  lang: 'en',
  type: 'comparison',
  q: 'ConfigMap vs Secret',
  accept: ['ConfigMap', 'Secret'],
  compare: ['ConfigMap', ['Secret', 'SealedSecret']],
});

describe('scoreQuestion', () => {
  it('ranks the first accepted resource among the matches', () => {
    const outcome = scoreQuestion(maxSurge, answer([match('Pod'), match('DaemonSet')]), known);
    expect(outcome).toMatchObject({ rank: 2, correct: false, declined: false, got: ['Pod', 'DaemonSet'] });
    expect(scoreQuestion(maxSurge, answer([match('Deployment')]), known)).toMatchObject({ rank: 1, correct: true });
  });

  it('names the field only when the top match is an accepted kind with one of that kind’s accepted paths', () => {
    const named = (m: EngineMatch) => scoreQuestion(maxSurge, answer([m]), known).fieldNamed;
    expect(named(match('Deployment', { fieldPath: 'spec.strategy.rollingUpdate.maxSurge' }))).toBe(true);
    expect(named(match('DaemonSet', { fieldPath: 'spec.strategy.rollingUpdate.maxSurge' }))).toBe(false);
    expect(named(match('Deployment', { fieldPath: 'spec.strategy.rollingUpdate.maxUnavailable' }))).toBe(false);
    expect(named(match('Deployment'))).toBe(false);
    expect(scoreQuestion(cookies, answer([]), known).fieldNamed).toBeNull();
  });

  it('reads list markers in a field path as the same field', () => {
    const probe = EvalQuestion.parse({
      id: 'en-field-02',
      lang: 'en',
      type: 'field',
      q: 'readiness probe',
      accept: ['Pod'],
      fields: [{ kind: 'Pod', path: 'spec.containers.readinessProbe' }],
    });
    expect(scoreQuestion(probe, answer([match('Pod', { fieldPath: 'spec.containers[].readinessProbe' })]), known).fieldNamed).toBe(true);
  });

  it('counts an off-topic question right only when declined, and any answer to it wrong', () => {
    expect(scoreQuestion(cookies, answer([]), known)).toMatchObject({ declined: true, correct: true, rank: null });
    expect(scoreQuestion(cookies, answer([match('ConfigMap')]), known)).toMatchObject({ declined: false, correct: false, rank: null });
  });

  it('counts an engine error as a miss, never as declining', () => {
    expect(scoreQuestion(cookies, answer([], { error: 'boom' }), known)).toMatchObject({ declined: false, correct: false, error: 'boom' });
  });

  it('wants every side of a comparison compared, any name of a side doing for it', () => {
    const compared = (names: string[]) => scoreQuestion(configVsSecret, answer([match('ConfigMap')], { compared: names }), known).comparedAll;
    expect(compared(['ConfigMap', 'SealedSecret'])).toBe(true);
    expect(compared(['ConfigMap', 'Pod'])).toBe(false);
    expect(compared([])).toBe(false);
    expect(scoreQuestion(maxSurge, answer([]), known).comparedAll).toBeNull();
  });

  it('says whether the knowledge holds any accepted resource yet', () => {
    const gateway = EvalQuestion.parse({ id: 'en-def-01', lang: 'en', type: 'definition', q: 'what is a GatewayClass', accept: ['GatewayClass'] });
    expect(scoreQuestion(gateway, answer([]), known).covered).toBe(false);
    expect(scoreQuestion(maxSurge, answer([]), known).covered).toBe(true);
  });
});

describe('EvalQuestion', () => {
  const base = { id: 'en-task-01', lang: 'en', type: 'task', q: 'run a pod on every node', accept: ['DaemonSet'] };

  it('refuses questions whose parts disagree with their type', () => {
    expect(EvalQuestion.safeParse(base).success).toBe(true);
    expect(EvalQuestion.safeParse({ ...base, accept: [] }).success).toBe(false);
    expect(EvalQuestion.safeParse({ ...base, id: 'en-off-01', type: 'offtopic' }).success).toBe(false);
    expect(EvalQuestion.safeParse({ ...base, id: 'en-field-01', type: 'field' }).success).toBe(false);
    expect(EvalQuestion.safeParse({ ...base, fields: [{ kind: 'DaemonSet', path: 'spec.selector' }] }).success).toBe(false);
    expect(EvalQuestion.safeParse({ ...base, id: 'en-field-01', type: 'field', fields: [{ kind: 'Pod', path: 'spec.nodeName' }] }).success).toBe(false);
  });

  it('refuses an id that does not read lang-type-number', () => {
    expect(EvalQuestion.safeParse({ ...base, id: 'ja-task-01' }).success).toBe(false);
    expect(EvalQuestion.safeParse({ ...base, id: 'en-def-01' }).success).toBe(false);
    expect(EvalQuestion.safeParse({ ...base, id: 'en-task-1' }).success).toBe(false);
    expect(EvalQuestion.safeParse({ ...base, id: 'en-task-r2-01' }).success).toBe(true);
    expect(EvalQuestion.safeParse({ ...base, id: 'en-task-r-01' }).success).toBe(false);
    expect(EvalQuestion.safeParse({ ...base, id: 'en-def-r2-01' }).success).toBe(false);
  });
});
