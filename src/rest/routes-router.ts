import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { requestCredentials } from '../auth/authenticate-requests.js';
import { requireScope } from '../auth/require-scope.js';
import { AppError } from '../errors.js';
import { refuseOversizedBody } from '../http/refuse-oversized-body.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { fieldIssues } from './field-issues.js';
import { restRoutes } from './rest-routes.js';
import { expressPath, type RestDeps, type RouteDefinition } from './route-definition.js';

/**
 * An express router serving route definitions: it refuses bodies the route does not take (415),
 * answers 406 when the client accepts none of the route's media types, validates path, query and
 * body with the route's zod schemas (400 naming each failing parameter), then calls the handler.
 */
export function routesRouter(routes: readonly RouteDefinition[], given: RestDeps): Router {
  const deps: RestDeps = { store: given.store, config: given.config, routes: given.routes ?? restRoutes };
  const router = Router();
  for (const route of routes) {
    const produces = successTypes(route);
    const parseBody = bodyParsers(route);
    router[route.method](expressPath(route.path), ...parseBody, async (req, res) => {
      // Who may write is settled before anything about the input is said.
      const actor = route.auth ? requireScope(requestCredentials(res), route.auth) : undefined;
      checkBody(req, route);
      if (produces.length > 0 && !req.accepts(produces))
        throw new AppError('NOT_ACCEPTABLE', { message: `This resource is available as ${produces.join(', ')}`, details: { available: produces } });
      const params = parse(route.params, req.params, 'path');
      const query = parse(route.query, normalizeQuery(req.query), 'query');
      const body = route.body ? parse(route.body.schema, req.body, 'body') : undefined;
      // Taken on first use, once per request: the probes answer before any knowledge is loaded.
      let snapshot: KnowledgeSnapshot | undefined;
      await route.handler({
        params,
        query,
        body,
        req,
        res,
        deps,
        actor,
        get snapshot() {
          return (snapshot ??= deps.store.snapshot);
        },
      });
    });
  }
  return router;
}

/** Body size limit of every route that takes one. */
export const BODY_LIMIT = 512 * 1024;

/** JSON bodies are parsed as JSON; any other accepted type (YAML) reaches the route as text. */
function bodyParsers(route: RouteDefinition) {
  const types = route.body?.types ?? [];
  // application/json and the +json types (application/merge-patch+json) are JSON.
  const isJson = (t: string) => t === 'application/json' || t.endsWith('+json');
  const jsonTypes = types.filter(isJson);
  const textTypes = types.filter((t) => !isJson(t));
  if (types.length === 0) return [];
  return [
    refuseOversizedBody(BODY_LIMIT, [
      ...(jsonTypes.length > 0 ? [express.json({ type: jsonTypes, limit: BODY_LIMIT, strict: false })] : []),
      ...(textTypes.length > 0 ? [express.text({ type: textTypes, limit: BODY_LIMIT })] : []),
    ]),
  ];
}

/** Media types of the route's 2xx answers, which Accept must allow. */
function successTypes(route: RouteDefinition): string[] {
  const types = Object.entries(route.responses)
    .filter(([status]) => Number(status) >= 200 && Number(status) < 300)
    .flatMap(([, response]) => Object.keys(response.content ?? {}));
  return [...new Set(types)];
}

function hasBody(req: Request): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

function checkBody(req: Request, route: RouteDefinition): void {
  if (!hasBody(req)) return;
  if (!route.body)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: `${route.method.toUpperCase()} ${route.path} takes no request body` });
  if (!req.is(route.body.types))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: `The request body must be ${route.body.types.join(' or ')}`, details: { accepted: route.body.types } });
}

/** A repeated query parameter (`?category=a&category=b`) means the same as a comma-separated one. */
function normalizeQuery(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
}

function parse(schema: z.ZodType | undefined, input: unknown, where: 'path' | 'query' | 'body'): Record<string, unknown> {
  // A route without a query schema takes no query parameters at all.
  const effective = schema ?? (where === 'query' ? z.strictObject({}) : undefined);
  if (!effective) return (where === 'path' ? input : undefined) as Record<string, unknown>;
  const result = effective.safeParse(input);
  if (result.success) return result.data as Record<string, unknown>;
  const issues = fieldIssues(result.error, where === 'body' ? 'body' : undefined);
  throw new AppError('VALIDATION_FAILED', { message: `Invalid ${where === 'path' ? 'path parameter' : where === 'query' ? 'query parameter' : 'request body'}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`, issues });
}
