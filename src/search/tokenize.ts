import { BoundedCache, stringBytes } from '../cache/bounded-cache.js';
import { stemEnglish } from './stem-english.js';
import { wordRuns } from './word-runs.js';

/** A search term and the span of the original text it came from (for highlighting). */
export interface TokenSpan {
  term: string;
  start: number;
  end: number;
  /** Index of the word the term came from: a word and its bigrams share it. */
  word: number;
}

// Words that carry no meaning for finding a resource; IDF would mostly mute them, but in a
// knowledge base this small some of them are rare enough to pull the ranking off course.
const ENGLISH_STOPWORDS = new Set(
  'a an and are as at be by can do does for from how i in into is it its me my of on or that the their them then there these this to use used using want what when where which who why will with you your'.split(' '),
);

/**
 * Splits Japanese and English text into search terms, without a dictionary. Text is cut into
 * runs of one script; a kanji or katakana run is a term, and when longer than two characters
 * also yields its character bigrams, so 永続ボリューム meets ボリューム or 永続 alone.
 * Hiragana runs (particles, verb endings) are dropped; Latin words are lower-cased and stemmed.
 */
export function tokenize(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let word = 0;
  for (const run of wordRuns(text)) {
    if (run.script === 'hiragana') continue;
    const start = run.index;
    const end = start + run.text.length;
    const [term, ...bigrams] = runTerms(run.text, run.script === 'latin');
    if (term === undefined) continue; // an English stopword
    spans.push({ term, start, end, word });
    bigrams.forEach((bigram, i) => spans.push({ term: bigram, start: start + i, end: start + i + 2, word }));
    word++;
  }
  return spans;
}

/**
 * Just the terms of a text, as the index and queries use them: the terms `tokenize` gives, in the
 * same order. Indexing 50,000 resources tokenizes over 100 MB of text, where spans and the
 * per-run normalizing and stemming dominate; runs repeat endlessly ("Pod", "ノード"), so each run's
 * terms are computed once and cached.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const m of text.matchAll(RUN_SCRIPT)) {
    const g = m.groups ?? {};
    if (g.hiragana) continue;
    for (const term of runTerms(m[0], g.latin !== undefined)) terms.push(term);
  }
  return terms;
}

// The same runs as wordRuns, but only what searchTerms needs: is the run hiragana, is it Latin.
const RUN_SCRIPT = /[\p{Script=Han}々〆ヶ]+|[\p{Script=Katakana}ー]+|(?<hiragana>[\p{Script=Hiragana}ー]+)|(?<latin>[\p{Script=Latin}\p{N}]+)/gu;
/**
 * Bounded in bytes, because every query adds its runs: a stream of unique words (ids, hashes, random
 * kanji) must not grow it without end. Only short runs are kept: those are the ones that repeat
 * ("Pod", "ノード"), while a long run is usually one text's own and would cost its length squared in
 * bigrams. Oldest first out, without refreshing on a hit, which indexing does millions of times.
 */
const RUN_CACHE = { maxBytes: 16 * 1024 * 1024, maxRunChars: 32 } as const;
const runCache = new BoundedCache<readonly string[]>({
  maxBytes: RUN_CACHE.maxBytes,
  sizeOf: (terms) => 16 + terms.reduce((sum, term) => sum + 8 + stringBytes(term), 0),
  refreshOnHit: false,
});

function runTerms(run: string, latin: boolean): readonly string[] {
  const cacheable = run.length <= RUN_CACHE.maxRunChars;
  const cached = cacheable ? runCache.get(run) : undefined;
  if (cached) return cached;
  const terms = latin ? latinTerms(run) : japaneseTerms(run);
  if (cacheable) runCache.set(run, terms);
  return terms;
}

function latinTerms(run: string): string[] {
  const lower = run.normalize('NFKC').toLowerCase();
  return ENGLISH_STOPWORDS.has(lower) ? [] : [stemEnglish(lower)];
}

function japaneseTerms(run: string): string[] {
  const chars = run.normalize('NFKC');
  const terms = [chars];
  if (chars.length > 2 && chars.length === run.length) for (let i = 0; i + 2 <= chars.length; i++) terms.push(chars.slice(i, i + 2));
  return terms;
}
