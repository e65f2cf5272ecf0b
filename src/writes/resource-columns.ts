import { STANDARD_VERBS, type Lang } from '../knowledge/vocabulary.js';
import type { ResourceSeed } from '../seed/seed-files.js';

/** The Resource row's own columns for a write document: the one mapping the seed and the API share. */
export function resourceColumns(r: ResourceSeed, categoryId: number) {
  return {
    categoryId,
    position: r.position,
    kind: r.kubernetes?.kind ?? null,
    apiGroup: r.kubernetes?.group ?? null,
    apiVersion: r.kubernetes?.version ?? null,
    plural: r.kubernetes?.plural ?? null,
    singular: r.kubernetes ? (r.kubernetes.singular ?? r.kubernetes.kind.toLowerCase()) : null,
    namespaced: r.kubernetes?.namespaced ?? null,
    verbs: r.kubernetes ? (r.kubernetes.verbs ?? STANDARD_VERBS).join(',') : null,
    // A removed kind is served under no version; an ordinary one at least under its preferred one.
    servedVersions: r.kubernetes ? (r.kubernetes.servedVersions ?? (r.status === 'removed' ? [] : [r.kubernetes.version])).join(',') : null,
    distribution: r.distribution,
    variantSelector: r.variant?.selector ?? null,
    status: r.status,
    exampleManifest: r.example,
    docsUrl: r.docsUrl,
    articleSection: r.articleSection,
    fromArticle: r.fromArticle,
  };
}

/** The note of the variant_of relation a resource's `variant` declares. */
export function variantNote(name: string, variant: { of: string; selector: string }): Record<Lang, string> {
  return {
    ja: `${name}は${variant.of}の一形態で、${variant.selector}によって選ばれます。`,
    en: `${name} is a variant of ${variant.of}, selected by ${variant.selector}.`,
  };
}
