import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EngineAnswer } from '../../src/evaluation/ask-engine.js';
import { compareWithEarlier } from '../../src/evaluation/compare-reports.js';
import { EvalQuestion } from '../../src/evaluation/eval-question.js';
import type { SetEvaluation } from '../../src/evaluation/evaluate-question-set.js';
import type { SetName } from '../../src/evaluation/question-sets.js';
import { scoreQuestion } from '../../src/evaluation/score-question.js';
import { summarizeOutcomes } from '../../src/evaluation/summarize-outcomes.js';

const drain = EvalQuestion.parse({ id: 'en-task-01', lang: 'en', type: 'task', q: 'keep my pods up during a node drain', accept: ['PodDisruptionBudget'] });
const docker = EvalQuestion.parse({ id: 'en-off-01', lang: 'en', type: 'offtopic', q: 'install Docker on Ubuntu', accept: [] });
const said = (...names: string[]): EngineAnswer => ({ matches: names.map((resource) => ({ resource, fieldPath: null, confidence: null })), compared: [], error: null });

function evaluation(name: SetName, answers: [EngineAnswer, EngineAnswer]): SetEvaluation {
  const outcomes = [scoreQuestion(drain, answers[0], () => true), scoreQuestion(docker, answers[1], () => true)];
  return { name, use: name === 'test' ? 'report' : 'tune', files: [`questions.${name}.yaml`], summary: summarizeOutcomes(outcomes), outcomes };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedex-eval-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('compareWithEarlier', () => {
  it('prints each figure’s move, and which questions were fixed or broken where both reports hold the outcomes', () => {
    const before = [evaluation('dev', [said('Pod'), said()]), evaluation('test', [said('Pod'), said()])];
    const file = path.join(dir, 'before.json');
    const sets = before.map((s) => ({ name: s.name, summary: s.summary, outcomes: s.name === 'test' ? null : s.outcomes }));
    fs.writeFileSync(file, JSON.stringify({ generatedAt: '2026-12-02T00:00:00Z', sets }));

    const lines = compareWithEarlier(file, [evaluation('dev', [said('PodDisruptionBudget'), said('Secret')]), evaluation('test', [said('PodDisruptionBudget'), said()])], { showTestMisses: false });
    const text = lines.join('\n');
    expect(text).toContain('dev: top1 +100.0 pt');
    expect(text).toContain('offtopicDeclined -100.0 pt');
    expect(text).toContain('fixed (1): en-task-01');
    expect(text).toContain('broken (1): en-off-01');
    const testPart = text.split('  test:')[1]!;
    expect(testPart).toContain('top1 +100.0 pt');
    expect(testPart).not.toContain('fixed');
  });

  it('never names a test half’s questions when this run hides them, even if the earlier report was written with --show-test-misses', () => {
    const before = [evaluation('test', [said('Pod'), said()])];
    const file = path.join(dir, 'shown.json');
    fs.writeFileSync(file, JSON.stringify({ generatedAt: '2026-12-03T00:00:00Z', sets: before.map((s) => ({ name: s.name, summary: s.summary, outcomes: s.outcomes })) }));
    const now = [evaluation('test', [said('PodDisruptionBudget'), said('Secret')])];

    const hidden = compareWithEarlier(file, now, { showTestMisses: false }).join('\n');
    expect(hidden).toContain('test: top1 +100.0 pt');
    expect(hidden).not.toContain('en-task-01');
    expect(hidden).not.toContain('en-off-01');
    const shown = compareWithEarlier(file, now, { showTestMisses: true }).join('\n');
    expect(shown).toContain('fixed (1): en-task-01');
    expect(shown).toContain('broken (1): en-off-01');
  });
});
