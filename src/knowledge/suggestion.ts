import type { Category, Resource } from './knowledge-types.js';
import { categoryHref, comparisonHref, resourceHref } from './knowledge-urls.js';

/**
 * A close match offered for an unknown name: what to type instead (`name`: a resource's canonical
 * name, a category's or a comparison's slug), the home category of a resource, and where it lives.
 * Every lookup of every surface offers its close matches as a list of these under `suggestions`
 * (REST problem+json, GraphQL `extensions`, MCP error data and text).
 */
export interface Suggestion {
  name: string;
  /** The home category slug, when the suggestion is a resource. */
  category?: string;
  /** The kubedex URL path of what is suggested. */
  href: string;
}

/** A resource offered as a close match. */
export function resourceSuggestion(resource: Pick<Resource, 'name' | 'category'>): Suggestion {
  return { name: resource.name, category: resource.category, href: resourceHref(resource) };
}

/** A category offered as a close match. */
export function categorySuggestion(category: Pick<Category, 'slug'>): Suggestion {
  return { name: category.slug, href: categoryHref(category) };
}

/** A stored comparison offered as a close match. */
export function comparisonSuggestion(slug: string): Suggestion {
  return { name: slug, href: comparisonHref(slug) };
}
