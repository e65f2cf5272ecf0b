import { distance } from 'fastest-levenshtein';
import { AppError } from '../errors.js';
import type { Category, Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot, NameMatch } from './knowledge-snapshot.js';
import { normalizeName } from './normalize-name.js';

/** A resource found from what a client typed, and whether what it typed was already canonical. */
export interface ResolvedResource {
  resource: Resource;
  /** The category the client addressed when it lists the resource, else the resource's home. */
  category: Category;
  match: NameMatch;
  /** The addressed category lists the resource (its home or another listing). */
  categoryFits: boolean;
  /** The client typed exactly the canonical category slug and resource name. */
  exact: boolean;
}

/** A close match offered when a name is unknown. */
export interface Suggestion {
  name: string;
  category: string;
}

/**
 * Finds a resource by category and name as a client types them: case-insensitive, through aliases,
 * shortNames and plurals, and under a category that does not list it. Throws NOT_FOUND with close
 * matches when nothing fits.
 */
export function resolveResource(snapshot: KnowledgeSnapshot, address: { category?: string; name: string }): ResolvedResource {
  const found = snapshot.findResource(address.name);
  const addressed = address.category === undefined ? undefined : snapshot.findCategory(address.category);
  if (!found) {
    const where = address.category === undefined ? '' : ` in ${address.category}`;
    throw new AppError('NOT_FOUND', {
      message: `No resource named "${address.name}"${where}`,
      details: { suggestions: suggestResources(snapshot, address.name, addressed?.slug) },
    });
  }
  const { resource, match } = found;
  const categoryFits = addressed !== undefined && snapshot.lists(addressed.slug, resource);
  const home = snapshot.category(resource.category);
  if (!home) throw new AppError('INTERNAL', { message: `resource ${resource.name} has no category ${resource.category}` });
  const category = categoryFits && addressed ? addressed : home;
  return {
    resource,
    category,
    match,
    categoryFits,
    exact: categoryFits && address.category === category.slug && address.name === resource.name,
  };
}

/** Up to `limit` resources whose names or aliases are closest to `typed`, those of `category` first. */
export function suggestResources(snapshot: KnowledgeSnapshot, typed: string, category?: string, limit = 5): Suggestion[] {
  const target = normalizeName(typed);
  const best = new Map<string, { resource: Resource; score: number }>();
  for (const [key, { resource }] of snapshot.lookupKeys()) {
    const d = distance(target, key) - (key.startsWith(target) || target.startsWith(key) ? 1 : 0);
    const score = d / Math.max(target.length, key.length, 1);
    const previous = best.get(resource.name);
    if (!previous || score < previous.score) best.set(resource.name, { resource, score });
  }
  return [...best.values()]
    .filter((c) => c.score <= 0.5)
    .sort((a, b) => a.score - b.score || Number(b.resource.category === category) - Number(a.resource.category === category))
    .slice(0, limit)
    .map(({ resource }) => ({ name: resource.name, category: resource.category }));
}
