import Negotiator from 'negotiator';
import { z } from 'zod';
import { detectLang } from '../search/detect-lang.js';
import { DEFAULT_LANG, LANGS, type Lang } from './vocabulary.js';

// BCP 47 in the shape clients send it (navigator.language, Accept-Language items): a primary subtag, then any subtags.
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The served language a BCP 47 tag names, by its primary subtag and in any case (`en-US`, `EN` → en); undefined for others. */
export function matchLang(tag: string): Lang | undefined {
  const primary = tag.split('-')[0]?.toLowerCase();
  return LANGS.find((l) => l === primary);
}

/**
 * `lang` as every surface takes it (REST `?lang=`, MCP tool arguments): any well-formed BCP 47 tag.
 * A tag of a served language selects it; any other (`fr`, `zh-Hant`) is no choice, and the answer's
 * language follows the rest of the rule (Accept-Language, then the default).
 */
export const LangTag = z
  .string()
  .max(64)
  .regex(LANGUAGE_TAG, 'must be a BCP 47 language tag such as ja, en or en-US')
  .transform(matchLang)
  .meta({ description: 'language of texts: a BCP 47 tag (ja, en, en-US, EN...); one kubedex does not serve counts as none' });

/**
 * The language of an answer: an explicit choice wins, then the most preferred served language of
 * Accept-Language (`ja-JP` counts as `ja`), then Japanese unless the header refuses it (`ja;q=0`).
 */
export function negotiateLang(options: { explicit?: Lang | undefined; acceptLanguage?: string | undefined }): Lang {
  return options.explicit ?? headerLang(options.acceptLanguage) ?? unrefused(DEFAULT_LANG, options.acceptLanguage);
}

/** Where the language of an answer to a question came from. */
export type AnswerLangSource = 'explicit' | 'header' | 'question' | 'default';

/**
 * The language of a search or an answer to a question, the one rule of REST /search and /ask,
 * GraphQL `search` and the MCP search and ask tools: an explicit `lang` wins, then Accept-Language
 * when the client sent one naming a supported language, then the language the question is written
 * in, then Japanese; a language the header refuses (q=0) is never chosen by the last two.
 * MCP has no headers, so there the question decides.
 */
export function answerLangFor(options: { explicit?: Lang | undefined; acceptLanguage?: string | undefined; question?: string | undefined }): {
  lang: Lang;
  source: AnswerLangSource;
} {
  if (options.explicit) return { lang: options.explicit, source: 'explicit' };
  const fromHeader = headerLang(options.acceptLanguage);
  if (fromHeader) return { lang: fromHeader, source: 'header' };
  if (options.question?.trim()) return { lang: unrefused(detectLang(options.question), options.acceptLanguage), source: 'question' };
  return { lang: unrefused(DEFAULT_LANG, options.acceptLanguage), source: 'default' };
}

/** The most preferred served language Accept-Language accepts (q > 0); undefined when none or no header. */
function headerLang(acceptLanguage: string | undefined): Lang | undefined {
  if (!acceptLanguage) return undefined;
  return new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...LANGS])[0] as Lang | undefined;
}

/** `lang`, unless Accept-Language refuses it with q=0: then the first served language it does not refuse. */
function unrefused(lang: Lang, acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return lang;
  const refused = new Set<string>();
  for (const item of acceptLanguage.split(',')) {
    const [tag = '', ...params] = item.trim().split(';');
    if (params.some((p) => /^\s*q\s*=\s*0(?:\.0{0,3})?\s*$/i.test(p))) refused.add(matchLang(tag.trim()) ?? tag.trim());
  }
  if (!refused.has(lang)) return lang;
  return LANGS.find((l) => !refused.has(l)) ?? lang;
}
