import path from 'node:path';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { ENGINE_LIMIT } from './ask-engine.js';
import type { SetEvaluation } from './evaluate-question-set.js';
import { checkTargets, missesOf, type ReportOptions } from './format-evaluation.js';
import { sweepThresholds } from './sweep-thresholds.js';

/**
 * The JSON report of a run (eval/results/latest.json): every set's figures and target checks, and
 * its outcomes, except the test half's unless asked for, like the console report.
 */
export function evaluationReport(snapshot: KnowledgeSnapshot, sets: readonly SetEvaluation[], options: ReportOptions & { pendingKinds: readonly string[] }) {
  return {
    generatedAt: new Date().toISOString(),
    knowledge: { revision: snapshot.revision, resources: snapshot.counts().resources },
    engine: { reads: 'answerQuestion (src/answers) through src/evaluation/ask-engine.ts', limit: ENGINE_LIMIT },
    pendingKindsInKnowledge: options.pendingKinds.filter((kind) => snapshot.resource(kind) !== undefined),
    sets: sets.map((set) => {
      const hidden = set.name === 'test' && !options.showTestMisses;
      return {
        name: set.name,
        file: path.relative(PACKAGE_ROOT, set.file),
        summary: set.summary,
        targets: checkTargets(set),
        thresholdSweep: set.name === 'dev' ? sweepThresholds(set.outcomes) : null,
        misses: missesOf(set.outcomes).length,
        outcomes: hidden ? null : set.outcomes,
      };
    }),
  };
}
