import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { askEngine } from './ask-engine.js';
import type { QuestionSet, SetName } from './question-sets.js';
import { scoreQuestion, type QuestionOutcome } from './score-question.js';
import { summarizeOutcomes, type SetSummary } from './summarize-outcomes.js';

/** One set's outcomes and figures. */
export interface SetEvaluation {
  name: SetName;
  file: string;
  summary: SetSummary;
  outcomes: QuestionOutcome[];
}

/** Asks the answer engine every question of a set and scores the answers. */
export function evaluateQuestionSet(snapshot: KnowledgeSnapshot, set: QuestionSet): SetEvaluation {
  const known = (name: string) => snapshot.resource(name) !== undefined;
  const outcomes = set.questions.map((question) => scoreQuestion(question, askEngine(snapshot, question.q), known));
  return { name: set.name, file: set.file, summary: summarizeOutcomes(outcomes), outcomes };
}
