import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import { ErrorCode, McpError, ReadResourceRequestSchema, type ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import { AppError } from '../errors.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { resolveResource } from '../knowledge/resolve-resource.js';
import { LANGS, type Lang } from '../knowledge/vocabulary.js';
import { renderResourceMarkdown } from '../llms/render-resource-markdown.js';
import { RESOURCE_URI_TEMPLATE, resourceUri } from './resource-uri.js';

// MCP's code for a resource that does not exist.
const RESOURCE_NOT_FOUND = -32002;

// The address without its language: the SDK's template match makes `{?lang}` compulsory, and a URI without it reads English.
const ADDRESS = new UriTemplate('kubedex://resources/{category}/{name}');

/** Exposes every kubedex resource as the MCP resource `kubedex://resources/{category}/{name}?lang=ja|en` (Markdown), listed in both languages. */
export function registerResources(server: McpServer, store: KnowledgeStore, baseUrl: string): void {
  const template = new ResourceTemplate(RESOURCE_URI_TEMPLATE, {
    list: () => ({
      resources: store.snapshot.resources.flatMap((r) =>
        LANGS.map((lang) => ({
          uri: resourceUri(r, lang),
          name: `${r.name} (${lang})`,
          title: r.text[lang].name,
          description: r.text[lang].summary,
          mimeType: 'text/markdown',
        })),
      ),
    }),
    complete: {
      category: (value) => store.snapshot.categories.map((c) => c.slug).filter((s) => s.startsWith(value.toLowerCase())),
      name: (value, context) => {
        const slug = context?.arguments?.category;
        const pool = slug ? store.snapshot.resourcesIn(store.snapshot.findCategory(slug)?.slug ?? '') : store.snapshot.resources;
        return pool.map((r) => r.name).filter((n) => n.toLowerCase().startsWith(value.toLowerCase()));
      },
    },
  });
  const read = (uri: string): ReadResourceResult => readResourceUri(store.snapshot, uri, baseUrl);
  server.registerResource(
    'kubernetes-resource',
    template,
    { title: 'Kubernetes resource', description: 'A kubedex resource page as Markdown, in Japanese (?lang=ja) or English (?lang=en, the default).', mimeType: 'text/markdown' },
    (uri) => read(uri.href),
  );
  // The SDK's own read handler parses the URI with `new URL` and fails on a malformed one as an
  // internal error (-32603); every URI a client sends is its own mistake when it is wrong.
  server.server.setRequestHandler(ReadResourceRequestSchema, (request) => read(request.params.uri));
}

/** What `resources/read` answers for `uri` in `snapshot`: the resource's page as Markdown in the URI's language. */
export function readResourceUri(snapshot: KnowledgeSnapshot, uri: string, baseUrl: string): ReadResourceResult {
  const { category, name, lang } = addressOf(uri);
  const { resource } = notFoundAsMcp(uri, () => resolveResource(snapshot, { category, name }));
  return { contents: [{ uri, mimeType: 'text/markdown', text: renderResourceMarkdown(snapshot, resource, { lang, baseUrl }) }] };
}

/** The category, name and language a URI addresses, decoded; a URI that is not one of ours is invalid params (-32602). */
function addressOf(uri: string): { category: string; name: string; lang: Lang } {
  const invalid = () => new McpError(ErrorCode.InvalidParams, `Not a kubedex resource URI: expected ${RESOURCE_URI_TEMPLATE}`);
  if (uri.length > 1_000) throw invalid();
  const [address = '', query] = uri.split('?', 2);
  const variables = ADDRESS.match(address);
  const category = single(variables?.category);
  const name = single(variables?.name);
  if (category === undefined || name === undefined) throw invalid();
  const lang = languageOf(query);
  if (lang === undefined) throw new McpError(ErrorCode.InvalidParams, `Unknown language in ${uri}: expected ?lang=${LANGS.join(' or ?lang=')}`);
  try {
    return { category: decodeURIComponent(category), name: decodeURIComponent(name), lang };
  } catch {
    throw new McpError(ErrorCode.InvalidParams, `Malformed percent-encoding in ${uri}`);
  }
}

/** `?lang=` of a resource URI: English when absent, undefined when it names no served language or carries anything else. */
function languageOf(query: string | undefined): Lang | undefined {
  if (query === undefined || query === '') return 'en';
  const params = new URLSearchParams(query);
  const lang = params.get('lang');
  if ([...params.keys()].some((k) => k !== 'lang')) return undefined;
  return LANGS.find((l) => l === lang);
}

function single(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ? v : undefined;
}

function notFoundAsMcp<T>(uri: string, resolve: () => T): T {
  try {
    return resolve();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new McpError(RESOURCE_NOT_FOUND, `${error.message} (${uri})`, { uri, ...error.details });
    throw error;
  }
}
