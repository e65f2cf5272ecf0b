import type { Resource } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';

/** The MCP resource URI template of a kubedex resource, in a language (`?lang=ja|en`; English without). */
export const RESOURCE_URI_TEMPLATE = 'kubedex://resources/{category}/{name}{?lang}';

/** The MCP URI of a resource: `kubedex://resources/{category-slug}/{Name}`, with `?lang=` when a language is given. */
export function resourceUri(resource: Resource, lang?: Lang): string {
  return `kubedex://resources/${resource.category}/${encodeURIComponent(resource.name)}${lang ? `?lang=${lang}` : ''}`;
}
