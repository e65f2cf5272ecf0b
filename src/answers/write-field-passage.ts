import type { Lang } from '../knowledge/vocabulary.js';
import type { FieldAnswer } from './asked-field.js';

const WORDS: Record<Lang, { of: (kind: string, apiVersion: string, path: string) => string; type: string; required: string; yes: string; no: string; default: string; none: string; values: string; note: string; upstream: string; reference: string }> = {
  ja: {
    of: (kind, apiVersion, path) => `**${kind}**(\`${apiVersion}\`)のフィールド **\`${path}\`**`,
    type: '型',
    required: '必須',
    yes: 'はい',
    no: 'いいえ',
    default: '既定値',
    none: '記載なし',
    values: '取りうる値',
    note: 'kubedexの解説',
    upstream: 'Kubernetes APIリファレンスの説明(英語の原文)',
    reference: 'フィールドリファレンス',
  },
  en: {
    of: (kind, apiVersion, path) => `**\`${path}\`** of **${kind}** (\`${apiVersion}\`)`,
    type: 'Type',
    required: 'Required',
    yes: 'yes',
    no: 'no',
    default: 'Default',
    none: 'not stated',
    values: 'Values',
    note: "kubedex's note",
    upstream: 'Kubernetes API reference (upstream)',
    reference: 'Field reference',
  },
};

/**
 * A field as a chat answer: path and kind, type, default, what it does (kubedex's note in the
 * answer's language; the upstream English text where kubedex has none, or beside the note in an
 * English answer), and the link to the field's reference page.
 */
export function writeFieldPassage(field: FieldAnswer, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [
    w.of(field.kind, field.apiVersion, field.path),
    '',
    `- ${w.type}: \`${field.type}\``,
    `- ${w.required}: ${field.required ? w.yes : w.no}`,
    `- ${w.default}: ${field.default ?? w.none}`,
  ];
  if (field.enum?.length) lines.push(`- ${w.values}: ${field.enum.map((v) => `\`${v}\``).join(', ')}`);
  if (field.note) lines.push(`- ${w.note}: ${field.note}`);
  // A Japanese answer keeps to Japanese; the English upstream text stands in only where kubedex wrote nothing.
  if (field.description && (lang === 'en' || !field.note)) lines.push(`- ${w.upstream}: ${opening(field.description)}`);
  lines.push(`- ${w.reference}: ${field.url}`);
  return lines.join('\n');
}

/** Upstream descriptions run to paragraphs of examples; a chat answer quotes the opening sentences. */
const MAX_QUOTED = 320;

function opening(text: string): string {
  const paragraph = (text.split(/\n\s*\n/u)[0] ?? text).replace(/\s+/gu, ' ').trim();
  if (paragraph.length <= MAX_QUOTED) return paragraph;
  const sentences = paragraph.split(/(?<=\.)\s+/u);
  let out = '';
  for (const s of sentences) {
    if (out && out.length + s.length + 1 > MAX_QUOTED) break;
    out = out ? `${out} ${s}` : s;
  }
  return out.length <= MAX_QUOTED ? out : `${out.slice(0, MAX_QUOTED - 1)}…`;
}
