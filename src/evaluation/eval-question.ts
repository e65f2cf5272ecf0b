import { z } from 'zod';
import { Lang } from '../knowledge/vocabulary.js';

/** What a question asks for; `offtopic` questions are outside the knowledge and must be declined. */
export const QUESTION_TYPES = ['task', 'definition', 'field', 'version', 'comparison', 'misspelling', 'offtopic'] as const;
/** One of QUESTION_TYPES. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

// The middle of every id, so a list of ids reads by type.
const ID_CODE: Record<QuestionType, string> = {
  task: 'task',
  definition: 'def',
  field: 'field',
  version: 'ver',
  comparison: 'cmp',
  misspelling: 'typo',
  offtopic: 'off',
};

const ResourceName = z.string().min(1);

/** A field a good answer may name: the kind that holds it and its path as `kubectl explain` writes it. */
export const AcceptedField = z.object({ kind: ResourceName, path: z.string().min(1) }).strict();
/** One AcceptedField. */
export type AcceptedField = z.infer<typeof AcceptedField>;

/**
 * One question of the evaluation set. `accept` lists every resource acceptable as the top match
 * (empty for off-topic ones); field questions list the acceptable fields, comparisons the sides
 * that must all be compared (each side a name or a list of names that would each do).
 */
export const EvalQuestion = z
  .object({
    id: z.string().min(1),
    lang: Lang,
    type: z.enum(QUESTION_TYPES),
    q: z.string().trim().min(1).max(500),
    accept: z.array(ResourceName),
    fields: z.array(AcceptedField).min(1).optional(),
    compare: z.array(z.union([ResourceName, z.array(ResourceName).min(1)])).min(2).optional(),
  })
  .strict()
  .superRefine((question, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message: `${question.id}: ${message}` });
    if (question.type === 'offtopic' ? question.accept.length > 0 : question.accept.length === 0)
      issue(question.type === 'offtopic' ? 'an off-topic question accepts no resource' : 'an answerable question accepts at least one resource');
    if ((question.type === 'field') !== (question.fields !== undefined)) issue('field questions, and only they, list fields');
    if ((question.type === 'comparison') !== (question.compare !== undefined)) issue('comparisons, and only they, list the sides to compare');
    for (const field of question.fields ?? []) if (!question.accept.includes(field.kind)) issue(`field ${field.kind}.${field.path} belongs to a kind it does not accept`);
    // Round 1's ids are lang-type-NN; a later round's carry its round, lang-type-rN-NN (en-task-r2-01).
    if (!new RegExp(`^${question.lang}-${ID_CODE[question.type]}-(r\\d+-)?\\d{2,3}$`).test(question.id))
      issue(`the id reads ${question.lang}-${ID_CODE[question.type]}-NN or ${question.lang}-${ID_CODE[question.type]}-rN-NN (its lang, type, round after the first, and a number)`);
  });
/** One EvalQuestion as read from a file. */
export type EvalQuestion = z.infer<typeof EvalQuestion>;

/** How the set was split once: the seed and the rule, recorded in both halves. */
export const SplitRecord = z.object({ seed: z.number().int(), half: z.enum(['dev', 'test']), rule: z.string().min(1) }).strict();
/** One SplitRecord. */
export type SplitRecord = z.infer<typeof SplitRecord>;

/** A half of the evaluation set as committed in eval/questions.{dev,test}.yaml. */
export const QuestionSetFile = z.object({ split: SplitRecord, questions: z.array(EvalQuestion).min(1) }).strict();
/** One QuestionSetFile. */
export type QuestionSetFile = z.infer<typeof QuestionSetFile>;

/** The sides of a comparison question, each as the names that would do for it. */
export function comparedSides(question: Pick<EvalQuestion, 'compare'>): string[][] {
  return (question.compare ?? []).map((side) => (typeof side === 'string' ? [side] : side));
}
