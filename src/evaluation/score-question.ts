import type { EngineAnswer } from './ask-engine.js';
import { comparedSides } from './eval-question.js';
import type { ScoredQuestion } from './question-sets.js';

/** What one question got, and whether each figure counts it right. */
export interface QuestionOutcome {
  id: string;
  lang: ScoredQuestion['lang'];
  type: ScoredQuestion['type'];
  q: string;
  accept: string[];
  /** The top matches' resource names, best first. */
  got: string[];
  /** The top match's field path, when it names one. */
  gotField: string | null;
  /** The top match's confidence, when it carries one. */
  confidence: number | null;
  declined: boolean;
  /** 1-based rank of the first accepted resource among the matches; null when none is there (and for off-topic questions). */
  rank: number | null;
  /** Field questions: the top match is an accepted kind and names one of its accepted fields. */
  fieldNamed: boolean | null;
  /** Comparisons: the answer's comparison covers every side the question asks about. */
  comparedAll: boolean | null;
  /** Some accepted resource is in the knowledge today (always true for off-topic questions). */
  covered: boolean;
  /** Right at top-1 for answerable questions; declined for off-topic ones. */
  correct: boolean;
  error: string | null;
}

/** Scores one engine answer against its question; `known` says which resource names the knowledge holds. */
export function scoreQuestion(question: ScoredQuestion, answer: EngineAnswer, known: (name: string) => boolean): QuestionOutcome {
  const got = answer.matches.map((m) => m.resource);
  const top = answer.matches[0];
  const declined = answer.error === null && answer.matches.length === 0;
  const offtopic = question.type === 'offtopic';
  const index = got.findIndex((name) => question.accept.includes(name));
  const rank = offtopic || index < 0 ? null : index + 1;
  const topField = top?.fieldPath == null ? null : { kind: top.resource, path: normalizeFieldPath(top.fieldPath) };
  const fieldNamed =
    question.fields === undefined ? null : topField !== null && question.fields.some((f) => f.kind === topField.kind && normalizeFieldPath(f.path) === topField.path);
  const comparedAll = question.compare === undefined ? null : comparedSides(question).every((side) => side.some((name) => answer.compared.includes(name)));
  return {
    id: question.id,
    lang: question.lang,
    type: question.type,
    q: question.q,
    accept: question.accept,
    got,
    gotField: top?.fieldPath ?? null,
    confidence: top?.confidence ?? null,
    declined,
    rank,
    fieldNamed,
    comparedAll,
    covered: offtopic || question.accept.some(known),
    correct: offtopic ? declined : rank === 1,
    error: answer.error,
  };
}

/** A field path without list markers: `spec.containers[].livenessProbe` and `spec.containers.livenessProbe` are one field. */
export function normalizeFieldPath(fieldPath: string): string {
  return fieldPath.replace(/\[[^\]]*\]/g, '').replace(/^\./, '');
}
