import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { Lang } from '../knowledge/vocabulary.js';
import { buildSnippet, type Snippet } from './build-snippet.js';
import { detectLang } from './detect-lang.js';
import { findMentions } from './find-mentions.js';
import { FIELD_BOOST } from './search-document.js';
import { searchIndexOf } from './search-index.js';
import { searchTerms, tokenize } from './tokenize.js';

export const MAX_SEARCH_LIMIT = 50;

/** What a search asks for; every surface parses its input into this. */
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').describe('words or a question, Japanese or English'),
  lang: Lang.optional().describe('language of the snippets; default: the language of q'),
  category: z.string().min(1).optional().describe('only resources this category lists (slug, name or alias)'),
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(10).describe(`at most this many hits (1-${MAX_SEARCH_LIMIT})`),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** One ranked result. */
export interface SearchHit {
  resource: Resource;
  score: number;
  snippet: Snippet;
}

// Squared: matching half the question's terms keeps a quarter of the score.
const COVERAGE_EXPONENT = 2;
const LATIN = /^[\p{Script=Latin}\p{N}]+$/u;

/**
 * Ranked resources for a query in Japanese or English: full-text over names, aliases,
 * shortNames, summaries, descriptions and facts of both languages, typo tolerant for Latin words.
 * A resource the query names outright (name, alias, shortName) ranks above prose matches, and the
 * whole query being a name ranks that resource first.
 */
export function searchResources(snapshot: KnowledgeSnapshot, query: SearchQuery): SearchHit[] {
  const { q, lang: explicitLang, category, limit } = SearchQuery.parse(query);
  const lang = explicitLang ?? detectLang(q);
  const slug = category === undefined ? undefined : categorySlug(snapshot, category);
  const fits = (r: Resource | undefined): r is Resource => r !== undefined && (slug === undefined || snapshot.lists(slug, r));

  const tokens = tokenize(q);
  const results = searchIndexOf(snapshot).search(tokens.map((t) => t.term).join(' '), {
    boost: FIELD_BOOST,
    combineWith: 'OR',
    prefix: (term) => LATIN.test(term) && term.length >= 3,
    // One edit per four letters or so: "deamonset" and "statefullset" land, "pod" does not become "pvc".
    fuzzy: (term) => (LATIN.test(term) && term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
    filter: (result) => fits(snapshot.resourceWithId(result.id as number)),
  });

  const words = new Set(tokens.map((t) => t.word)).size;
  const top = results[0]?.score ?? 1;
  const whole = snapshot.findResource(q);
  // A query that is nothing but names ("Job CronJob") still ranks those resources even if a typo kept them out of the index's hits.
  const named = new Set(findMentions(snapshot, q).map((m) => m.resource.name));
  const ranked = new Map<string, { resource: Resource; score: number; terms: Set<string> }>();
  for (const result of results) {
    const resource = snapshot.resourceWithId(result.id as number);
    if (!resource) continue;
    // BM25 sums per term, so one strong term (a name like "Pod" in a question about DaemonSets) can
    // outweigh a document that answers the whole question; scale by the share of query terms matched.
    // A Japanese word counts as matched when it or one of its bigrams did.
    const matched = new Set(result.queryTerms);
    const coverage = new Set(tokens.filter((t) => matched.has(t.term)).map((t) => t.word)).size / Math.max(words, 1);
    ranked.set(resource.name, { resource, score: result.score * coverage ** COVERAGE_EXPONENT + tierBonus(resource, top), terms: new Set(result.terms) });
  }
  // Named resources rank even when no word of theirs matched the index (a misspelt alias, say).
  for (const name of named) {
    const resource = snapshot.resource(name);
    if (fits(resource) && !ranked.has(name)) ranked.set(name, { resource, score: tierBonus(resource, top), terms: new Set(searchTerms(q)) });
  }

  // Only the whole query being a name lifts a resource above the rest; a name inside a question
  // ("Pod" in "one Pod per node") is context, and the index already weighs name fields highest.
  function tierBonus(resource: Resource, best: number): number {
    return whole?.resource === resource ? 2 * best : 0;
  }

  return [...ranked.values()]
    .sort((a, b) => b.score - a.score || a.resource.id - b.resource.id)
    .slice(0, limit)
    .map(({ resource, score, terms }) => ({ resource, score: Math.round(score * 1000) / 1000, snippet: buildSnippet(resource, lang, terms) }));
}

function categorySlug(snapshot: KnowledgeSnapshot, key: string): string {
  const found = snapshot.findCategory(key);
  if (!found) throw new AppError('VALIDATION_FAILED', { message: `Unknown category "${key}"`, issues: [{ path: 'category', message: `unknown category "${key}"` }] });
  return found.slug;
}
