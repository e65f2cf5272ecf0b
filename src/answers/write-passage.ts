import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';
import type { ComparisonView } from '../knowledge/compare-resources.js';
import { formatFactValue } from '../knowledge/format-fact-value.js';
import type { FieldAnswer } from './asked-field.js';
import type { VersionAnswer } from './asked-versions.js';
import { writeFieldPassage } from './write-field-passage.js';
import { writeVersionPassage } from './write-version-passage.js';

/** How many facts a passage lists: enough to answer, short enough to read in a chat. */
const KEY_FACTS = 4;
const MAX_ASPECTS = 8;

const WORDS: Record<Lang, { nothing: string; facts: string; kubernetes: string; shortNames: string; verdict: string }> = {
  ja: { nothing: '該当するリソースが見つかりませんでした。', facts: '主な事実', kubernetes: 'Kubernetesでは', shortNames: '短縮名', verdict: '結論' },
  en: { nothing: 'No matching resource was found.', facts: 'Key facts', kubernetes: 'In Kubernetes', shortNames: 'short names', verdict: 'In short' },
};

/**
 * A short Markdown answer: for a comparison its verdict and one line per aspect; for a version
 * question the apiVersion history; for a field its type, default and meaning; else for one
 * resource its summary, API identity and first facts.
 */
export function writePassage(
  snapshot: KnowledgeSnapshot,
  input: { lang: Lang; resources: readonly Resource[]; comparison: ComparisonView | null; field?: FieldAnswer | null; versions?: VersionAnswer | null },
): string {
  const { lang, resources, comparison } = input;
  const w = WORDS[lang];
  if (comparison) return comparisonPassage(comparison, resources, lang);
  if (input.versions) return writeVersionPassage(input.versions, lang);
  if (input.field) return writeFieldPassage(input.field, lang);
  const r = resources[0];
  if (!r) return w.nothing;
  const category = snapshot.category(r.category)?.text[lang].name ?? r.category;
  const lines = [`**${r.text[lang].name}** (${category}): ${r.text[lang].summary}`];
  const k = r.kubernetes;
  const identity = k
    ? [`apiVersion: \`${k.apiVersion}\``, `kind: \`${k.kind}\``, ...(r.variant ? [`\`${r.variant.selector}\``] : []), ...(k.shortNames.length && !r.variant ? [`${w.shortNames}: ${k.shortNames.map((s) => `\`${s}\``).join(', ')}`] : [])]
    : [];
  const facts = r.facts.slice(0, KEY_FACTS).map((f) => `- ${f.text[lang].label}: ${formatFactValue(f.text[lang].value, lang)}`);
  if (identity.length || facts.length) lines.push('', `${w.facts}:`);
  if (identity.length) lines.push(`- ${w.kubernetes}: ${identity.join(', ')}`);
  lines.push(...facts);
  return lines.join('\n');
}

function comparisonPassage(c: ComparisonView, asked: readonly Resource[], lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`**${c.title}**`];
  if (c.verdict) lines.push('', `${w.verdict}: ${c.verdict}`);
  // A stored comparison may cover more resources than asked; show the asked ones first.
  const names = [...asked.map((r) => r.name).filter((n) => c.resources.includes(n)), ...c.resources.filter((n) => !asked.some((r) => r.name === n))];
  lines.push('');
  // A table built from facts can run to dozens of rows; a chat answer shows the first few.
  // A row where every resource reads the same tells them apart in nothing.
  const telling = c.aspects.filter((a) => new Set(names.map((n) => a.cells[n] ?? '—')).size > 1);
  for (const aspect of telling.slice(0, MAX_ASPECTS)) lines.push(`- ${aspect.label}: ${names.map((n) => `${n}: ${aspect.cells[n] ?? '—'}`).join(' / ')}`);
  return lines.join('\n');
}
