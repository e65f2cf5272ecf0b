import { AppError } from '../errors.js';
import type { Category, Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot, NameMatch } from './knowledge-snapshot.js';
import { closeness } from './close-name.js';
import { categoriesByCloseness } from './require-category.js';
import { normalizeName } from './normalize-name.js';
import { resourceSuggestion, type Suggestion } from './suggestion.js';

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


/**
 * Finds a resource by category and name as a client types them: case-insensitive, through aliases,
 * shortNames and plurals, and under a category that does not list it. Throws NOT_FOUND with close
 * matches when nothing fits.
 */
export function resolveResource(snapshot: KnowledgeSnapshot, address: { category?: string; name: string }): ResolvedResource {
  const found = snapshot.findResource(address.name);
  const addressed = address.category === undefined ? undefined : snapshot.findCategory(address.category);
  if (!found) throw notFound(snapshot, address, addressed);
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

/**
 * What is missing, named: an unknown category (with the categories, closest first, then resources
 * close to the name) is told apart from an unknown name in a known category (resources close to it).
 * A known name under an unknown category is no miss: the caller redirects to its home.
 */
function notFound(snapshot: KnowledgeSnapshot, address: { category?: string; name: string }, addressed: Category | undefined): AppError {
  const resources = suggestResources(snapshot, address.name, addressed?.slug);
  const nameIssue = { path: 'name', message: `unknown resource "${address.name}"` };
  if (address.category !== undefined && !addressed) {
    return new AppError('NOT_FOUND', {
      message: `No category "${address.category}", and no resource named "${address.name}" in any category`,
      issues: [{ path: 'category', message: `unknown category "${address.category}"` }, nameIssue],
      details: { suggestions: [...categoriesByCloseness(snapshot, address.category), ...resources] },
    });
  }
  const where = addressed ? ` in ${addressed.slug} or any other category` : '';
  return new AppError('NOT_FOUND', { message: `No resource named "${address.name}"${where}`, issues: [nameIssue], details: { suggestions: resources } });
}

/**
 * The lookup keys of one snapshot by first character (every rule of `closeness` needs the first
 * character to match, so a miss visits about 1/26 of the keys), and each resource's place in the
 * snapshot (ties keep that order).
 */
interface LookupKeys {
  byFirst: Map<string, { key: string; resource: Resource }[]>;
  firstSeen: Map<string, number>;
}

const lookupKeysOf = new WeakMap<KnowledgeSnapshot, LookupKeys>();

function lookupKeys(snapshot: KnowledgeSnapshot): LookupKeys {
  let index = lookupKeysOf.get(snapshot);
  if (!index) {
    // The lookup claims names first, in resource order: ties keep the resources' order, which a
    // snapshot derived after a write keeps too (its lookup's new keys come last).
    index = { byFirst: new Map(), firstSeen: new Map(snapshot.resources.map((r, i) => [r.name, i])) };
    for (const [key, { resource }] of snapshot.lookupKeys()) {
      const first = key[0] ?? '';
      const keys = index.byFirst.get(first) ?? [];
      if (keys.length === 0) index.byFirst.set(first, keys);
      keys.push({ key, resource });
    }
    lookupKeysOf.set(snapshot, index);
  }
  return index;
}

/**
 * Up to `limit` resources whose names, aliases or shortNames are close to `typed` (see `closeness`),
 * the closest first, those of `category` first among equals; none when nothing is close.
 */
export function suggestResources(snapshot: KnowledgeSnapshot, typed: string, category?: string, limit = 5): Suggestion[] {
  return closeResources(snapshot, typed, category)
    .slice(0, limit)
    .map(({ resource }) => resourceSuggestion(resource));
}

/** The one resource a misspelt name means ("persistent volumn"): closer to it than to any other, else undefined. */
export function misspeltResource(snapshot: KnowledgeSnapshot, typed: string): Resource | undefined {
  const [first, second] = closeResources(snapshot, typed);
  return first && first.score > 0 && (second === undefined || second.score > first.score) ? first.resource : undefined;
}

function closeResources(snapshot: KnowledgeSnapshot, typed: string, category?: string): { resource: Resource; score: number }[] {
  const target = normalizeName(typed);
  const { byFirst, firstSeen } = lookupKeys(snapshot);
  const best = new Map<string, { resource: Resource; score: number }>();
  for (const { key, resource } of byFirst.get(target[0] ?? '') ?? []) {
    const score = closeness(target, key);
    if (score === undefined) continue;
    const previous = best.get(resource.name);
    if (!previous || score < previous.score) best.set(resource.name, { resource, score });
  }
  const seen = (r: Resource) => firstSeen.get(r.name) ?? 0;
  return [...best.values()].sort(
    (a, b) => a.score - b.score || Number(b.resource.category === category) - Number(a.resource.category === category) || seen(a.resource) - seen(b.resource),
  );
}
