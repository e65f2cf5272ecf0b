import { z } from 'zod';
import { requireCategory } from '../knowledge/require-category.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { LangTag } from '../knowledge/negotiate-lang.js';
import { buildSnippet, type Snippet } from './build-snippet.js';
import { detectLang } from './detect-lang.js';
import { findMentions } from './find-mentions.js';
import { holds } from './inverted-index.js';
import { scoreTerms, type TermScores } from './score-terms.js';
import { searchIndexOf, type SearchIndex } from './search-index.js';
import { searchTerms, tokenize, type TokenSpan } from './tokenize.js';

export const MAX_SEARCH_LIMIT = 50;

/** What a search asks for; every surface parses its input into this. */
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').describe('words or a question, Japanese or English'),
  lang: LangTag.optional().describe('language of the snippets, a BCP 47 tag; default: the language of q'),
  category: z.string().min(1).optional().describe('only resources this category lists (slug, name or alias)'),
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(10).describe(`at most this many hits (1-${MAX_SEARCH_LIMIT})`),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** One ranked result. */
export interface SearchHit {
  resource: Resource;
  score: number;
  snippet: Snippet;
  field?: { path: string; type: string; description: string | null; kind: string } | null;
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
  const slug = category === undefined ? undefined : requireCategory(snapshot, category, { field: 'category', use: 'filter' }).slug;
  const fits = (r: Resource | undefined): r is Resource => r !== undefined && (slug === undefined || snapshot.lists(slug, r));

  const tokens = tokenize(q);
  const index = searchIndexOf(snapshot);
  // The query's terms, as the index reads them (re-reading a Japanese term yields its bigrams again).
  const terms = searchTerms(tokens.map((t) => t.term).join(' '));
  const scores = scoreTerms(index, terms, (term) => ({
    prefix: LATIN.test(term) && term.length >= 3,
    // One edit per four letters or so: "deamonset" and "statefullset" land, "pod" does not become "pvc".
    fuzzy: LATIN.test(term) && term.length >= 5 ? 0.2 : false,
  }));

  // BM25 sums per term, so one strong term (a name like "Pod" in a question about DaemonSets) can
  // outweigh a document that answers the whole question; scale by the share of query words matched.
  const coverage = coverageOf(tokens, scores);
  const docs: number[] = [];
  let top = -Infinity;
  for (const doc of scores.touched) {
    if (!fits(snapshot.resources[doc])) continue;
    docs.push(doc);
    top = Math.max(top, scores.score[doc] ?? 0);
  }
  if (docs.length === 0) top = 1;
  // Scored in place: at 50,000 resources most documents can match, and an object each is what a search would spend its time on.
  const final = new Float64Array(index.documentCount);
  for (const doc of docs) final[doc] = (scores.score[doc] ?? 0) * coverage(doc) ** COVERAGE_EXPONENT;
  // Only the whole query being a name lifts a resource above the rest; a name inside a question
  // ("Pod" in "one Pod per node") is context, and the index already weighs name fields highest.
  const whole = snapshot.findResource(q)?.resource;
  const wholeDoc = whole ? (index.positionOf.get(whole) ?? -1) : -1;
  const reached = (doc: number) => doc >= 0 && (scores.score[doc] ?? 0) > 0 && fits(snapshot.resources[doc]);
  if (reached(wholeDoc)) final[wholeDoc] = (final[wholeDoc] ?? 0) + 2 * top;
  const candidates = bestOf(docs, limit, final, (doc) => ({ resource: snapshot.resources[doc] as Resource, doc, score: final[doc] ?? 0 }));
  // A query that is nothing but names ("Job CronJob") still ranks those resources even if a typo
  // kept them out of the index's hits, without any term of theirs matched (a misspelt alias, say).
  const named = new Set<Resource>();
  for (const { resource } of findMentions(snapshot, q)) {
    if (!fits(resource) || named.has(resource) || reached(index.positionOf.get(resource) ?? -1)) continue;
    named.add(resource);
    candidates.push({ resource, doc: -1, score: resource === whole ? 2 * top : 0 });
  }

  return candidates
    .sort(byRank)
    .slice(0, limit)
    .map(({ resource, doc, score }) => ({
      resource,
      score: Math.round(score * 1000) / 1000,
      snippet: buildSnippet(resource, lang, doc < 0 ? new Set(searchTerms(q)) : matchedTerms(index, scores, doc)),
    }));
}

interface Candidate {
  resource: Resource;
  /** Position in the index; -1 for a named resource no term reached. */
  doc: number;
  score: number;
}

const byRank = (a: Candidate, b: Candidate) => b.score - a.score || a.resource.id - b.resource.id;

/**
 * The share of the query's words a document matched. A Japanese word counts as matched when it or
 * one of its bigrams did, so a word is the mask of its terms' bits.
 */
function coverageOf(tokens: readonly TokenSpan[], scores: TermScores): (doc: number) => number {
  const { masks, maskWords } = scores;
  const bitsOfWord = new Map<number, number[]>();
  for (const t of tokens) {
    const bits = bitsOfWord.get(t.word) ?? [];
    bitsOfWord.set(t.word, bits);
    const bit = scores.queryTerms.indexOf(t.term);
    if (bit >= 0) bits.push(bit);
  }
  // Word w's mask is wordMasks[w * maskWords ..]: flat, because this runs once per matching document.
  const words = bitsOfWord.size;
  const wordMasks = new Uint32Array(words * maskWords);
  [...bitsOfWord.values()].forEach((bits, w) => {
    for (const bit of bits) wordMasks[w * maskWords + (bit >>> 5)] = (wordMasks[w * maskWords + (bit >>> 5)] ?? 0) | (1 << (bit & 31));
  });
  const total = Math.max(words, 1);
  return (doc) => {
    let matched = 0;
    for (let w = 0; w < words; w++)
      for (let k = 0; k < maskWords; k++)
        if (((masks[doc * maskWords + k] ?? 0) & (wordMasks[w * maskWords + k] ?? 0)) !== 0) {
          matched++;
          break;
        }
    return matched / total;
  };
}

// The index terms a hit holds among those the query reached: what its snippet highlights.
function matchedTerms(index: SearchIndex, scores: TermScores, doc: number): Set<string> {
  const terms = new Set<string>();
  for (const [id, term] of scores.reached) if (holds(index, id, doc)) terms.add(term);
  return terms;
}

// The best `limit` documents, ties by id: a bounded insertion instead of sorting every hit, which
// at 50,000 resources can be most of them. Only those kept become objects.
function bestOf(docs: readonly number[], limit: number, score: Float64Array, candidate: (doc: number) => Candidate): Candidate[] {
  const best: Candidate[] = [];
  for (const doc of docs) {
    const last = best[best.length - 1];
    if (best.length === limit && last && (score[doc] ?? 0) < last.score) continue;
    const c = candidate(doc);
    if (best.length === limit && last && byRank(c, last) >= 0) continue;
    let i = best.length;
    while (i > 0 && byRank(c, best[i - 1] as Candidate) < 0) i--;
    best.splice(i, 0, c);
    if (best.length > limit) best.pop();
  }
  return best;
}
