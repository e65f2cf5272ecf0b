import { BoundedCache, stringBytes } from '../cache/bounded-cache.js';
import { englishOf } from './katakana-english.js';
import { scanTermRuns } from './scan-term-runs.js';
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

// Function words: they say how a question is asked, not what it asks about ("what does maxSurge
// mean" is about maxSurge). IDF would mostly mute them, but in a knowledge base this small some are
// rare enough ("mean", "difference") to pull the ranking to whichever text happens to use them.
const ENGLISH_STOPWORDS = new Set(
  (
    'a about also an and any are as at be been between by can could did do does doing done for from get gets got had has have how i if in into is it its just like me mean means meaning my need needs of on or our please should so some tell than that the their them then there these they this those to us use used using versus vs want wants was way ways we what whats when where whether which while who why will with would you your ' +
    'difference differences different explain thing things something work works happen happens ' +
    // How an answer should be put, not what it is about ("in plain words", "briefly, for a beginner").
    'plain simple simply words terms briefly short basically exactly actually really beginner beginners ' +
    // Every kind is a resource: "the CSINode resource" asks about CSINode, not about ResourceClaim's name.
    'resource resources ' +
    // Every question here is about Kubernetes: "a kubernetes Job" asks about Job.
    'kubernetes k8s ' +
    // What an apostrophe leaves of a possessive or a contraction ("cluster's", "don't", "I'm").
    's t d m ll re ve'
  ).split(' '),
);

/** Whether an English word is a function word: it says how a question is asked, not what about. */
export function isEnglishStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word.normalize('NFKC').toLowerCase());
}
// Kanji and katakana runs that only frame a Japanese question (方法 "how to", 違い "difference",
// 意味 "meaning", リソース "resource", as in English); hiragana (particles, endings such as とは, ですか,
// したい) is dropped already.
const JAPANESE_STOPWORDS = new Set('リソース 方 方法 手順 何 意味 違 違い 場合 時 必要 可能 今 教 知 使 使い 良 良い 簡単 具体的 例 一番 場所 結局 本当 初心者 概要'.split(' '));

/**
 * Splits Japanese and English text into search terms. Text is cut into runs of one script; a
 * kanji or katakana run is a term, and when Intl.Segmenter finds several words in it, so is each
 * word; a katakana loanword also yields its English words (ロールバック → rollback). Hiragana runs
 * (particles, verb endings) and function words are dropped; Latin words are lower-cased and stemmed.
 */
export function tokenize(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let word = 0;
  for (const run of wordRuns(text)) {
    if (run.script === 'hiragana') continue;
    const start = run.index;
    const end = start + run.text.length;
    const [term, ...parts] = runTerms(run.text, run.script === 'latin');
    if (term === undefined) continue; // a function word
    spans.push({ term, start, end, word });
    // A bigram or a segmented word spans its own characters; an English equivalent spans the run.
    for (const part of parts) {
      const at = run.text.indexOf(part);
      spans.push(at < 0 ? { term: part, start, end, word } : { term: part, start: start + at, end: start + at + part.length, word });
    }
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
  scanTermRuns(text, (start, end, latin) => {
    for (const term of runTerms(text.slice(start, end), latin)) terms.push(term);
  });
  return terms;
}

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

/** The search terms of one run `scanTermRuns` found (`latin`: a Latin run), in searchTerms' order. */
export function runTerms(run: string, latin: boolean): readonly string[] {
  const cacheable = run.length <= RUN_CACHE.maxRunChars;
  const cached = cacheable ? runCache.get(run) : undefined;
  if (cached) return cached;
  const terms = latin ? latinTerms(run) : japaneseTerms(run);
  if (cacheable) runCache.set(run, terms);
  return terms;
}

function latinTerms(run: string): string[] {
  const lower = run.normalize('NFKC').toLowerCase();
  return ENGLISH_STOPWORDS.has(lower) ? [] : withPhrasalParts(stemEnglish(lower));
}

// Nouns English also writes as a phrasal verb ("take a backup" / "back up a database", "rollback" /
// "roll back"): the noun also yields the verb's words, in the index and in queries alike, so either
// spelling reaches the other.
const PHRASAL_NOUNS = new Map(
  ['back up', 'roll back', 'roll out', 'clean up', 'set up', 'shut down', 'start up', 'fail over', 'look up', 'break down'].map((verb) => [verb.replace(' ', ''), verb.split(' ')] as const),
);

function withPhrasalParts(stem: string): string[] {
  const parts = PHRASAL_NOUNS.get(stem);
  return parts ? [stem, ...parts.map(stemEnglish)] : [stem];
}

function japaneseTerms(run: string): string[] {
  const chars = run.normalize('NFKC');
  if (JAPANESE_STOPWORDS.has(chars)) return [];
  const terms = [chars];
  const words = [...SEGMENTER.segment(chars)].filter((s) => s.isWordLike).map((s) => s.segment);
  if (words.length > 1) for (const w of words) if (!JAPANESE_STOPWORDS.has(w)) terms.push(w);
  const english = englishOf(chars);
  if (english) for (const word of english.split(' ')) terms.push(...withPhrasalParts(stemEnglish(word)));
  return terms;
}
// Word segmentation of a kanji or katakana run (使用量上限 → 使用量, 上限), measured on the dev half
// against the character bigrams used before (top-1 77.0 % vs 76.2 %, top-3 equal; both together
// 76.2 %). Runs are segmented alone, so the query and the index cut a run the same way, and each
// run once (runCache), which keeps indexing 50,000 resources affordable.
const SEGMENTER = new Intl.Segmenter('ja', { granularity: 'word' });
