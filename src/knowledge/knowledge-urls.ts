import type { Category, Resource } from './knowledge-types.js';

/** The canonical URL path of a resource: its home category's slug and its canonical name. */
export function resourceHref(resource: Pick<Resource, 'category' | 'name'>): string {
  return `/resources/${encodeURIComponent(resource.category)}/${encodeURIComponent(resource.name)}`;
}

/** The URL path of a category. */
export function categoryHref(category: Pick<Category, 'slug'> | string): string {
  return `/categories/${encodeURIComponent(typeof category === 'string' ? category : category.slug)}`;
}

/** The URL path of a stored comparison. */
export function comparisonHref(slug: string): string {
  return `/comparisons/${encodeURIComponent(slug)}`;
}

/** The canonical kubedex URL of a resource, absolute when a base is given. */
export function resourceUrl(resource: Pick<Resource, 'category' | 'name'>, baseUrl = ''): string {
  return `${trimSlash(baseUrl)}${resourceHref(resource)}`;
}

/** The Markdown rendition of a resource (`…/Name.md`). */
export function resourceMarkdownUrl(resource: Pick<Resource, 'category' | 'name'>, baseUrl = ''): string {
  return `${resourceUrl(resource, baseUrl)}.md`;
}

/** `base` without a trailing slash, so paths can be appended. */
export function trimSlash(base: string): string {
  return base.endsWith('/') ? base.slice(0, -1) : base;
}
