import fs from 'node:fs';
import { z } from 'zod';
import type { SetEvaluation } from './evaluate-question-set.js';
import { hidesOutcomes, type ReportOptions } from './format-evaluation.js';
import { share } from './summarize-outcomes.js';

const RateShape = z.object({ hits: z.number(), total: z.number() });
// Only what the comparison reads of an earlier eval/results report; the rest may change shape freely.
const EarlierReport = z.object({
  generatedAt: z.string(),
  sets: z.array(
    z.object({
      name: z.string(),
      summary: z.object({ all: z.object({ top1: RateShape, top3: RateShape, offtopicDeclined: RateShape, wronglyDeclined: RateShape, fieldNamed: RateShape }) }),
      outcomes: z.array(z.object({ id: z.string(), correct: z.boolean() })).nullable(),
    }),
  ),
});

const FIGURES = ['top1', 'top3', 'fieldNamed', 'offtopicDeclined', 'wronglyDeclined'] as const;

/**
 * What changed since an earlier report (`--against eval/results/baseline.json`): each figure's
 * move per set, and on the sets whose outcomes both reports hold and this run shows (never a test
 * half, unless this run and the earlier one were both made with --show-test-misses) which questions
 * a change fixed and which it broke.
 */
export function compareWithEarlier(file: string, sets: readonly SetEvaluation[], options: ReportOptions): string[] {
  const earlier = EarlierReport.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const lines = [`since ${file} (${earlier.generatedAt}):`];
  for (const set of sets) {
    const before = earlier.sets.find((s) => s.name === set.name);
    if (!before) continue;
    const moves = FIGURES.map((figure) => {
      const [was, now] = [share(before.summary.all[figure]), share(set.summary.all[figure])];
      return was === null || now === null ? null : `${figure} ${points(now - was)}`;
    }).filter((m) => m !== null);
    lines.push(`  ${set.name}: ${moves.join(', ')}`);
    if (!before.outcomes || hidesOutcomes(set, options)) continue;
    const wasRight = new Map(before.outcomes.map((o) => [o.id, o.correct]));
    const fixed = set.outcomes.filter((o) => o.correct && wasRight.get(o.id) === false).map((o) => o.id);
    const broken = set.outcomes.filter((o) => !o.correct && wasRight.get(o.id) === true).map((o) => o.id);
    if (fixed.length) lines.push(`    fixed (${fixed.length}): ${fixed.join(' ')}`);
    if (broken.length) lines.push(`    broken (${broken.length}): ${broken.join(' ')}`);
  }
  return lines;
}

function points(delta: number): string {
  const value = (delta * 100).toFixed(1);
  return `${delta > 0 ? '+' : ''}${value} pt`;
}
