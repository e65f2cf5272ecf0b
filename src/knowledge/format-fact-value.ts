import type { JsonValue } from './knowledge-types.js';
import type { Lang } from './vocabulary.js';

const YES_NO: Record<Lang, [string, string]> = { ja: ['はい', 'いいえ'], en: ['yes', 'no'] };
const LIST_SEPARATOR: Record<Lang, string> = { ja: '、', en: ', ' };

/**
 * A fact's JSON value as a reader would write it, the one rendering every surface uses (comparison
 * cells, passages, Markdown, MCP views): yes/no, lists joined, `{min,max}` as a range, nothing as "—".
 */
export function formatFactValue(value: JsonValue, lang: Lang): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => formatFactValue(v, lang)).join(LIST_SEPARATOR[lang]);
  if (typeof value === 'object') {
    const { min, max } = value;
    if (min !== undefined && max !== undefined && Object.keys(value).length === 2) return `${formatFactValue(min, lang)}–${formatFactValue(max, lang)}`;
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${formatFactValue(v, lang)}`)
      .join(', ');
  }
  return String(value);
}
