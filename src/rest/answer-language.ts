import type { Request } from 'express';
import { negotiateLang } from '../knowledge/negotiate-lang.js';
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
