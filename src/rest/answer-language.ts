import type { Request } from 'express';
import { answerLangFor, negotiateLang } from '../knowledge/negotiate-lang.js';
import type { Lang } from '../knowledge/vocabulary.js';

/** The language of an answer, and whether Accept-Language chose it (so caches must vary on it). */
export interface AnswerLanguage {
  lang: Lang;
  fromHeader: boolean;
}

/** `?lang=` wins; otherwise Accept-Language decides, defaulting to Japanese. */
export function answerLanguage(req: Request, explicit: Lang | undefined): AnswerLanguage {
  return { lang: negotiateLang({ explicit, acceptLanguage: req.get('accept-language') }), fromHeader: explicit === undefined };
}

/**
 * The language of a search or an answer to `question` (the core's answerLangFor): `?lang=`, then
 * Accept-Language, then the question's own language. Without `?lang=` the header may decide, so
 * caches vary on it.
 */
export function questionLanguage(req: Request, explicit: Lang | undefined, question: string): AnswerLanguage {
  return { lang: answerLangFor({ explicit, acceptLanguage: req.get('accept-language'), question }).lang, fromHeader: explicit === undefined };
}
