import { answerQuestion } from '../answers/answer-question.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';

/** How many matches the harness asks for: top-3 is the widest figure it reports. */
export const ENGINE_LIMIT = 3;

/** One match as the harness reads it. */
export interface EngineMatch {
  resource: string;
  /** The field the match names (`spec.strategy.rollingUpdate.maxSurge`), when the engine names one. */
  fieldPath: string | null;
  /** The engine's confidence in [0, 1], when it gives one. */
  confidence: number | null;
}

/** What the answer engine said to one question: no matches means it declined. */
export interface EngineAnswer {
  matches: EngineMatch[];
  /** The resources its comparison table compares, when it built one. */
  compared: string[];
  /** The engine threw instead of answering (counted as a miss, never as declined). */
  error: string | null;
}

/**
 * The one place the harness reads the answer engine, through the core (not HTTP), as a chatbot's
 * `/ask` without `lang` does. Written against today's Answer; adapt only this file when its shape changes.
 */
export function askEngine(snapshot: KnowledgeSnapshot, q: string): EngineAnswer {
  try {
    const answer = answerQuestion(snapshot, { q, limit: ENGINE_LIMIT });
    return {
      matches: answer.matches.map((match) => ({ resource: match.resource.name, fieldPath: fieldPathOf(match), confidence: confidenceOf(match) })),
      compared: answer.comparison?.resources ?? [],
      error: null,
    };
  } catch (error) {
    return { matches: [], compared: [], error: error instanceof Error ? error.message : String(error) };
  }
}

// Not in today's Answer type: read them structurally so the harness measures them the day they appear.
function fieldPathOf(match: object): string | null {
  const field: unknown = (match as { field?: unknown }).field;
  const fieldPath: unknown = typeof field === 'object' && field !== null ? (field as { path?: unknown }).path : undefined;
  return typeof fieldPath === 'string' ? fieldPath : null;
}

function confidenceOf(match: object): number | null {
  const confidence: unknown = (match as { confidence?: unknown }).confidence;
  return typeof confidence === 'number' && Number.isFinite(confidence) ? confidence : null;
}
