import type { Lang } from '../knowledge/vocabulary.js';

// "Defaults to 25%." (upstream and kubedex's English notes), "Default is false", "The default policy is `OrderedReady`", "OrderedReady (default)".
const ENGLISH = [/\bDefaults? (?:to|is) (.+?)(?:\.(?=\s|$)|[;:\n(]|, |$)/u, /\bThe default(?: [a-z]+)? is (.+?)(?:\.(?=\s|$)|[;:\n(]|, |$)/u, /([\w-]+) \(default\)/u];
// 「既定は25%。」「既定は600秒で、…」「OrderedReady(既定)」
const JAPANESE = [/既定(?:値)?は(.+?)(?:[。、,(]|で|$)/u, /([\w-]+)\s*[(（]既定[)）]/u];
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

function matchDefault(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const value = pattern.exec(text)?.[1]?.trim().replace(/^(["`])(.*)\1$/u, '$2');
    if (value && value.length <= MAX_DEFAULT_LENGTH) return value;
  }
  return null;
}
