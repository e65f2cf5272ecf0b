import type { Resource } from '../knowledge/knowledge-types.js';

/**
 * The canonical kubedex URL of a resource (home category slug, canonical name), absolute when a
 * base is given. Same rule as REST's resourcePath; answers need it without depending on a surface.
 */
export function resourceUrl(resource: Resource, baseUrl = ''): string {
  return `${trimSlash(baseUrl)}/resources/${resource.category}/${encodeURIComponent(resource.name)}`;
}

/** The Markdown rendition of a resource (`…/Name.md`). */
export function resourceMarkdownUrl(resource: Resource, baseUrl = ''): string {
  return `${resourceUrl(resource, baseUrl)}.md`;
}

/** `base` without a trailing slash, so paths can be appended. */
export function trimSlash(base: string): string {
  return base.endsWith('/') ? base.slice(0, -1) : base;
}
