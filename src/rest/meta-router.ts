import { z } from 'zod';
import { DEFAULT_LANG, LANGS } from '../knowledge/vocabulary.js';
import { PACKAGE_VERSION } from './package-version.js';
import { defineRoute, type RouteDefinition } from './route-definition.js';
import { HomeBody, MetaBody } from './schemas/catalogue-schemas.js';
import { notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

/** Every route that names a link relation, as `GET /` lists them (templated paths keep their {braces}). */
export function homeLinks(routes: readonly RouteDefinition[]): Record<string, string> {
  const links: Record<string, string> = { self: '/' };
  for (const route of routes) if (route.link && route.method === 'get') links[route.link] = route.path;
  // The surfaces that are not REST routes.
  return { ...links, graphql: '/graphql', mcp: '/mcp' };
}

/** `GET /` and `GET /meta`. */
export const metaRoutes = [
  defineRoute({
    method: 'get',
    path: '/',
    operationId: 'getHome',
    summary: 'Links to everything kubedex serves',
    description: 'The entry point: the links of every REST operation by relation name, and of the GraphQL and MCP endpoints.',
    tags: ['meta'],
    query: z.strictObject({}),
    responses: { ...ok(HomeBody, 'Links by relation name'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, deps, snapshot }) => {
      sendRepresentation(req, res, {
        snapshot,
        language: null,
        body: () => ({
          name: 'kubedex',
          description: 'Knowledge about Kubernetes resources, their relations and comparisons, in Japanese and English',
          version: PACKAGE_VERSION,
          revision: snapshot.revision,
          links: homeLinks(deps.routes ?? []),
        }),
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/meta',
    operationId: 'getMeta',
    summary: 'Version, knowledge revision, counts and languages',
    description: 'The build version, the knowledge revision (it rises with every write), counts of what is stored, and the languages served.',
    tags: ['meta'],
    link: 'meta',
    query: z.strictObject({}),
    responses: { ...ok(MetaBody, 'About this knowledge base'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, snapshot }) => {
      sendRepresentation(req, res, {
        snapshot,
        language: null,
        body: () => ({
          name: 'kubedex',
          version: PACKAGE_VERSION,
          revision: snapshot.revision,
          loadedAt: snapshot.loadedAt.toISOString(),
          counts: snapshot.counts(),
          languages: [...LANGS],
          defaultLanguage: DEFAULT_LANG,
          links: { self: '/meta', home: '/' },
        }),
      });
    },
  }),
];
