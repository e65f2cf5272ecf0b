import { distance } from 'fastest-levenshtein';
import { AppError } from '../errors.js';
import type { Category } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { normalizeName } from './normalize-name.js';
import { categorySuggestion, type Suggestion } from './suggestion.js';

/**
 * Where a client named a category: a path segment or the target of a lookup (`/categories/{category}`,
 * GraphQL `category(slug:)`, MCP `list_category`) is an address, and an unknown one is NOT_FOUND; a
 * filter condition (`?category=`, GraphQL `filter.category`) is input, and an unknown one is
 * VALIDATION_FAILED naming the field.
 */
export type CategoryUse = 'address' | 'filter';

/**
 * A category by slug, name or alias in any case, or the AppError every surface answers for an
 * unknown one, naming `field` and offering every category (closest first) in `details.suggestions`.
 */
export function requireCategory(snapshot: KnowledgeSnapshot, key: string, options: { field: string; use: CategoryUse }): Category {
  const category = snapshot.findCategory(key);
  if (category) return category;
  const details = { suggestions: categoriesByCloseness(snapshot, key) };
  const issues = [{ path: options.field, message: `unknown category "${key}"` }];
  if (options.use === 'address') throw new AppError('NOT_FOUND', { message: `No category "${key}"`, issues, details });
  throw new AppError('VALIDATION_FAILED', { message: `Unknown category "${key}"`, issues, details });
}

/** Every category, the closest to `typed` (by slug, name or alias) first: there are few enough to list them all. */
export function categoriesByCloseness(snapshot: KnowledgeSnapshot, typed: string): Suggestion[] {
  const target = normalizeName(typed);
  const score = (c: Category) => Math.min(...[c.slug, c.text.en.name, c.text.ja.name, ...c.aliases].map((k) => distance(target, normalizeName(k))));
  return snapshot.categories
    .map((c) => ({ slug: c.slug, score: score(c), position: c.position }))
    .sort((a, b) => a.score - b.score || a.position - b.position)
    .map((c) => categorySuggestion(c));
}
