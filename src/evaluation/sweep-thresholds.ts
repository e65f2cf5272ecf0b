import type { QuestionOutcome } from './score-question.js';
import { rateOf, type Rate } from './summarize-outcomes.js';

/** What declining every answer whose top confidence is below `threshold` would give. */
export interface ThresholdOutcome {
  threshold: number;
  top1: Rate;
  wronglyDeclined: Rate;
  offtopicDeclined: Rate;
}

/** Thresholds the sweep tries: 0 (decline nothing more) to 0.9. */
export const SWEPT_THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * For choosing the abstention threshold on the dev half (never on test): top-1, answerable
 * wrongly declined and off-topic declined if the engine also declined below each threshold.
 * Null when no match carries a confidence.
 */
export function sweepThresholds(outcomes: readonly QuestionOutcome[]): ThresholdOutcome[] | null {
  if (!outcomes.some((o) => o.confidence !== null)) return null;
  const answerable = outcomes.filter((o) => o.type !== 'offtopic');
  const offtopic = outcomes.filter((o) => o.type === 'offtopic');
  return SWEPT_THRESHOLDS.map((threshold) => {
    // An answer without a confidence cannot be thresholded: it stands as answered.
    const declines = (o: QuestionOutcome) => o.declined || (o.confidence !== null && o.confidence < threshold);
    return {
      threshold,
      top1: rateOf(answerable, (o) => o.rank === 1 && !declines(o)),
      wronglyDeclined: rateOf(answerable, declines),
      offtopicDeclined: rateOf(offtopic, declines),
    };
  });
}
