import type { z } from 'zod';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot, RelationFromResource } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { presentComparison } from './present-comparison.js';
import { categoryHref, resourceHref } from '../knowledge/knowledge-urls.js';
import type { ResourceRef } from './schemas/common-schemas.js';
import type { RelationEntry, ResourceBody, ResourceSummary } from './schemas/resource-schemas.js';

/** A resource named and linked, in one language. */
export function presentRef(r: Resource, lang: Lang): z.input<typeof ResourceRef> {
  return { name: r.name, displayName: r.text[lang].name, href: resourceHref(r) };
}

/** A resource as a list shows it. */
export function presentSummary(r: Resource, lang: Lang): z.input<typeof ResourceSummary> {
  return {
    name: r.name,
    category: r.category,
    displayName: r.text[lang].name,
    summary: r.text[lang].summary,
    kind: r.kubernetes?.kind ?? null,
    apiVersion: r.kubernetes?.apiVersion ?? null,
    namespaced: r.kubernetes?.namespaced ?? null,
    status: r.status,
    variantOf: r.variant?.of ?? null,
    href: resourceHref(r),
  };
}

/** A relation as seen from one of its ends. */
export function presentRelation(entry: RelationFromResource, lang: Lang): z.input<typeof RelationEntry> {
  return { kind: entry.relation.kind, direction: entry.direction, resource: presentRef(entry.other, lang), note: entry.relation.text[lang].note };
}

/** The links every resource answer carries. */
export function resourceLinks(r: Resource): Record<string, string> {
  const self = resourceHref(r);
  return {
    self,
    category: categoryHref(r.category),
    relations: `${self}/relations`,
    parents: `${self}/parents`,
    children: `${self}/children`,
    alternatives: `${self}/alternatives`,
    comparisons: `${self}/comparisons`,
  };
}

/** A resource as REST answers it, in one language, embedding what `include` asks for. */
export function presentResource(
  snapshot: KnowledgeSnapshot,
  r: Resource,
  options: { lang: Lang; include: readonly string[] },
): z.input<typeof ResourceBody> {
  const { lang, include } = options;
  // variant.of and supersededBy name resources the snapshot guarantees exist.
  const ref = (name: string) => presentRef(snapshot.mustResource(name), lang);
  return {
    name: r.name,
    category: r.category,
    listedIn: [r.category, ...r.listedIn.map((l) => l.category)],
    displayName: r.text[lang].name,
    summary: r.text[lang].summary,
    description: r.text[lang].description,
    kubernetes: r.kubernetes,
    variant: r.variant ? { of: ref(r.variant.of), selector: r.variant.selector } : null,
    variants: snapshot.variants(r.name).map((v) => ({ resource: presentRef(v, lang), selector: v.variant?.selector ?? '' })),
    status: r.status,
    distribution: r.distribution,
    supersededBy: r.supersededBy ? ref(r.supersededBy) : null,
    tasks: r.tasks.map((task) => task[lang]),
    apiVersionHistory: r.apiVersionHistory.map(({ text, ...v }) => ({ ...v, note: text?.[lang].note ?? null })),
    aliases: r.aliases,
    facts: r.facts.map((f) => ({ key: f.key, value: f.text[lang].value, label: f.text[lang].label, note: f.text[lang].note })),
    exampleManifest: r.exampleManifest,
    source: { fromArticle: r.source.fromArticle, articleSection: r.source.articleSection, docsUrl: r.docsUrl },
    updatedAt: r.updatedAt.toISOString(),
    links: resourceLinks(r),
    ...(include.includes('relations') ? { relations: snapshot.relationsOf(r.name).map((e) => presentRelation(e, lang)) } : {}),
    ...(include.includes('comparisons') ? { comparisons: snapshot.comparisonsOf(r.name).map((c) => presentComparison(snapshot, c, lang)) } : {}),
  };
}
