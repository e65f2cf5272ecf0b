import { z } from 'zod';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { AppError } from '../errors.js';
import { answerLangFor, LangTag } from '../knowledge/negotiate-lang.js';
import { Lang } from '../knowledge/vocabulary.js';
import { searchResources, type SearchHit } from '../search/search-resources.js';
import { findAskedField, type FieldAnswer } from './asked-field.js';
import { findAskedVersions, type VersionAnswer } from './asked-versions.js';
import { shouldAbstain } from '../search/confidence.js';
import { otherProductAsked } from '../search/other-products.js';
import { namesKubernetes, writesKindInJapanese } from '../search/names-kubernetes.js';
import { declinePassage } from './decline-passage.js';
import { citationFor, type Citation } from './citation.js';
import { comparedResources } from './compared-resources.js';
import { comparisonView, MAX_COMPARED, type ComparisonView } from '../knowledge/compare-resources.js';
import { asksHowTheyRelate, asksToCompare } from './detect-comparison.js';
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
  /** Markdown: the comparison, apiVersion history or field asked for, else the best match's summary and key facts. */
  passage: string;
  /** The best matching resources, best first; empty when the question is declined. */
  matches: Pick<SearchHit, 'resource' | 'score' | 'confidence' | 'field' | 'snippet'>[];
  /** True when nothing in the knowledge answers the question (its best match is below the abstention threshold). */
  declined: boolean;
  /** When declined: the closest resources kubedex does cover, best first; otherwise empty. */
  closestTopics: Resource[];
  comparison: ComparisonView | null;
  /** The field the question asks about (`maxSurge`, `spec.backoffLimit`), when it names one. */
  field: FieldAnswer | null;
  /** The apiVersion history, when the question asks what replaced a kind or whether an apiVersion is served. */
  versions: VersionAnswer | null;
  citations: Citation[];
}

/**
 * Answers a question from the knowledge, or declines it (no matches, a passage saying it is not
 * covered and the closest topics that are) when the best match's confidence is below the
 * abstention threshold and the question names no field or kind as Kubernetes spells it. Otherwise answers what the question asks in its language: a comparison of
 * the resources it names when it compares, the apiVersion history when it asks about versions or
 * removal, the field when it names one, else the best match's summary and facts. Citations cover
 * every resource used.
 */
export function answerQuestion(snapshot: KnowledgeSnapshot, query: AskQuery, options: { baseUrl?: string } = {}): Answer {
  const { q, lang: explicit, limit } = AskQuery.parse(query);
  const baseUrl = options.baseUrl ?? '';
  // Surfaces with headers resolve Accept-Language through the same answerLangFor and pass the result as `lang`.
  const { lang } = answerLangFor({ explicit, question: q });
  const matches = searchResources(snapshot, { q, lang, limit });
  // A question naming a field or kind as Kubernetes spells it is about Kubernetes, however unsure the ranking is;
  // so is a Japanese one writing a kind in Latin letters, unless it asks about another product.
  if (shouldAbstain(matches) && !namesKubernetes(snapshot, q)) {
    const product = otherProductAsked(snapshot, q);
    if (product !== null || !writesKindInJapanese(snapshot, q)) {
      const closest = matches.map((m) => m.resource);
      return {
        question: q,
        lang,
        passage: declinePassage(lang, closest, product),
        matches: [],
        declined: true,
        closestTopics: closest,
        comparison: null,
        field: null,
        versions: null,
        citations: closest.map((r) => citationFor(r, baseUrl)),
      };
    }
  }

  let comparison: ComparisonView | null = null;
  let compared: Resource[] = [];
  let field: FieldAnswer | null = null;
  // Undefined until asked: a comparison of one named kind asks it first.
  let versions: VersionAnswer | null | undefined;
  const weighs = asksToCompare(q);
  const found = weighs || asksHowTheyRelate(q) ? comparedResources(snapshot, { q, matches }) : null;
  // "X vs Y" compares, with the best matches for a side it leaves out; "how do X and Y relate" only when it names both.
  const comparing = found !== null && (weighs || found.named >= 2);
  if (found && comparing) {
    compared = found.resources;
    // "podManagementPolicy Parallel vs OrderedReady", "ServiceのportとtargetPortの違い" compare a field's values, not resources.
    if (found.named < 2) field = findAskedField(snapshot, { q, matches, lang, baseUrl });
    // "GatewayのapiVersionはv1beta1とv1のどっち" weighs two apiVersions of one kind: its history answers, no comparison.
    if (found.named < 2 && !field) versions = findAskedVersions(snapshot, { q, matches });
    if (field || versions) compared = [];
    // Every named resource is compared; a question naming more than a comparison takes says so rather than dropping some.
    if (compared.length > MAX_COMPARED)
      throw new AppError('VALIDATION_FAILED', {
        message: `The question names ${compared.length} resources (${compared.map((r) => r.name).join(', ')}); a comparison takes at most ${MAX_COMPARED}`,
        issues: [{ path: 'q', message: `names more than ${MAX_COMPARED} resources to compare` }],
      });
    if (compared.length >= 2) comparison = comparisonView(snapshot, compared.map((r) => r.name), lang);
  }
  if (versions === undefined) versions = comparison || field ? null : findAskedVersions(snapshot, { q, matches });
  if (!comparing && !versions) field = findAskedField(snapshot, { q, matches, lang, baseUrl });

  const used = comparison
    ? compared
    : versions
      ? [versions.resource, ...(versions.supersededBy ? [versions.supersededBy] : [])]
      : field
        ? [field.resource]
        : matches.slice(0, 1).map((m) => m.resource);
  return {
    question: q,
    lang,
    passage: writePassage(snapshot, { lang, resources: used, comparison, field, versions }),
    matches: field ? withField(matches, field) : matches,
    declined: false,
    closestTopics: [],
    comparison,
    field,
    versions,
    citations: dedupe([...used, ...matches.map((m) => m.resource)]).map((r) => citationFor(r, baseUrl)),
  };
}

// The match the field belongs to names it, as a hit of the ranking may: a chatbot reading only matches sees it too.
function withField(matches: Answer['matches'], field: FieldAnswer): Answer['matches'] {
  const named = { path: field.path, type: field.type, description: field.description, kind: field.kind };
  return matches.map((m) => (m.resource === field.resource ? { ...m, field: named } : m));
}

function dedupe(resources: Resource[]): Resource[] {
  return [...new Map(resources.map((r) => [r.name, r])).values()];
}
