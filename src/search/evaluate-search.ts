import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { detectLang } from './detect-lang.js';
import { searchResources } from './search-resources.js';

/** The committed question set of `npm run eval:search`. */
export const SEARCH_QUESTIONS_FILE = path.join(PACKAGE_ROOT, 'eval', 'search-questions.yaml');

const QuestionsFile = z.object({
  questions: z.array(z.object({ q: z.string().min(1), expect: z.array(z.string().min(1)).min(1) }).strict()).min(1),
});
/** A question and every resource name acceptable as its top hit. */
export type SearchQuestion = z.infer<typeof QuestionsFile>['questions'][number];

/** What one question got. */
export interface QuestionOutcome extends SearchQuestion {
  lang: 'ja' | 'en';
  got: string[];
  rank: number | null;
}

/** Accuracy of a question set: share of questions whose expected resource is first, or among the first three. */
export interface SearchEvaluation {
  total: number;
  top1: number;
  top3: number;
  byLang: Record<'ja' | 'en', { total: number; top1: number; top3: number }>;
  outcomes: QuestionOutcome[];
}

/** Reads and validates a question file. */
export function loadSearchQuestions(file = SEARCH_QUESTIONS_FILE): SearchQuestion[] {
  return QuestionsFile.parse(parseYaml(fs.readFileSync(file, 'utf8'))).questions;
}

/** Runs every question through searchResources and scores the ranks; unknown expected names fail loudly. */
export function evaluateSearch(snapshot: KnowledgeSnapshot, questions: readonly SearchQuestion[]): SearchEvaluation {
  const outcomes = questions.map((question): QuestionOutcome => {
    for (const name of question.expect) if (!snapshot.resource(name)) throw new Error(`question "${question.q}" expects unknown resource ${name}`);
    const got = searchResources(snapshot, { q: question.q, limit: 3 }).map((h) => h.resource.name);
    const index = got.findIndex((name) => question.expect.includes(name));
    return { ...question, lang: detectLang(question.q), got, rank: index < 0 ? null : index + 1 };
  });
  const score = (list: QuestionOutcome[]) => ({
    total: list.length,
    top1: ratio(list.filter((o) => o.rank === 1).length, list.length),
    top3: ratio(list.filter((o) => o.rank !== null).length, list.length),
  });
  return {
    ...score(outcomes),
    byLang: { ja: score(outcomes.filter((o) => o.lang === 'ja')), en: score(outcomes.filter((o) => o.lang === 'en')) },
    outcomes,
  };
}

function ratio(n: number, total: number): number {
  return total === 0 ? 0 : n / total;
}
