import type { z } from 'zod';
import type { Comparison, ComparisonAspect } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { comparisonHref, resourceHref } from '../knowledge/knowledge-urls.js';
import type { ResourceRef } from './schemas/common-schemas.js';
import type { AspectBody, ComparisonBody, ComparisonSummary } from './schemas/comparison-schemas.js';

/** A resource named by a comparison, linked; the snapshot guarantees it exists. */
export function refByName(snapshot: KnowledgeSnapshot, name: string, lang: Lang): z.input<typeof ResourceRef> {
  const r = snapshot.mustResource(name);
  return { name, displayName: r.text[lang].name, href: resourceHref(r) };
}

/** One table row in one language. */
export function presentAspect(aspect: ComparisonAspect, lang: Lang): z.input<typeof AspectBody> {
  return {
    key: aspect.key,
    label: aspect.text[lang].label,
    cells: Object.fromEntries(Object.entries(aspect.cells).map(([name, text]) => [name, text[lang]])),
  };
}

/** A stored comparison in one language. */
export function presentComparison(snapshot: KnowledgeSnapshot, c: Comparison, lang: Lang): z.input<typeof ComparisonBody> {
  return {
    slug: c.slug,
    title: c.text[lang].title,
    verdict: c.text[lang].verdict,
    resources: c.resources.map((n) => refByName(snapshot, n, lang)),
    aspects: c.aspects.map((a) => presentAspect(a, lang)),
    links: { self: comparisonHref(c.slug) },
  };
}

/** A stored comparison in a list. */
export function presentComparisonSummary(snapshot: KnowledgeSnapshot, c: Comparison, lang: Lang): z.input<typeof ComparisonSummary> {
  return { slug: c.slug, title: c.text[lang].title, resources: c.resources.map((n) => refByName(snapshot, n, lang)), href: comparisonHref(c.slug) };
}
