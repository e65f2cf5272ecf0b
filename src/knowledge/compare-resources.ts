import { AppError } from '../errors.js';
import type { Comparison, ComparisonAspect, JsonValue, Localized, Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { formatFactValue } from './format-fact-value.js';
import { suggestResources, type Suggestion } from './resolve-resource.js';
import { LANGS, type Lang } from './vocabulary.js';

/** Resources side by side: the stored comparison when one covers them all, else their facts. */
export interface ResourceComparison {
  resources: Resource[];
  /** The smallest stored comparison covering every requested resource, or null. */
  stored: Comparison | null;
  /** The stored comparison's aspects, or one row per fact any of the resources has. */
  aspects: ComparisonAspect[];
}

/** Most resources one comparison answers, on every surface; a table wider than this helps nobody. */
export const MAX_COMPARED = 10;

const NONE: Localized<string> = { ja: '—', en: '—' };

/**
 * Compares resources named as a client types them (aliases, shortNames, any case). Unknown or
 * repeated names fail as VALIDATION_FAILED naming `resources.<index>`, with close matches.
 */
export function compareResources(snapshot: KnowledgeSnapshot, names: readonly string[]): ResourceComparison {
  const resources = resolveAll(snapshot, names);
  const stored = snapshot.comparisonCovering(resources.map((r) => r.name)) ?? null;
  return { resources, stored, aspects: stored ? stored.aspects : factAspects(resources) };
}

function resolveAll(snapshot: KnowledgeSnapshot, names: readonly string[]): Resource[] {
  if (names.length < 2 || names.length > MAX_COMPARED)
    throw new AppError('VALIDATION_FAILED', {
      message: `Compare needs 2 to ${MAX_COMPARED} resources, got ${names.length}`,
      issues: [{ path: 'resources', message: `give 2 to ${MAX_COMPARED} resource names` }],
    });
  const resources: Resource[] = [];
  const suggestions: Suggestion[] = [];
  const issues: { path: string; message: string }[] = [];
  names.forEach((name, i) => {
    const found = snapshot.findResource(name);
    if (!found) {
      issues.push({ path: `resources.${i}`, message: `unknown resource "${name}"` });
      suggestions.push(...suggestResources(snapshot, name));
    } else if (resources.includes(found.resource)) {
      issues.push({ path: `resources.${i}`, message: `"${name}" names ${found.resource.name} twice` });
    } else resources.push(found.resource);
  });
  if (issues.length > 0)
    throw new AppError('VALIDATION_FAILED', { message: issues.map((i) => i.message).join('; '), issues, details: { suggestions } });
  return resources;
}

function factAspects(resources: readonly Resource[]): ComparisonAspect[] {
  const row = (key: string, label: Localized<string>, cell: (r: Resource) => Localized<string>): ComparisonAspect => ({
    key,
    text: { ja: { label: label.ja }, en: { label: label.en } },
    cells: Object.fromEntries(resources.map((r) => [r.name, cell(r)])),
  });
  const k8s = (pick: (k: NonNullable<Resource['kubernetes']>) => JsonValue) => (r: Resource) =>
    r.kubernetes ? valueText(pick(r.kubernetes)) : NONE;
  const aspects = [
    row('summary', { ja: '概要', en: 'Summary' }, (r) => ({ ja: r.text.ja.summary, en: r.text.en.summary })),
    row('category', { ja: 'カテゴリ', en: 'Category' }, (r) => same(r.category)),
    row('apiVersion', { ja: 'apiVersion', en: 'apiVersion' }, k8s((k) => k.apiVersion)),
    row('kind', { ja: 'kind', en: 'kind' }, k8s((k) => k.kind)),
    row('namespaced', { ja: 'Namespaceに属する', en: 'Namespaced' }, k8s((k) => k.namespaced)),
    row('shortNames', { ja: '短縮名', en: 'Short names' }, k8s((k) => k.shortNames)),
    row('variant', { ja: 'バリアントを選ぶ指定', en: 'Selected by' }, (r) => (r.variant ? same(`${r.variant.of}: ${r.variant.selector}`) : NONE)),
    row('status', { ja: '状態', en: 'Status' }, (r) => same(r.status)),
  ];
  const factKeys = [...new Set(resources.flatMap((r) => r.facts.map((f) => f.key)))];
  for (const key of factKeys) {
    const first = resources.flatMap((r) => r.facts).find((f) => f.key === key);
    if (!first) continue;
    aspects.push(
      row(`fact.${key}`, { ja: first.text.ja.label, en: first.text.en.label }, (r) => {
        const fact = r.facts.find((f) => f.key === key);
        return fact ? (Object.fromEntries(LANGS.map((l) => [l, formatFactValue(fact.text[l].value, l)])) as Localized<string>) : NONE;
      }),
    );
  }
  return aspects;
}

function same(text: string): Localized<string> {
  return { ja: text, en: text };
}

/** A fact's value as table text, in every language, as formatFactValue writes it. */
function valueText(value: JsonValue): Localized<string> {
  return Object.fromEntries(LANGS.map((l) => [l, formatFactValue(value, l)])) as Localized<string>;
}

/** A side-by-side view of resources in one language: a stored comparison, or one built from their facts. */
export interface ComparisonView {
  /** The stored comparison's slug; null when the table was built from the resources' facts. */
  slug: string | null;
  title: string;
  /** The columns: the stored comparison's resources, else the compared ones, by canonical name. */
  resources: string[];
  aspects: { key: string; label: string; cells: Record<string, string> }[];
  /** The stored verdict; null for a built table, which has no opinion. */
  verdict: string | null;
}

/**
 * A comparison in one language, the one view every surface answers (REST /compare, /ask, MCP):
 * a stored comparison's title and verdict, or for a table built from facts a title naming the
 * resources as people read them ("DeploymentとJobの比較", "Deployment vs Job") and no verdict.
 */
export function localizeComparison(snapshot: KnowledgeSnapshot, comparison: ResourceComparison, lang: Lang): ComparisonView {
  const { resources, stored, aspects } = comparison;
  const members = stored ? [...stored.resources] : resources.map((r) => r.name);
  return {
    slug: stored?.slug ?? null,
    title: stored ? stored.text[lang].title : builtTitle(members.map((n) => snapshot.mustResource(n).text[lang].name), lang),
    resources: members,
    aspects: aspects.map((a) => ({
      key: a.key,
      label: a.text[lang].label,
      cells: Object.fromEntries(Object.entries(a.cells).map(([name, text]) => [name, text[lang]])),
    })),
    verdict: stored ? stored.text[lang].verdict : null,
  };
}

/** compareResources, then localizeComparison: resources named as typed, compared in one language. */
export function comparisonView(snapshot: KnowledgeSnapshot, names: readonly string[], lang: Lang): ComparisonView {
  return localizeComparison(snapshot, compareResources(snapshot, names), lang);
}

function builtTitle(names: readonly string[], lang: Lang): string {
  return lang === 'ja' ? `${names.join('と')}の比較` : names.join(' vs ');
}
