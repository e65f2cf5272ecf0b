import { LANGS, type Lang } from '../knowledge/vocabulary.js';
import { calibrate, type Calibration } from './calibrate.js';
import { QUESTION_TYPES, type QuestionType } from './eval-question.js';
import type { QuestionOutcome } from './score-question.js';

/** `hits` of `total` questions; the share is hits / total (0 of 0 is reported as n/a). */
export interface Rate {
  hits: number;
  total: number;
}

/** Every figure of one group of questions. */
export interface Figures {
  questions: number;
  /** Answerable questions: accepted resource first, or among the first three. */
  top1: Rate;
  top3: Rate;
  /** Answerable questions the engine declined (no matches). */
  wronglyDeclined: Rate;
  /** Off-topic questions the engine declined. */
  offtopicDeclined: Rate;
  /** Field questions whose top match names an accepted field of an accepted kind. */
  fieldNamed: Rate;
  /** Comparisons whose answer compares every side asked about. */
  comparedAll: Rate;
  /** Top-1, top-3 and wrongly declined only over answerable questions about resources the knowledge already holds. */
  coveredTop1: Rate;
  coveredTop3: Rate;
  coveredWronglyDeclined: Rate;
  /** Questions the engine threw on. */
  errors: number;
}

/** A set's figures overall, per question type and per language, with the reliability of `confidence`. */
export interface SetSummary {
  all: Figures;
  byType: Partial<Record<QuestionType, Figures>>;
  byLang: Record<Lang, Figures>;
  /** Null when no match carries a confidence. */
  calibration: Calibration | null;
}

/** Adds up the outcomes of one set. */
export function summarizeOutcomes(outcomes: readonly QuestionOutcome[]): SetSummary {
  const byType: Partial<Record<QuestionType, Figures>> = {};
  for (const type of QUESTION_TYPES) {
    const ofType = outcomes.filter((o) => o.type === type);
    if (ofType.length > 0) byType[type] = figures(ofType);
  }
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, figures(outcomes.filter((o) => o.lang === lang))])) as Record<Lang, Figures>;
  const answered = outcomes.filter((o) => !o.declined && o.error === null);
  return {
    all: figures(outcomes),
    byType,
    byLang,
    calibration: calibrate(answered.filter((o) => o.confidence !== null).map((o) => ({ confidence: o.confidence!, correct: o.correct }))),
  };
}

function figures(outcomes: readonly QuestionOutcome[]): Figures {
  const answerable = outcomes.filter((o) => o.type !== 'offtopic');
  const covered = answerable.filter((o) => o.covered);
  return {
    questions: outcomes.length,
    top1: rateOf(answerable, (o) => o.rank === 1),
    top3: rateOf(answerable, (o) => o.rank !== null),
    wronglyDeclined: rateOf(answerable, (o) => o.declined),
    offtopicDeclined: rateOf(
      outcomes.filter((o) => o.type === 'offtopic'),
      (o) => o.declined,
    ),
    fieldNamed: rateOf(
      outcomes.filter((o) => o.fieldNamed !== null),
      (o) => o.fieldNamed === true,
    ),
    comparedAll: rateOf(
      outcomes.filter((o) => o.comparedAll !== null),
      (o) => o.comparedAll === true,
    ),
    coveredTop1: rateOf(covered, (o) => o.rank === 1),
    coveredTop3: rateOf(covered, (o) => o.rank !== null),
    coveredWronglyDeclined: rateOf(covered, (o) => o.declined),
    errors: outcomes.filter((o) => o.error !== null).length,
  };
}

/** How many of `list` are hits. */
export function rateOf<T>(list: readonly T[], hit: (item: T) => boolean): Rate {
  return { hits: list.filter(hit).length, total: list.length };
}

/** The share of a rate, or null when it counts nothing. */
export function share(rate: Rate): number | null {
  return rate.total === 0 ? null : rate.hits / rate.total;
}
