import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { PACKAGE_VERSION } from '../package-version.js';
import type { RouteDefinition } from '../route-definition.js';
import { Problem } from '../schemas/common-schemas.js';
import { SURFACE_PATHS } from './surface-paths.js';

/** What each tag of the document groups. */
const TAGS = [
  { name: 'meta', description: 'Entry point, version and counts' },
  { name: 'categories', description: 'The categories of the source article' },
  { name: 'resources', description: 'Resources, their relations, parents, children and alternatives' },
  { name: 'comparisons', description: 'Stored comparisons and side-by-side tables' },
  { name: 'api-versions', description: 'The apiVersion history of every kind, and manifest checks against a Kubernetes release' },
  { name: 'fields', description: 'The field reference of every kind, as kubectl explain shows it, with kubedex notes' },
  { name: 'graph', description: 'The knowledge as nodes and edges' },
  { name: 'corrections', description: 'What the source article got wrong' },
  { name: 'export', description: 'The whole knowledge base in one document' },
  { name: 'writes', description: 'Edits with a Bearer token and If-Match, write documents, the change log and history' },
  { name: 'search', description: 'Search and questions in Japanese or English, typo tolerant' },
  { name: 'llms', description: 'Markdown pages and llms.txt for language models' },
  { name: 'docs', description: 'This document and its interactive viewer' },
  { name: 'health', description: 'Liveness and readiness probes' },
  { name: 'graphql', description: 'The GraphQL endpoint (schema in schema.graphql)' },
  { name: 'mcp', description: 'The Model Context Protocol endpoint' },
];

/**
 * The OpenAPI 3.1 document of the REST API, built from the same route definitions and zod schemas
 * that route and validate requests. Router files add routes; nothing is written here by hand.
 */
export function buildOpenApiDocument(routes: readonly RouteDefinition[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const operation: ZodOpenApiOperationObject = {
      operationId: route.operationId,
      summary: route.summary,
      description: route.description,
      tags: route.tags,
      requestParams: { ...(route.params ? { path: route.params } : {}), ...(route.query ? { query: route.query } : {}) },
      ...(route.body
        ? { requestBody: { required: true, content: Object.fromEntries(route.body.types.map((t) => [t, { schema: route.body?.schema }])) } }
        : {}),
      responses: responsesOf(route),
    };
    paths[route.path] = { ...paths[route.path], [route.method]: operation };
  }
  Object.assign(paths, SURFACE_PATHS);
  const knownTags = new Set([...routes.flatMap((r) => r.tags), 'graphql', 'mcp']);
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'kubedex',
      version: PACKAGE_VERSION,
      contact: { name: 'kubedex maintainers', url: 'https://kubedex.dev' },
      license: { name: 'UNLICENSED (private package: all rights reserved)', url: 'https://kubedex.dev/license' },
      description:
        'Knowledge about Kubernetes resources, the categories that group them, their relations and comparisons, in Japanese (ja) and English (en). ' +
        'Texts follow ?lang=, then Accept-Language, then ja. Answers carry strong ETags (If-None-Match → 304) and every error is application/problem+json.',
    },
    servers: [{ url: '/', description: 'this server' }],
    // Knowledge is public: no operation needs credentials.
    security: [],
    tags: [...TAGS.filter((t) => knownTags.has(t.name)), ...[...knownTags].filter((t) => !TAGS.some((k) => k.name === t)).map((name) => ({ name }))],
    paths,
  });
}

const built = new WeakMap<readonly RouteDefinition[], ReturnType<typeof buildOpenApiDocument>>();

/** The document for a route catalogue, built once: routes do not change while the app runs. */
export function openApiDocumentFor(routes: readonly RouteDefinition[]): ReturnType<typeof buildOpenApiDocument> {
  let document = built.get(routes);
  if (!document) built.set(routes, (document = buildOpenApiDocument(routes)));
  return document;
}

function responsesOf(route: RouteDefinition): ZodOpenApiResponsesObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, r] of Object.entries(route.responses)) {
    responses[status as `${1 | 2 | 3 | 4 | 5}${string}`] = {
      description: r.description,
      ...(r.headers ? { headers: r.headers } : {}),
      ...(r.content ? { content: Object.fromEntries(Object.entries(r.content).map(([type, schema]) => [type, { schema }])) } : {}),
    };
  }
  // Any other error (405, 415, 500, 503) is problem+json too.
  responses.default = { description: 'Any other error, as RFC 9457 problem details', content: { 'application/problem+json': { schema: Problem } } };
  return responses;
}
