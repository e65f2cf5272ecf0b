import { z } from 'zod';
import { LangTag } from '../knowledge/negotiate-lang.js';
import { detectLang } from '../search/detect-lang.js';
import type { Lang } from '../knowledge/vocabulary.js';

/** The `lang` argument of every MCP tool and what it defaults to. */
export const ToolLang = LangTag.optional().describe(
  'language of the texts: a BCP 47 tag (ja, en, en-US); default: Japanese when the text arguments are written in Japanese, else English',
);

/**
 * The language a tool answers in: its `lang`, else the language its text arguments are written in
 * (a Japanese name or question: Japanese), else English. MCP has no Accept-Language, and the
 * reader is a model, which reads English best: a tool never answers Japanese unasked.
 */
export function toolLang(explicit: Lang | undefined, ...texts: (string | readonly string[] | undefined)[]): Lang {
  if (explicit) return explicit;
  const all = texts.flatMap((t) => (t === undefined ? [] : typeof t === 'string' ? [t] : [...t]));
  return all.some((t) => detectLang(t) === 'ja') ? 'ja' : 'en';
}

/** The language argument of tools that accept only the two served languages. */
export const StrictToolLang = z
  .enum(['ja', 'en'])
  .optional()
  .describe('language of the texts: ja or en; default: Japanese when the text arguments are written in Japanese, else English');
