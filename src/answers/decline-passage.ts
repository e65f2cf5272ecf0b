import type { Resource } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';

const WORDS: Record<Lang, { about: (product: string) => string; uncovered: string; closest: string; none: string }> = {
  ja: {
    about: (product) => `この質問はKubernetesではなく${product}についての質問のようです。`,
    uncovered: 'この質問はkubedexの知識の範囲外です。kubedexはKubernetesのリソース(種類、フィールド、APIバージョン、使い分け)だけを扱います。',
    closest: 'kubedexが扱う中で近い話題',
    none: '近い話題も見つかりませんでした。',
  },
  en: {
    about: (product) => `This question seems to be about ${product}, not Kubernetes.`,
    uncovered: 'kubedex does not cover this question: it knows Kubernetes resources only (their kinds, fields, API versions and when to use which).',
    closest: 'Closest topics kubedex does cover',
    none: 'Nothing it covers comes close.',
  },
};

/**
 * The passage of a declined question: says plainly it is not covered (and which other product it
 * is about, when it is about one), then names the closest topics that are.
 */
export function declinePassage(lang: Lang, closest: readonly Resource[], otherProduct: string | null = null): string {
  const w = WORDS[lang];
  const uncovered = otherProduct ? `${w.about(otherProduct)}${lang === 'en' ? ' ' : ''}${w.uncovered}` : w.uncovered;
  if (closest.length === 0) return `${uncovered}\n\n${w.none}`;
  return [uncovered, '', `${w.closest}:`, ...closest.map((r) => `- **${r.text[lang].name}**: ${r.text[lang].summary}`)].join('\n');
}
