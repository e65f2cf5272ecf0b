import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { AppError } from '../errors.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { resolveResource } from '../knowledge/resolve-resource.js';
import { DEFAULT_LANG } from '../knowledge/vocabulary.js';
import { renderResourceMarkdown } from '../llms/render-resource-markdown.js';
import { RESOURCE_URI_TEMPLATE, resourceUri } from './resource-uri.js';

/** Exposes every kubedex resource as the MCP resource `kubedex://resources/{category}/{name}` (Markdown). */
export function registerResources(server: McpServer, store: KnowledgeStore, baseUrl: string): void {
  server.registerResource(
    'kubernetes-resource',
    new ResourceTemplate(RESOURCE_URI_TEMPLATE, {
      list: () => ({
        resources: store.snapshot.resources.map((r) => ({
          uri: resourceUri(r),
          name: r.name,
          title: r.text.en.name,
          description: r.text.en.summary,
          mimeType: 'text/markdown',
        })),
      }),
      complete: {
        category: (value) => store.snapshot.categories.map((c) => c.slug).filter((s) => s.startsWith(value.toLowerCase())),
        name: (value, context) => {
          const slug = context?.arguments?.category;
          const pool = slug ? store.snapshot.resourcesIn(store.snapshot.findCategory(slug)?.slug ?? '') : store.snapshot.resources;
          return pool.map((r) => r.name).filter((n) => n.toLowerCase().startsWith(value.toLowerCase()));
        },
      },
    }),
    { title: 'Kubernetes resource', description: 'A kubedex resource page as Markdown (Japanese).', mimeType: 'text/markdown' },
    (uri, variables) => {
      const category = single(variables.category);
      const name = single(variables.name);
      const snapshot = store.snapshot;
      const { resource } = resolveResourceFor(uri.href, () => resolveResource(snapshot, { category, name: decodeURIComponent(name) }));
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: renderResourceMarkdown(snapshot, resource, { lang: DEFAULT_LANG, baseUrl }) }] };
    },
  );
}

function single(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) throw new AppError('VALIDATION_FAILED', { message: `expected ${RESOURCE_URI_TEMPLATE}` });
  return v;
}

// MCP's code for a resource that does not exist; the SDK would otherwise answer -32603 (internal error).
const RESOURCE_NOT_FOUND = -32002;

function resolveResourceFor<T>(uri: string, resolve: () => T): T {
  try {
    return resolve();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new McpError(RESOURCE_NOT_FOUND, `${error.message} (${uri})`, error.details);
    throw error;
  }
}
