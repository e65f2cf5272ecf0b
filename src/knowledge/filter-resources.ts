import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { normalizeName } from './normalize-name.js';
import { requireCategory } from './require-category.js';
import { suggestResources } from './resolve-resource.js';
import { ResourceStatus } from './vocabulary.js';

/** Which resources a list asks for; every present condition must hold, a list means "any of". */
export const ResourceFilter = z
  .object({
    category: z.array(z.string().min(1)).min(1).optional().describe('category slugs, names or aliases'),
    group: z.array(z.string()).min(1).optional().describe('API groups; "core" or "" is the core group'),
    kind: z.array(z.string().min(1)).min(1).optional().describe('Kubernetes kinds, case-insensitive'),
    namespaced: z.boolean().optional(),
    status: z.array(ResourceStatus).min(1).optional(),
    fromArticle: z.boolean().optional().describe('whether the source article describes the resource'),
    variantOf: z.string().min(1).optional().describe('only variants of this resource'),
    text: z.string().min(1).optional().describe('case-insensitive substring of a name, alias or summary'),
  })
  .strict();
export type ResourceFilter = z.infer<typeof ResourceFilter>;

/**
 * The resources matching a filter. When it names exactly one category they come in that category's
 * order (as `/categories/{slug}` and `Category.resources` list them); otherwise in the snapshot's
 * order (category, then the article's order). An unknown category or variantOf fails as
 * VALIDATION_FAILED naming the field.
 */
export function filterResources(snapshot: KnowledgeSnapshot, filter: ResourceFilter): Resource[] {
  const categories = filter.category && [...new Set(filter.category.map((key, i) => requireCategory(snapshot, key, { field: `category.${i}`, use: 'filter' }).slug))];
  const groups = filter.group?.map((g) => (g === 'core' ? '' : g.toLowerCase()));
  const kinds = filter.kind?.map((k) => k.toLowerCase());
  const variantOf = filter.variantOf === undefined ? undefined : requireVariantBase(snapshot, filter.variantOf);
  const text = filter.text === undefined ? undefined : normalizeName(filter.text);
  const only = categories?.length === 1 ? categories[0] : undefined;
  const pool = only === undefined ? snapshot.resources : snapshot.resourcesIn(only);

  return pool.filter(
    (r) =>
      (!categories || categories.some((slug) => snapshot.lists(slug, r))) &&
      (!groups || (r.kubernetes !== null && groups.includes(r.kubernetes.group))) &&
      (!kinds || (r.kubernetes !== null && kinds.includes(r.kubernetes.kind.toLowerCase()))) &&
      (filter.namespaced === undefined || r.kubernetes?.namespaced === filter.namespaced) &&
      (!filter.status || filter.status.includes(r.status)) &&
      (filter.fromArticle === undefined || r.source.fromArticle === filter.fromArticle) &&
      (variantOf === undefined || r.variant?.of === variantOf) &&
      (text === undefined || textMatches(r, text)),
  );
}

/** The canonical name of the resource `variantOf` names, or VALIDATION_FAILED naming `variantOf` with close matches. */
function requireVariantBase(snapshot: KnowledgeSnapshot, typed: string): string {
  const found = snapshot.findResource(typed);
  if (found) return found.resource.name;
  throw new AppError('VALIDATION_FAILED', {
    message: `Unknown resource "${typed}" in variantOf`,
    issues: [{ path: 'variantOf', message: `unknown resource "${typed}"` }],
    details: { suggestions: suggestResources(snapshot, typed) },
  });
}

// Normalized once per resource (a snapshot's resources never change), not on every filtered request.
const normalizedTexts = new WeakMap<Resource, string[]>();

function textMatches(r: Resource, text: string): boolean {
  let haystack = normalizedTexts.get(r);
  if (!haystack) {
    haystack = [r.name, ...r.aliases.map((a) => a.name), r.text.ja.name, r.text.en.name, r.text.ja.summary, r.text.en.summary].map(normalizeName);
    normalizedTexts.set(r, haystack);
  }
  return haystack.some((h) => h.includes(text));
}
