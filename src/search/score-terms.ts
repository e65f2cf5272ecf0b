import { termPostings, type InvertedIndex } from './inverted-index.js';

/** How far one query term reaches beyond itself: index terms it begins, and typos of it. */
export interface TermReach {
  prefix: boolean;
  /** Edits allowed, as a share of the term's length (0.2: one per five letters); false: none. */
  fuzzy: number | false;
}

/** Every document a query's terms reach, with MiniSearch's score and which query terms it matched. */
export interface TermScores {
  /** Distinct query terms; bit i of a document's mask means it matched `queryTerms[i]`. */
  queryTerms: string[];
  /** Documents with any match, in the order they were first reached. */
  touched: Int32Array;
  /** Per document: summed weights times the number of distinct query terms matched. */
  score: Float64Array;
  /** Per document, `maskWords` words of query-term bits. */
  masks: Uint32Array;
  maskWords: number;
  /** Every index term the query reached, by number: what a hit can have matched. */
  reached: Map<number, string>;
}

// MiniSearch's weights and cap, so that scores stay what the search eval was tuned on.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 2;

/**
 * Scores documents for a list of query terms (duplicates count twice, as in MiniSearch's OR):
 * each term adds its own, its prefix extensions' and its typos' weights.
 */
export function scoreTerms(index: InvertedIndex, terms: readonly string[], reachOf: (term: string) => TermReach): TermScores {
  const queryTerms = [...new Set(terms)];
  const bitOf = new Map(queryTerms.map((t, i) => [t, i]));
  const maskWords = Math.max(1, Math.ceil(queryTerms.length / 32));
  const n = index.documentCount;
  const score = new Float64Array(n);
  const masks = new Uint32Array(n * maskWords);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  let count = 0;
  const reached = new Map<number, string>();
  const docs = new Int32Array(n);
  const weights = new Float64Array(n);
  for (const term of terms) {
    const bit = bitOf.get(term) ?? 0;
    const word = bit >>> 5;
    const flag = 1 << (bit & 31);
    for (const { id, weight, reachedTerm } of expand(index, term, reachOf(term))) {
      reached.set(id, reachedTerm);
      const held = termPostings(index, id, docs, weights);
      for (let i = 0; i < held; i++) {
        const doc = docs[i] ?? 0;
        score[doc] = (score[doc] ?? 0) + weight * (weights[i] ?? 0);
        masks[doc * maskWords + word] = (masks[doc * maskWords + word] ?? 0) | flag;
        if (!seen[doc]) {
          seen[doc] = 1;
          touched[count++] = doc;
        }
      }
    }
  }
  // MiniSearch multiplies by the number of distinct query terms a document matched.
  for (let i = 0; i < count; i++) {
    const doc = touched[i] ?? 0;
    let matched = 0;
    for (let w = 0; w < maskWords; w++) matched += popcount(masks[doc * maskWords + w] ?? 0);
    score[doc] = (score[doc] ?? 0) * Math.max(matched, 1);
  }
  return { queryTerms, touched: touched.subarray(0, count), score, masks, maskWords, reached };
}

/** An index term one query term reaches, and the share of its weight it adds. */
export interface Reached {
  id: number;
  weight: number;
  reachedTerm: string;
}

/** Exact, then prefix extensions, then typos not already prefix extensions; weights fall with distance. */
export function expand(index: InvertedIndex, term: string, reach: TermReach): Reached[] {
  const out: Reached[] = [];
  const exact = index.terms.get(term);
  if (exact !== undefined) out.push({ id: exact, weight: 1, reachedTerm: term });
  let typos: Map<string, [number, number]> | undefined;
  if (reach.fuzzy !== false) {
    const maxDistance = reach.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * reach.fuzzy)) : reach.fuzzy;
    if (maxDistance) typos = index.terms.fuzzyGet(term, maxDistance);
  }
  if (reach.prefix)
    for (const [longer, id] of index.terms.atPrefix(term)) {
      const distance = longer.length - term.length;
      if (!distance) continue;
      typos?.delete(longer);
      out.push({ id, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance), reachedTerm: longer });
    }
  if (typos)
    for (const [typo, [id, distance]] of typos) {
      if (!distance) continue;
      out.push({ id, weight: (FUZZY_WEIGHT * typo.length) / (typo.length + distance), reachedTerm: typo });
    }
  return out;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
