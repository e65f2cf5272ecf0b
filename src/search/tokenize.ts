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
    if (run.script === 'latin') {
      const lower = run.text.normalize('NFKC').toLowerCase();
      if (!ENGLISH_STOPWORDS.has(lower)) spans.push({ term: stemEnglish(lower), start, end, word: word++ });
      continue;
    }
    const chars = run.text.normalize('NFKC');
    spans.push({ term: chars, start, end, word });
    if (chars.length > 2 && chars.length === run.text.length)
      for (let i = 0; i + 2 <= chars.length; i++) spans.push({ term: chars.slice(i, i + 2), start: start + i, end: start + i + 2, word });
    word++;
  }
  return spans;
}

/** Just the terms of a text, as the index and queries use them. */
export function searchTerms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
