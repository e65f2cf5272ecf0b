import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { formatFactValue } from './format-fact-value.js';

/** A side-by-side view of resources in one language: a stored comparison, or one built from their facts. */
export interface ComparisonView {
  /** The stored comparison's slug; null when kubedex built the table from the resources' facts. */
  slug: string | null;
  title: string;
  resources: string[];
  aspects: { key: string; label: string; cells: Record<string, string> }[];
  /** The stored verdict; null for a built table, which has no opinion. */
  verdict: string | null;
}

const LABELS: Record<Lang, Record<'summary' | 'category' | 'apiVersion' | 'kind' | 'scope' | 'selector' | 'title', string>> = {
  ja: { summary: '概要', category: 'カテゴリ', apiVersion: 'apiVersion', kind: 'kind', scope: 'Namespaceに属するか', selector: '選び方(バリアント)', title: 'の比較' },
  en: { summary: 'Summary', category: 'Category', apiVersion: 'apiVersion', kind: 'kind', scope: 'Namespaced', selector: 'Selected by (variant)', title: ' compared' },
};

/**
 * Compares resources: the smallest stored comparison covering all of them when there is one
 * (it may include more resources), otherwise a table of their summaries and Kubernetes facts.
 */
export function compareResources(snapshot: KnowledgeSnapshot, resources: readonly Resource[], lang: Lang): ComparisonView {
  const stored = snapshot.comparisonCovering(resources.map((r) => r.name));
  if (stored)
    return {
      slug: stored.slug,
      title: stored.text[lang].title,
      resources: [...stored.resources],
      aspects: stored.aspects.map((a) => ({
        key: a.key,
        label: a.text[lang].label,
        cells: Object.fromEntries(Object.entries(a.cells).map(([name, text]) => [name, text[lang]])),
      })),
      verdict: stored.text[lang].verdict,
    };
  const l = LABELS[lang];
  const row = (key: keyof typeof l, cell: (r: Resource) => string) => ({ key, label: l[key], cells: Object.fromEntries(resources.map((r) => [r.name, cell(r)])) });
  const names = resources.map((r) => r.name);
  return {
    slug: null,
    title: lang === 'ja' ? `${names.join('と')}${l.title}` : `${names.join(' vs ')}${l.title}`,
    resources: names,
    aspects: [
      row('summary', (r) => r.text[lang].summary),
      row('category', (r) => snapshot.category(r.category)?.text[lang].name ?? r.category),
      row('kind', (r) => r.kubernetes?.kind ?? '—'),
      row('apiVersion', (r) => r.kubernetes?.apiVersion ?? '—'),
      row('scope', (r) => (r.kubernetes ? formatFactValue(r.kubernetes.namespaced, lang) : '—')),
      row('selector', (r) => r.variant?.selector ?? '—'),
    ],
    verdict: null,
  };
}
