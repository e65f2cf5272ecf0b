import Negotiator from 'negotiator';
import { detectLang } from '../search/detect-lang.js';
import { DEFAULT_LANG, LANGS, type Lang } from './vocabulary.js';

/**
 * The language of an answer: an explicit choice wins, then the first supported language of
 * Accept-Language by quality (`ja-JP` counts as `ja`), then Japanese.
 */
export function negotiateLang(options: { explicit?: Lang | undefined; acceptLanguage?: string | undefined }): Lang {
  return options.explicit ?? headerLang(options.acceptLanguage) ?? DEFAULT_LANG;
}

/** Where the language of an answer to a question came from. */
export type AnswerLangSource = 'explicit' | 'header' | 'question' | 'default';

/**
 * The language of a search or an answer to a question, the one rule of REST /search and /ask,
 * GraphQL `search` and the MCP search and ask tools: an explicit `lang` wins, then Accept-Language
 * when the client sent one naming a supported language, then the language the question is written
 * in, then Japanese. MCP has no headers, so there the question decides.
 */
export function answerLangFor(options: { explicit?: Lang | undefined; acceptLanguage?: string | undefined; question?: string | undefined }): {
  lang: Lang;
  source: AnswerLangSource;
} {
  if (options.explicit) return { lang: options.explicit, source: 'explicit' };
  const fromHeader = headerLang(options.acceptLanguage);
  if (fromHeader) return { lang: fromHeader, source: 'header' };
  if (options.question?.trim()) return { lang: detectLang(options.question), source: 'question' };
  return { lang: DEFAULT_LANG, source: 'default' };
}

/** The first supported language Accept-Language asks for, by quality; undefined when none or no header. */
function headerLang(acceptLanguage: string | undefined): Lang | undefined {
  if (!acceptLanguage) return undefined;
  const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages();
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const lang = LANGS.find((l) => l === base);
    if (lang) return lang;
  }
  return undefined;
}
