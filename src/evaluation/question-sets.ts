import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../package-root.js';
import { detectLang } from '../search/detect-lang.js';
import { QuestionSetFile, type EvalQuestion, type QuestionType, type SplitRecord } from './eval-question.js';

/** The folder of the evaluation sets and their notes. */
export const EVAL_DIR = path.join(PACKAGE_ROOT, 'eval');

/**
 * The halves of the split, one pair per round of questions: each round was written blind in one
 * sitting and split once with its own seed (eval/README.md). A new question belongs in a new round.
 */
export const HALVES = [
  { name: 'dev', round: 1, half: 'dev', file: 'questions.dev.yaml' },
  { name: 'test', round: 1, half: 'test', file: 'questions.test.yaml' },
  { name: 'dev-2', round: 2, half: 'dev', file: 'questions.dev-2.yaml' },
  { name: 'test-2', round: 2, half: 'test', file: 'questions.test-2.yaml' },
  { name: 'dev-3', round: 3, half: 'dev', file: 'questions.dev-3.yaml' },
  { name: 'test-3', round: 3, half: 'test', file: 'questions.test-3.yaml' },
] as const;
/** The name of one half: round 1's keep the names they had before round 2 (dev, test), so reports compare. */
export type HalfName = (typeof HALVES)[number]['name'];

/**
 * The sets a run reports besides the halves: the tuning union (every round's dev half) and the
 * held-out union (every round's test half), where issue 11's targets are checked. Each is named for
 * the halves it joins, so a report says what it was measured on.
 */
export const UNIONS = [
  { name: 'dev+dev-2+dev-3', use: 'tune', of: ['dev', 'dev-2', 'dev-3'] },
  { name: 'test+test-2+test-3', use: 'report', of: ['test', 'test-2', 'test-3'] },
] as const satisfies readonly { name: string; use: SetUse; of: readonly HalfName[] }[];
/** The set the confidence model and the abstention threshold are fitted on, and tuning reads: every dev half. */
export const TUNING_SET = 'dev+dev-2+dev-3' satisfies (typeof UNIONS)[number]['name'];
/** The set issue 11's targets are met on: every test half, never tuned on. */
export const HELD_OUT_SET = 'test+test-2+test-3' satisfies (typeof UNIONS)[number]['name'];

/** Every set `npm run eval:search` reports, in report order. */
export const SET_NAMES = [...HALVES.map((h) => h.name), 'historic', ...UNIONS.map((u) => u.name)] as const;
/** One of SET_NAMES. */
export type SetName = HalfName | 'historic' | (typeof UNIONS)[number]['name'];

/**
 * What a set is for: `tune` (dev halves: tune on them, their misses are listed), `report` (test
 * halves: only counted, never listed unless asked, never tuned on), `historic` (kept to compare).
 */
export type SetUse = 'tune' | 'report' | 'historic';

/** A question as the harness scores it; the historic set's questions carry no type. */
export type ScoredQuestion = Omit<EvalQuestion, 'type'> & { type: QuestionType | null };

/** A loaded set: its name, what it is for, the files it came from and its questions. */
export interface QuestionSet {
  name: SetName;
  use: SetUse;
  /** The files it was read from (a union's are its parts'). */
  files: string[];
  /** How the half was split off; null for the historic set and the unions. */
  split: SplitRecord | null;
  questions: ScoredQuestion[];
}

/** Where a half of the split lives. */
export function questionSetFile(name: HalfName, dir = EVAL_DIR): string {
  return path.join(dir, halfOf(name).file);
}

/** Reads and validates one half of the split; a bad file fails naming the file and the question. */
export function loadQuestionHalf(name: HalfName, dir = EVAL_DIR): QuestionSet & { questions: EvalQuestion[]; split: SplitRecord } {
  const { half } = halfOf(name);
  const file = questionSetFile(name, dir);
  const parsed = QuestionSetFile.safeParse(parseYaml(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.split.half !== half) throw new Error(`${file} says it is the ${parsed.data.split.half} half`);
  return { name, use: half === 'dev' ? 'tune' : 'report', files: [file], split: parsed.data.split, questions: parsed.data.questions };
}

/** The halves of one round (1, 2, ...), dev first. */
export function roundHalves(round: number, dir = EVAL_DIR): { dev: ReturnType<typeof loadQuestionHalf>; test: ReturnType<typeof loadQuestionHalf> } {
  const of = (half: 'dev' | 'test') => {
    const found = HALVES.find((h) => h.round === round && h.half === half);
    if (!found) throw new Error(`no ${half} half in round ${round}`);
    return loadQuestionHalf(found.name, dir);
  };
  return { dev: of('dev'), test: of('test') };
}

/** The rounds of questions, in order. */
export const ROUNDS = [...new Set(HALVES.map((h) => h.round))];

function halfOf(name: HalfName) {
  const found = HALVES.find((h) => h.name === name);
  if (!found) throw new Error(`no half named ${name}`);
  return found;
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
  return { name: 'historic', use: 'historic', files: [file], split: null, questions };
}

/** Every set, in report order (SET_NAMES): the halves, the historic set, then the unions of the halves. */
export function loadQuestionSets(dir = EVAL_DIR): QuestionSet[] {
  const halves = HALVES.map((h) => loadQuestionHalf(h.name, dir));
  return [...halves, loadHistoricSet(), ...UNIONS.map((union) => unionOf(union.name, union.use, union.of.map((name) => halves.find((h) => h.name === name)!)))];
}

/** One set of the questions of several, in their order. */
export function unionOf(name: SetName, use: SetUse, parts: readonly QuestionSet[]): QuestionSet {
  return { name, use, files: parts.flatMap((p) => p.files), split: null, questions: parts.flatMap((p) => p.questions) };
}

const PendingKindsFile = z.object({ kinds: z.array(z.string().min(1)) }).strict();

/** Kinds the questions may accept before the seed holds them (eval/pending-kinds.yaml). */
export function loadPendingKinds(dir = EVAL_DIR): string[] {
  return PendingKindsFile.parse(parseYaml(fs.readFileSync(path.join(dir, 'pending-kinds.yaml'), 'utf8'))).kinds;
}
