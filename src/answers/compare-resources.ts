import { compareResources } from '../knowledge/compare-resources.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';

/** A side-by-side view of resources in one language: a stored comparison, or one built from their facts. */
export interface ComparisonView {
  /** The stored comparison's slug; null when the table was built from the resources' facts. */
  slug: string | null;
  title: string;
  resources: string[];
  aspects: { key: string; label: string; cells: Record<string, string> }[];
  /** The stored verdict; null for a built table, which has no opinion. */
  verdict: string | null;
}

/**
 * The knowledge core's comparison (the smallest stored one covering every name, else a table of
 * facts) in one language. Names are resolved as typed; unknown ones fail as VALIDATION_FAILED.
 */
export function comparisonView(snapshot: KnowledgeSnapshot, names: readonly string[], lang: Lang): ComparisonView {
  const { resources, stored, aspects } = compareResources(snapshot, names);
  const members = stored ? [...stored.resources] : resources.map((r) => r.name);
  return {
    slug: stored?.slug ?? null,
    title: stored ? stored.text[lang].title : lang === 'ja' ? `${members.join('と')}の比較` : members.join(' vs '),
    resources: members,
    aspects: aspects.map((a) => ({
      key: a.key,
      label: a.text[lang].label,
      cells: Object.fromEntries(Object.entries(a.cells).map(([name, text]) => [name, text[lang]])),
    })),
    verdict: stored ? stored.text[lang].verdict : null,
  };
}
