import { documentFrequency, holds, type InvertedIndex } from './inverted-index.js';
import type { ScoredPart } from './search-index.js';
import type { TokenSpan } from './tokenize.js';

/** How much of a question one hit accounts for: the confidence's two coverage features. */
export interface WordEvidence {
  /** Share of the question's words the hit matched (typos and prefixes included) or names. */
  coverage: number;
  /**
   * The same with each word weighted by its rarity in the knowledge and matched only exactly: a
   * word no resource uses weighs most and a typo match ("systemd" reaching "system") counts for
   * nothing, so an off-topic question, mostly words kubedex never uses, is barely covered.
   */
  informed: number;
}

/** The evidence of one document: its matched words, and the words of the names and field clues (spans) that point at it. */
export function wordEvidence(input: { parts: readonly ScoredPart[]; tokens: readonly TokenSpan[]; doc: number; spans: readonly { start: number; end: number }[] }): WordEvidence {
  const { parts, tokens, doc, spans } = input;
  const words = new Map<number, { reached: boolean; exact: boolean; rarity: number }>();
  for (const t of tokens) {
    const word = words.get(t.word) ?? { reached: false, exact: false, rarity: Math.min(...parts.map((p) => rarity(p.index, t.term))) };
    words.set(t.word, word);
    for (const { index, scores } of parts) {
      const bit = scores.queryTerms.indexOf(t.term);
      if (bit >= 0 && ((scores.masks[doc * scores.maskWords + (bit >>> 5)] ?? 0) & (1 << (bit & 31))) !== 0) word.reached = true;
      const id = index.terms.get(t.term);
      if (id !== undefined && holds(index, id, doc)) word.exact = true;
    }
    if (spans.some((s) => t.start >= s.start && t.end <= s.end)) word.reached = word.exact = true;
  }
  if (words.size === 0) return { coverage: 0, informed: 0 };
  let reached = 0;
  let informed = 0;
  let total = 0;
  for (const w of words.values()) {
    if (w.reached) reached++;
    if (w.exact) informed += w.rarity;
    total += w.rarity;
  }
  return { coverage: reached / words.size, informed: total > 0 ? informed / total : 0 };
}

// How rare a term is in the knowledge (an IDF over its postings); a term no resource holds is rarest.
function rarity(index: InvertedIndex, term: string): number {
  return Math.log(1 + index.documentCount / (documentFrequency(index, term) + 0.5));
}
