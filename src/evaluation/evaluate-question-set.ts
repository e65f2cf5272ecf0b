import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { askEngine } from './ask-engine.js';
import type { QuestionSet, ScoredQuestion, SetName, SetUse } from './question-sets.js';
import { scoreQuestion, type QuestionOutcome } from './score-question.js';
import { summarizeOutcomes, type SetSummary } from './summarize-outcomes.js';

/** One set's outcomes and figures. */
export interface SetEvaluation {
  name: SetName;
  use: SetUse;
  files: string[];
  summary: SetSummary;
  outcomes: QuestionOutcome[];
}

/** Asks the answer engine every question of a set and scores the answers. */
export function evaluateQuestionSet(snapshot: KnowledgeSnapshot, set: QuestionSet): SetEvaluation {
  return evaluateQuestionSets(snapshot, [set])[0]!;
}

/**
 * Evaluates several sets, asking the engine once per question: a union of halves shares its
 * parts' questions, so its outcomes are theirs.
 */
export function evaluateQuestionSets(snapshot: KnowledgeSnapshot, sets: readonly QuestionSet[]): SetEvaluation[] {
  const known = (name: string) => snapshot.resource(name) !== undefined;
  const asked = new Map<ScoredQuestion, QuestionOutcome>();
  const outcomeOf = (question: ScoredQuestion) => {
    let outcome = asked.get(question);
    if (!outcome) asked.set(question, (outcome = scoreQuestion(question, askEngine(snapshot, question.q), known)));
    return outcome;
  };
  return sets.map((set) => {
    const outcomes = set.questions.map(outcomeOf);
    return { name: set.name, use: set.use, files: set.files, summary: summarizeOutcomes(outcomes), outcomes };
  });
}
