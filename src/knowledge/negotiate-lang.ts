import Negotiator from 'negotiator';
import { DEFAULT_LANG, LANGS, type Lang } from './vocabulary.js';

/**
 * The language of an answer: an explicit choice wins, then the first supported language of
 * Accept-Language by quality (`ja-JP` counts as `ja`), then Japanese.
 */
export function negotiateLang(options: { explicit?: Lang | undefined; acceptLanguage?: string | undefined }): Lang {
  if (options.explicit) return options.explicit;
  if (!options.acceptLanguage) return DEFAULT_LANG;
  const preferred = new Negotiator({ headers: { 'accept-language': options.acceptLanguage } }).languages();
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const lang = LANGS.find((l) => l === base);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}
