import type { TermScores } from './score-terms.js';
import type { SearchIndex } from './search-index.js';
import type { TokenSpan } from './tokenize.js';

/** How many of the question's words lie inside the given spans (the names it mentions). */
export function wordsCovered(tokens: readonly TokenSpan[], mentions: readonly { start: number; end: number }[]): number {
  const words = new Set<number>();
  for (const t of tokens) if (mentions.some((m) => t.start >= m.start && t.end <= m.end)) words.add(t.word);
  return words.size;
}

/**
 * The share of the question's words the knowledge uses at all, spelt as the question spells them
 * (a typo reaching a word does not make it known), or that a name or field clue covers: an
 * off-topic question is mostly words kubedex never uses ("Dockerfile", "CSS", "systemd").
 */
export function knownShare(index: SearchIndex, tokens: readonly TokenSpan[], spans: readonly { start: number; end: number }[]): number {
  const words = new Map<number, boolean>();
  for (const t of tokens) {
    const known = index.terms.has(t.term) || index.names.terms.has(t.term) || spans.some((s) => t.start >= s.start && t.end <= s.end);
    words.set(t.word, (words.get(t.word) ?? false) || known);
  }
  if (words.size === 0) return 0;
  return [...words.values()].filter(Boolean).length / words.size;
}

/**
 * The share of the query's words a document matched. A Japanese word counts as matched when it or
 * one of its parts did, so a word is the mask of its terms' bits.
 */
export function coverageOf(tokens: readonly TokenSpan[], scores: TermScores): (doc: number) => number {
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
