import { documentFrequency } from './inverted-index.js';
import type { SearchIndex } from './search-index.js';
import type { TokenSpan } from './tokenize.js';

/** How much of a question lies outside Kubernetes' vocabulary: the confidence's off-topic evidence. */
export interface Unfamiliarity {
  /** Share of the question's words that are strangers to the knowledge (see `unfamiliarWords`). */
  strange: number;
  /** 1 when a stranger names something (a Latin word in a Japanese question, or one written with a capital): another product's name. */
  foreign: number;
}

// A word the prose uses this rarely, and no name or task, is an aside ("nginx" in one example), not vocabulary.
const MAX_ASIDE_DOCS = 1;
const LATIN = /^[\p{Script=Latin}\p{N}]+$/u;
// A word that begins with a digit is a quantity or a time ("70", "2am"), not vocabulary; "ec2" and "s3" are names.
const QUANTITY = /^\p{N}/u;
// An acronym of a few capitals ("VMs", "GPU", "ML") is a common noun of computing; products spelt so are in other-products.ts.
const ACRONYM = /^\p{Lu}{2,4}s?$/u;

/**
 * The words a question holds that the knowledge does not speak of: in no name, alias or task, at
 * most an aside in the prose, not inside a name or field the question mentions, and no typo of a
 * name. Off-topic questions built from ordinary words the knowledge uses ("設定ファイル",
 * "service") still hold one such word, and it is usually what they are about ("Nginx", "systemd").
 * A Latin word in Japanese prose, or a capitalized one, is a proper name; a stranger of that kind
 * is another product kubedex does not cover.
 */
export function unfamiliarWords(input: {
  index: SearchIndex;
  tokens: readonly TokenSpan[];
  spans: readonly { start: number; end: number }[];
  text: string;
  isTypoOfName: (term: string) => boolean;
}): Unfamiliarity {
  const { index, tokens, spans, text, isTypoOfName } = input;
  const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
  const words = new Map<number, { stranger: boolean; named: boolean }>();
  for (const t of tokens) {
    const word = words.get(t.word) ?? { stranger: true, named: false };
    words.set(t.word, word);
    const familiar =
      QUANTITY.test(t.term) ||
      spoken(index, t.term) ||
      // The stemmer leaves an acronym's plural ("IPs", "PVCs") as it is.
      (t.term.endsWith('s') && spoken(index, t.term.slice(0, -1))) ||
      spans.some((s) => t.start >= s.start && t.end <= s.end) ||
      isTypoOfName(t.term);
    if (familiar) word.stranger = false;
    const written = text.slice(t.start, t.end);
    if (LATIN.test(written) && !ACRONYM.test(written) && (japanese || /\p{Lu}/u.test(written))) word.named = true;
  }
  if (words.size === 0) return { strange: 0, foreign: 0 };
  const strangers = [...words.values()].filter((w) => w.stranger);
  return { strange: strangers.length / words.size, foreign: strangers.some((w) => w.named) ? 1 : 0 };
}

// Whether the knowledge speaks of a term: in a name, alias or task, or more than an aside in its prose.
function spoken(index: SearchIndex, term: string): boolean {
  return index.names.terms.has(term) || index.tasks.terms.has(term) || documentFrequency(index, term) > MAX_ASIDE_DOCS;
}
