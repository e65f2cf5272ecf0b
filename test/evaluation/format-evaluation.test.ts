import { describe, expect, it } from 'vitest';
import type { EngineAnswer } from '../../src/evaluation/ask-engine.js';
import { EvalQuestion } from '../../src/evaluation/eval-question.js';
import type { SetEvaluation } from '../../src/evaluation/evaluate-question-set.js';
import { checkTargets, formatEvaluation } from '../../src/evaluation/format-evaluation.js';
import { HELD_OUT_SET, TUNING_SET, type SetName, type SetUse } from '../../src/evaluation/question-sets.js';
import { scoreQuestion } from '../../src/evaluation/score-question.js';
import { summarizeOutcomes } from '../../src/evaluation/summarize-outcomes.js';

const nodeDrain = EvalQuestion.parse({ id: 'en-task-01', lang: 'en', type: 'task', q: 'keep my pods up during a node drain', accept: ['PodDisruptionBudget'] });
const everyNode = EvalQuestion.parse({ id: 'ja-task-01', lang: 'ja', type: 'task', q: '全ノードに1つずつPodを置きたい', accept: ['DaemonSet'] });
const docker = EvalQuestion.parse({ id: 'en-off-01', lang: 'en', type: 'offtopic', q: 'install Docker on Ubuntu', accept: [] });
const said = (...names: string[]): EngineAnswer => ({ matches: names.map((resource) => ({ resource, fieldPath: null, confidence: 0.8 })), compared: [], error: null });

function evaluation(name: SetName): SetEvaluation {
  const outcomes = [
    scoreQuestion(nodeDrain, said('Pod', 'PodDisruptionBudget'), () => true),
    scoreQuestion(everyNode, said('DaemonSet'), () => true),
    scoreQuestion(docker, said('Secret'), () => true),
  ];
  const use: SetUse = name.startsWith('test') ? 'report' : name === 'historic' ? 'historic' : 'tune';
  return { name, use, files: [`/x/eval/questions.${name}.yaml`], summary: summarizeOutcomes(outcomes), outcomes };
}

describe('formatEvaluation', () => {
  it('lists the dev half’s misses but only counts the test half’s, unless asked to show them', () => {
    const hidden = formatEvaluation([evaluation('dev'), evaluation('test')], { showTestMisses: false }).join('\n');
    const [devPart, testPart] = hidden.split('== test');
    expect(devPart).toContain('en-task-01');
    expect(devPart).toContain('en-off-01');
    expect(testPart).toContain('2 misses, not listed');
    expect(testPart).not.toContain('en-task-01');
    const shown = formatEvaluation([evaluation('dev'), evaluation('test')], { showTestMisses: true }).join('\n');
    expect(shown.split('== test')[1]).toContain('en-task-01');
  });

  it('hides the later rounds’ test halves and the held-out union like round 1’s, and lists the tuning union’s misses only under its parts', () => {
    const names: SetName[] = ['dev-2', 'test-2', 'dev-3', 'test-3', TUNING_SET, HELD_OUT_SET];
    const text = formatEvaluation(names.map(evaluation), { showTestMisses: false }).join('\n');
    const part = (name: string) => text.split(`== ${name} `)[1]!.split('\n== ')[0]!;
    for (const shown of ['dev-2', 'dev-3']) expect(part(shown)).toContain('en-task-01');
    for (const hidden of ['test-2', 'test-3', HELD_OUT_SET]) {
      expect(part(hidden)).toContain('2 misses, not listed');
      expect(part(hidden)).not.toContain('en-task-01');
    }
    expect(part(TUNING_SET)).toContain('2 misses, listed under dev, dev-2 and dev-3');
  });

  it('prints the reliability of confidence when matches carry one', () => {
    const lines = formatEvaluation([evaluation('dev')], { showTestMisses: false });
    expect(lines.some((l) => l.startsWith('calibration over 3 answers'))).toBe(true);
    expect(lines.some((l) => /\[0\.8, 0\.9\)\s+n=3/.test(l))).toBe(true);
  });
});

describe('the abstention threshold sweep', () => {
  it('is printed for the union of the dev halves only, where the threshold is chosen', () => {
    const text = formatEvaluation([evaluation('dev'), evaluation('test'), evaluation(TUNING_SET), evaluation(HELD_OUT_SET)], { showTestMisses: true }).join('\n');
    const [halves, unions] = text.split(`== ${TUNING_SET}`);
    expect(halves).not.toContain('declining below');
    const [tuning, heldOut] = unions!.split(`== ${HELD_OUT_SET}`);
    expect(tuning).toMatch(/< 0\.9 +top-1 0\.0 %/);
    expect(heldOut).not.toContain('declining below');
  });
});

describe('the targets table', () => {
  it('shows every half and both unions, dev before test, and says the held-out union is where the targets are met', () => {
    const names: SetName[] = ['dev', 'test', 'dev-2', 'test-2', 'dev-3', 'test-3', 'historic', TUNING_SET, HELD_OUT_SET];
    const lines = formatEvaluation(names.map(evaluation), { showTestMisses: false });
    const title = lines.findIndex((l) => l.startsWith('targets of issue 11'));
    expect(lines[title]).toContain('met on test+test-2+test-3');
    expect(lines[title + 1]!.trim().split(/\s+/)).toEqual(['dev', 'dev-2', 'dev-3', 'dev+dev-2+dev-3', 'test', 'test-2', 'test-3', 'test+test-2+test-3']);
    expect(lines[title + 2]).toMatch(/top-1 ≥ 90 %\s+(50\.0 % ✗\s+){7}50\.0 % ✗$/);
  });

  it('lines each cell up under its set’s name, however long the name', () => {
    const names: SetName[] = ['dev', TUNING_SET, 'test', HELD_OUT_SET];
    const lines = formatEvaluation(names.map(evaluation), { showTestMisses: false });
    const title = lines.findIndex((l) => l.startsWith('targets of issue 11'));
    const [header, top1] = [lines[title + 1]!, lines[title + 2]!];
    for (const name of names) expect(top1.slice(header.indexOf(` ${name}`) + 1)).toMatch(/^50\.0 % ✗/);
  });
});

describe('checkTargets', () => {
  it('checks each of issue 11’s targets on a set', () => {
    const checks = Object.fromEntries(checkTargets(evaluation('test')).map((c) => [c.target, c]));
    expect(checks['top-1 ≥ 90 %']).toEqual({ target: 'top-1 ≥ 90 %', value: '50.0 %', met: false });
    expect(checks['top-3 ≥ 97 %']?.met).toBe(true);
    expect(checks['off-topic declined ≥ 95 %']).toMatchObject({ value: '0.0 %', met: false });
    expect(checks['answerable wrongly declined ≤ 3 %']?.met).toBe(true);
    expect(checks['field named ≥ 90 %']).toMatchObject({ value: null, met: null });
    expect(checks['ja/en top-1 gap ≤ 5 points']).toMatchObject({ value: '100.0 pt', met: false });
  });
});
