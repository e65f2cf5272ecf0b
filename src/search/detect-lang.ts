import type { Lang } from '../knowledge/vocabulary.js';

const KANA_OR_HAN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** The language a question is written in: Japanese if it has any kana or kanji, else English. */
export function detectLang(text: string): Lang {
  return KANA_OR_HAN.test(text) ? 'ja' : 'en';
}
