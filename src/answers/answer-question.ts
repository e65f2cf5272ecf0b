import { z } from 'zod';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { AppError } from '../errors.js';
import { answerLangFor, LangTag } from '../knowledge/negotiate-lang.js';
import { Lang } from '../knowledge/vocabulary.js';
import { findMentions } from '../search/find-mentions.js';
import { shouldAbstain } from '../search/confidence.js';
import { searchResources, type SearchHit } from '../search/search-resources.js';
import { declinePassage } from './decline-passage.js';
import { citationFor, type Citation } from './citation.js';
import { comparisonView, MAX_COMPARED, type ComparisonView } from '../knowledge/compare-resources.js';
import { asksToCompare } from './detect-comparison.js';
import { writePassage } from './write-passage.js';

/** A question to answer; every surface parses its input into this. */
export const AskQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').describe('a question in Japanese or English'),
  lang: LangTag.optional().describe('language of the answer, a BCP 47 tag; default: the language of q'),
  limit: z.number().int().min(1).max(10).default(3).describe('how many matching resources to return (1-10)'),
});
export type AskQuery = z.input<typeof AskQuery>;

/** An answer built only from stored knowledge: no model, no network, the same every time. */
export interface Answer {
  question: string;
  lang: Lang;
  /** Markdown: the summary and key facts of the best match, or the comparison asked for. */
  passage: string;
  /** The best matching resources, best first; empty when the question is declined. */
  matches: Pick<SearchHit, 'resource' | 'score' | 'confidence' | 'field' | 'snippet'>[];
  /** True when nothing in the knowledge answers the question (its best match is below the abstention threshold). */
  declined: boolean;
  /** When declined: the closest resources kubedex does cover, best first; otherwise empty. */
  closestTopics: Resource[];
  comparison: ComparisonView | null;
  citations: Citation[];
}

/**
 * Answers a question from the knowledge, or declines it (no matches, a passage saying it is not
 * covered and the closest topics that are) when the best match's confidence is below the
 * abstention threshold. Otherwise finds the best matching resources, writes a short
 * passage from the best one's summary and facts in the question's language, and compares the
 * resources the question names when it asks for a comparison. Citations cover every resource used.
 */
export function answerQuestion(snapshot: KnowledgeSnapshot, query: AskQuery, options: { baseUrl?: string } = {}): Answer {
  const { q, lang: explicit, limit } = AskQuery.parse(query);
  // Surfaces with headers resolve Accept-Language through the same answerLangFor and pass the result as `lang`.
  const { lang } = answerLangFor({ explicit, question: q });
  const matches = searchResources(snapshot, { q, lang, limit });
  if (shouldAbstain(matches)) {
    const closest = matches.map((m) => m.resource);
    return {
      question: q,
      lang,
      passage: declinePassage(lang, closest),
      matches: [],
      declined: true,
      closestTopics: closest,
      comparison: null,
      citations: closest.map((r) => citationFor(r, options.baseUrl)),
    };
  }

  let comparison: ComparisonView | null = null;
  let compared: Resource[] = [];
  if (asksToCompare(q)) {
    compared = dedupe(findMentions(snapshot, q).map((m) => m.resource));
    // Every named resource is compared; a question naming more than a comparison takes says so rather than dropping some.
    if (compared.length > MAX_COMPARED)
      throw new AppError('VALIDATION_FAILED', {
        message: `The question names ${compared.length} resources (${compared.map((r) => r.name).join(', ')}); a comparison takes at most ${MAX_COMPARED}`,
        issues: [{ path: 'q', message: `names more than ${MAX_COMPARED} resources to compare` }],
      });
    // "What's the difference between the two ways to run batch work?" names nothing: compare the best two hits.
    if (compared.length < 2) compared = matches.slice(0, 2).map((m) => m.resource);
    if (compared.length >= 2) comparison = comparisonView(snapshot, compared.map((r) => r.name), lang);
  }

  const used = comparison ? compared : matches.slice(0, 1).map((m) => m.resource);
  return {
    question: q,
    lang,
    passage: writePassage(snapshot, { lang, resources: used, comparison }),
    matches,
    declined: false,
    closestTopics: [],
    comparison,
    citations: dedupe([...used, ...matches.map((m) => m.resource)]).map((r) => citationFor(r, options.baseUrl)),
  };
}

function dedupe(resources: Resource[]): Resource[] {
  return [...new Map(resources.map((r) => [r.name, r])).values()];
}
