import { createContext, useContext } from 'react';

/** The languages kubedex writes every text in. */
export type Lang = 'ja' | 'en';

const STORAGE_KEY = 'kubedex.lang';

function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

/** The language a visit starts in: the URL's `?lang=`, then the one chosen last time, then the browser's, then Japanese. */
export function initialLang(search: string): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage can be disabled; the choice is then kept in the URL only.
  }
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/** Remembers the choice for the next visit. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // See initialLang.
  }
}

/** The language the explorer currently shows. */
export const LangContext = createContext<Lang>('ja');

/** The current language. */
export function useLang(): Lang {
  return useContext(LangContext);
}
