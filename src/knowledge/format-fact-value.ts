import type { JsonValue } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';

const YES_NO: Record<Lang, [string, string]> = { ja: ['はい', 'いいえ'], en: ['yes', 'no'] };

/** A fact's JSON value as a reader would write it: yes/no, lists joined, `{min,max}` as a range. */
export function formatFactValue(value: JsonValue, lang: Lang): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (Array.isArray(value)) return value.map((v) => formatFactValue(v, lang)).join(lang === 'ja' ? '、' : ', ');
  if (typeof value === 'object') {
    const { min, max } = value;
    if (min !== undefined && max !== undefined && Object.keys(value).length === 2) return `${formatFactValue(min, lang)}–${formatFactValue(max, lang)}`;
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${formatFactValue(v, lang)}`)
      .join(', ');
  }
  return String(value);
}
