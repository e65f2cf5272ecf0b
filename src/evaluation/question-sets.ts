import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../package-root.js';
import { detectLang } from '../search/detect-lang.js';
import { QuestionSetFile, type EvalQuestion, type QuestionType, type SplitRecord } from './eval-question.js';

/** The folder of the evaluation sets and their notes. */
export const EVAL_DIR = path.join(PACKAGE_ROOT, 'eval');

/** The three sets `npm run eval:search` reports: tune on dev, report test, keep historic for comparison. */
export const SET_NAMES = ['dev', 'test', 'historic'] as const;
/** One of SET_NAMES. */
export type SetName = (typeof SET_NAMES)[number];

/** A question as the harness scores it; the historic set's questions carry no type. */
export type ScoredQuestion = Omit<EvalQuestion, 'type'> & { type: QuestionType | null };

/** A loaded set: its name, where it came from and its questions. */
export interface QuestionSet {
  name: SetName;
  file: string;
  /** How the half was split off; null for the historic set. */
  split: SplitRecord | null;
  questions: ScoredQuestion[];
}

/** Where each half of the split lives. */
export function questionSetFile(half: 'dev' | 'test', dir = EVAL_DIR): string {
  return path.join(dir, `questions.${half}.yaml`);
}

/** Reads and validates one half of the split; a bad file fails naming the file and the question. */
export function loadQuestionHalf(half: 'dev' | 'test', dir = EVAL_DIR): QuestionSet & { questions: EvalQuestion[] } {
  const file = questionSetFile(half, dir);
  const parsed = QuestionSetFile.safeParse(parseYaml(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.split.half !== half) throw new Error(`${file} says it is the ${parsed.data.split.half} half`);
  return { name: half, file, split: parsed.data.split, questions: parsed.data.questions };
}

// The historic file's own shape: a question and every resource name acceptable as its top hit.
const HistoricFile = z.object({
  questions: z.array(z.object({ q: z.string().min(1), expect: z.array(z.string().min(1)).min(1) }).strict()).min(1),
});

/** The 52 questions kubedex was first measured (and tuned) on, in the harness's shape. */
export function loadHistoricSet(): QuestionSet {
  const file = path.join(EVAL_DIR, 'search-questions.yaml');
  const parsed = HistoricFile.safeParse(parseYaml(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const questions = parsed.data.questions.map((question, i): ScoredQuestion => {
    const lang = detectLang(question.q);
    return { id: `historic-${String(i + 1).padStart(2, '0')}`, lang, type: null, q: question.q, accept: question.expect };
  });
  return { name: 'historic', file, split: null, questions };
}

/** Every set, in report order. */
export function loadQuestionSets(): QuestionSet[] {
  return [loadQuestionHalf('dev'), loadQuestionHalf('test'), loadHistoricSet()];
}

const PendingKindsFile = z.object({ kinds: z.array(z.string().min(1)) }).strict();

/** Kinds the questions may accept before the seed holds them (eval/pending-kinds.yaml). */
export function loadPendingKinds(dir = EVAL_DIR): string[] {
  return PendingKindsFile.parse(parseYaml(fs.readFileSync(path.join(dir, 'pending-kinds.yaml'), 'utf8'))).kinds;
}
