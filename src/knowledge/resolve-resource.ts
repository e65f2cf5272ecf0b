import { distance } from 'fastest-levenshtein';
import { AppError } from '../errors.js';
import type { Category, Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot, NameMatch } from './knowledge-snapshot.js';
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

/** The lookup keys of one snapshot grouped by length, for suggestions that only visit plausible lengths. */
interface KeysByLength {
  /** byLength[n]: the keys of length n, in lookup order. */
  byLength: { key: string; resource: Resource }[][];
  /** Where each resource's first key stands in lookup order: ties in score keep that order. */
  firstSeen: Map<string, number>;
}

const keysByLength = new WeakMap<KnowledgeSnapshot, KeysByLength>();

function lookupKeysByLength(snapshot: KnowledgeSnapshot): KeysByLength {
  let index = keysByLength.get(snapshot);
  if (!index) {
    index = { byLength: [], firstSeen: new Map() };
    let i = 0;
    for (const [key, { resource }] of snapshot.lookupKeys()) {
      (index.byLength[key.length] ??= []).push({ key, resource });
      if (!index.firstSeen.has(resource.name)) index.firstSeen.set(resource.name, i);
      i++;
    }
    keysByLength.set(snapshot, index);
  }
  return index;
}

/** Highest score (edit distance per character) a suggestion may have. */
const MAX_SUGGESTION_SCORE = 0.5;

/**
 * Up to `limit` resources whose names or aliases are closest to `typed`, those of `category` first.
 * A key's score is (distance − prefix bonus) / longer length, and distance ≥ the length difference,
 * so keys whose length alone puts them over MAX_SUGGESTION_SCORE are never compared.
 */
export function suggestResources(snapshot: KnowledgeSnapshot, typed: string, category?: string, limit = 5): Suggestion[] {
  const target = normalizeName(typed);
  const { byLength, firstSeen } = lookupKeysByLength(snapshot);
  const best = new Map<string, { resource: Resource; score: number }>();
  for (let length = 0; length < byLength.length; length++) {
    const keys = byLength[length];
    if (!keys) continue;
    // The lowest score any key of this length can reach: distance ≥ |Δlength|, minus the prefix bonus of 1.
    if ((Math.abs(length - target.length) - 1) / Math.max(target.length, length, 1) > MAX_SUGGESTION_SCORE) continue;
    for (const { key, resource } of keys) {
      const d = distance(target, key) - (key.startsWith(target) || target.startsWith(key) ? 1 : 0);
      const score = d / Math.max(target.length, key.length, 1);
      if (score > MAX_SUGGESTION_SCORE) continue;
      const previous = best.get(resource.name);
      if (!previous || score < previous.score) best.set(resource.name, { resource, score });
    }
  }
  const seen = (r: Resource) => firstSeen.get(r.name) ?? 0;
  return [...best.values()]
    .sort(
      (a, b) =>
        a.score - b.score || Number(b.resource.category === category) - Number(a.resource.category === category) || seen(a.resource) - seen(b.resource),
    )
    .slice(0, limit)
    .map(({ resource }) => resourceSuggestion(resource));
}
