import type { Resource } from '../knowledge/knowledge-types.js';

/** The MCP resource URI template of a kubedex resource. */
export const RESOURCE_URI_TEMPLATE = 'kubedex://resources/{category}/{name}';

/** The MCP URI of a resource: `kubedex://resources/{category-slug}/{Name}`. */
export function resourceUri(resource: Resource): string {
  return `kubedex://resources/${resource.category}/${encodeURIComponent(resource.name)}`;
}
