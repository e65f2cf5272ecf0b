import path from 'node:path';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { ENGINE_LIMIT } from './ask-engine.js';
import type { SetEvaluation } from './evaluate-question-set.js';
import { checkTargets, hidesOutcomes, missesOf, type ReportOptions } from './format-evaluation.js';
import { TUNING_SET } from './question-sets.js';
import { sweepThresholds } from './sweep-thresholds.js';

/**
 * The JSON report of a run (eval/results/latest.json): every set's figures and target checks, and
 * its outcomes, except the test halves' (and their union's) unless asked for, like the console report.
 */
export function evaluationReport(snapshot: KnowledgeSnapshot, sets: readonly SetEvaluation[], options: ReportOptions & { pendingKinds: readonly string[] }) {
  return {
    generatedAt: new Date().toISOString(),
    knowledge: { revision: snapshot.revision, resources: snapshot.counts().resources },
    engine: { reads: 'answerQuestion (src/answers) through src/evaluation/ask-engine.ts', limit: ENGINE_LIMIT },
    pendingKindsInKnowledge: options.pendingKinds.filter((kind) => snapshot.resource(kind) !== undefined),
    sets: sets.map((set) => {
      const hidden = hidesOutcomes(set, options);
      return {
        name: set.name,
        use: set.use,
        files: set.files.map((file) => path.relative(PACKAGE_ROOT, file)),
        summary: set.summary,
        targets: checkTargets(set),
        thresholdSweep: set.name === TUNING_SET ? sweepThresholds(set.outcomes) : null,
        misses: missesOf(set.outcomes).length,
        outcomes: hidden ? null : set.outcomes,
      };
    }),
  };
}
