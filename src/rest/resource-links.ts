import type { Category, Resource } from '../knowledge/knowledge-types.js';

/** The canonical URL path of a resource: its home category's slug and its canonical name. */
export function resourceHref(resource: Pick<Resource, 'category' | 'name'>): string {
  return `/resources/${resource.category}/${encodeURIComponent(resource.name)}`;
}

/** The URL path of a category. */
export function categoryHref(category: Pick<Category, 'slug'> | string): string {
  return `/categories/${typeof category === 'string' ? category : category.slug}`;
}

/** The URL path of a stored comparison. */
export function comparisonHref(slug: string): string {
  return `/comparisons/${encodeURIComponent(slug)}`;
}
