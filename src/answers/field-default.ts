import type { Lang } from '../knowledge/vocabulary.js';

// "Defaults to 25%." (upstream and kubedex's English notes), "Default is false".
const ENGLISH = /\bDefaults? (?:to|is) (.+?)(?:\.(?=\s|$)|[;\n(]|, |$)/u;
// 「既定は25%。」「既定は600秒で、…」
const JAPANESE = /既定(?:値)?は(.+?)(?:[。、,(]|で|$)/u;
// A value with no words of a language in it (`25%`, `"Never"`, `true`), fit for an answer in either.
const LITERAL = /^[\w%"'`*.\-[\]]+$/u;
const MAX_DEFAULT_LENGTH = 60;

/**
 * A field's default as an answer states it: from kubedex's note in the answer's language first,
 * else from the upstream (English) description, which a Japanese answer takes only when the
 * default is a bare value such as `25%`.
 */
export function fieldDefault(input: { note: string | null; description: string | null; lang: Lang }): string | null {
  const { note, description, lang } = input;
  const fromNote = note ? matchDefault(note, lang === 'ja' ? JAPANESE : ENGLISH) : null;
  if (fromNote) return fromNote;
  const upstream = description ? matchDefault(description, ENGLISH) : null;
  if (!upstream) return null;
  return lang === 'en' || LITERAL.test(upstream) ? upstream : null;
}

function matchDefault(text: string, pattern: RegExp): string | null {
  const value = pattern.exec(text)?.[1]?.trim().replace(/^"(.*)"$/u, '$1');
  return value && value.length <= MAX_DEFAULT_LENGTH ? value : null;
}
