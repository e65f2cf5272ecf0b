import type { Request } from 'express';
import { z } from 'zod';
import { filterResources, type ResourceFilter } from '../knowledge/filter-resources.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, listScope, MAX_PAGE_SIZE, paginate, type CursorScope } from '../knowledge/paginate.js';
import { resolveResource } from '../knowledge/resolve-resource.js';
import { RESOURCE_STATUSES, typedTerm } from '../knowledge/vocabulary.js';
import { addressResource, redirectPermanently } from './address-resource.js';
import { answerLanguage } from './answer-language.js';
import { presentRelation, presentResource, presentSummary } from './present-resource.js';
import { presentComparison } from './present-comparison.js';
import { resourceHref } from '../knowledge/knowledge-urls.js';
import { defineRoute } from './route-definition.js';
import { BooleanParam, IncludeParam, LangParam, listParam, PathName } from './schemas/query-params.js';
import { ResourceBody, ResourcePage } from './schemas/resource-schemas.js';
import { movedToCanonical, notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

/** Filters, paging and language of `GET /resources`. */
export const ResourcesQuery = z.strictObject({
  category: listParam(z.string(), 'category slugs, names or aliases').optional(),
  group: listParam(z.string(), 'API groups; "core" is the core group').optional(),
  kind: listParam(z.string(), 'Kubernetes kinds, any case').optional(),
  namespaced: BooleanParam.optional().meta({ description: 'namespaced (true) or cluster-scoped (false)' }),
  status: listParam(typedTerm(RESOURCE_STATUSES), `${RESOURCE_STATUSES.join(', ')}, any case`).optional(),
  fromArticle: BooleanParam.optional().meta({ description: 'whether the source article describes it' }),
  variantOf: z.string().min(1).max(200).optional().meta({ description: 'only variants of this resource' }),
  q: z.string().min(1).max(200).optional().meta({ description: 'free text: part of a name, alias or summary' }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).meta({ description: 'page size' }),
  cursor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'opaque cursor from `next` or `previous` (or a links URL); valid only with the same filters and knowledge revision it came with, else 400' }),
  lang: LangParam,
  include: IncludeParam,
});

/** One resource addressed by category and name. */
export const ResourceAddress = z.object({
  category: PathName.meta({ description: 'category slug, name or alias, any case', example: 'service' }),
  name: PathName.meta({ description: 'name, alias, shortName or plural, any case', example: 'NodePort' }),
});

/** Language and embeds of a single resource. */
export const ResourceQuery = z.strictObject({ lang: LangParam, include: IncludeParam });

/** `GET /resources`, `GET /resources/{name}` and `GET /resources/{category}/{name}`. */
export const resourceRoutes = [
  defineRoute({
    method: 'get',
    path: '/resources',
    operationId: 'listResources',
    summary: 'List resources, filtered and paged',
    description:
      "Filters combine with AND, list values with OR. Paged by `limit` and an opaque `cursor`: `next` and `previous` are the cursors of the neighbouring pages (null at the ends), `total` counts every match, and `links.next`/`links.prev` are the same pages as URLs carrying the client's other parameters. A cursor is bound to the filters (as written) and the knowledge revision it was issued under: used with other filters, or after the knowledge changed, it is refused with 400 VALIDATION_FAILED on `cursor` rather than applied to a list whose positions mean something else; page again from the start.",
    tags: ['resources'],
    link: 'resources',
    query: ResourcesQuery,
    responses: { ...ok(ResourcePage, 'A page of resources'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot }) => {
      const language = answerLanguage(req, query.lang);
      const filter: ResourceFilter = {
        category: query.category,
        group: query.group,
        kind: query.kind,
        namespaced: query.namespaced,
        status: query.status,
        fromArticle: query.fromArticle,
        variantOf: query.variantOf,
        text: query.q,
      };
      const scope = listScope(snapshot, 'resources', filter);
      const start = query.cursor === undefined ? 0 : decodeCursor(query.cursor, 'cursor', scope);
      const all = filterResources(snapshot, filter);
      const page = paginate(all, { first: query.limit, after: start > 0 ? encodeCursor(start - 1, scope) : undefined }, scope);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () => ({
          items: page.items.map((r) => ({
            ...presentSummary(r, language.lang),
            ...(query.include?.includes('relations') ? { relations: snapshot.relationsOf(r.name).map((e) => presentRelation(e, language.lang)) } : {}),
            ...(query.include?.includes('comparisons') ? { comparisons: snapshot.comparisonsOf(r.name).map((c) => presentComparison(snapshot, c, language.lang)) } : {}),
          })),
          total: page.total,
          limit: query.limit,
          next: page.hasNextPage ? encodeCursor(page.offset + query.limit, scope) : null,
          previous: page.hasPreviousPage ? encodeCursor(Math.max(0, page.offset - query.limit), scope) : null,
          links: pageLinks(req, { offset: page.offset, limit: query.limit, hasNext: page.hasNextPage, hasPrev: page.hasPreviousPage, scope }),
        }),
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/resources/{name}',
    operationId: 'findResource',
    summary: 'Redirect a resource name (any alias or case) to its canonical URL',
    description: 'Resolves a bare name (any case, alias, shortName or plural) and answers 301 to the canonical `/resources/{category}/{name}`, keeping the query string.',
    tags: ['resources'],
    params: z.object({ name: PathName.meta({ description: 'name, alias, shortName or plural', example: 'ds' }) }),
    query: ResourceQuery,
    responses: { ...movedToCanonical, ...problems(400, 404) },
    handler: ({ req, res, params, snapshot }) => {
      redirectPermanently({ req, res }, resourceHref(resolveResource(snapshot, { name: params.name }).resource));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/resources/{category}/{name}',
    operationId: 'getResource',
    summary: 'One resource, as a person types it',
    description:
      'Case-insensitive; aliases, shortNames and plurals resolve and answer with Link rel=canonical. A right name under a category that does not list it redirects (301) to the canonical URL.',
    tags: ['resources'],
    link: 'resource',
    params: ResourceAddress,
    query: ResourceQuery,
    responses: { ...ok(ResourceBody, 'The resource'), ...movedToCanonical, ...notModified, ...problems(400, 404, 406) },
    handler: ({ req, res, params, query, snapshot }) => {
      const found = addressResource(snapshot, { req, res }, params);
      if (!found) return;
      const language = answerLanguage(req, query.lang);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () => presentResource(snapshot, found.resource, { lang: language.lang, include: query.include ?? [] }),
      });
    },
  }),
];

/** self/first/next/prev links of a page, keeping the client's other parameters. */
function pageLinks(req: Request, page: { offset: number; limit: number; hasNext: boolean; hasPrev: boolean; scope: CursorScope }): Record<string, string> {
  const at = (offset: number | undefined, limit?: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(req.query)) if (k !== 'cursor') params.set(k, Array.isArray(v) ? v.join(',') : String(v));
    if (limit !== undefined) params.set('limit', String(limit));
    if (offset !== undefined && offset > 0) params.set('cursor', encodeCursor(offset, page.scope));
    const qs = params.toString();
    return qs ? `${req.path}?${qs}` : req.path;
  };
  // The previous page holds exactly the items before this one: fewer than a full page when this one
  // started off a page boundary (a cursor from another page size).
  const prevLimit = Math.min(page.limit, page.offset);
  return {
    self: at(page.offset),
    first: at(undefined),
    ...(page.hasNext ? { next: at(page.offset + page.limit) } : {}),
    ...(page.hasPrev ? { prev: at(page.offset - prevLimit, prevLimit === page.limit ? undefined : prevLimit) } : {}),
  };
}
