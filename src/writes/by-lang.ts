import { LANGS, type Lang } from '../knowledge/vocabulary.js';

/** Rows keyed by `lang` as one value per language (a missing language takes the first row's). */
export function byLang<R extends { lang: string }, T>(rows: R[], pick: (row: R) => T): Record<Lang, T> {
  const found = new Map(rows.map((r) => [r.lang, r]));
  const first = rows[0];
  return Object.fromEntries(LANGS.map((lang) => [lang, pick((found.get(lang) ?? first) as R)])) as Record<Lang, T>;
}
