import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { TokenScope } from '../auth/api-tokens.js';
import type { Config } from '../config.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { WriteActor } from '../writes/write-transaction.js';

/** What REST handlers may use: the knowledge and the configuration, never the database. */
export interface RestDeps {
  store: KnowledgeStore;
  config: Config;
  /** Every REST route of the app (the catalogue) for `GET /` and the OpenAPI document; default: `restRoutes`. */
  routes?: readonly RouteDefinition[];
}

/** One documented response of a route. */
export interface ResponseDefinition {
  description: string;
  /** Body schema by media type; absent for bodiless answers (301, 304). */
  content?: Record<string, z.ZodType>;
  headers?: z.ZodObject;
}

/** What a handler receives: parsed input and the snapshot taken once for the whole request. */
export interface RouteContext<P, Q, B = unknown> {
  params: P;
  query: Q;
  /** The parsed request body, for routes that accept one. */
  body: B;
  req: Request;
  res: Response;
  deps: RestDeps;
  snapshot: KnowledgeSnapshot;
  /** Who writes, on routes that need a token (`auth`); checked before any input is parsed. */
  actor: WriteActor | undefined;
}

/**
 * One REST operation: the single source for routing, input validation, content negotiation, the
 * OpenAPI document and the links of `GET /`. Router files export arrays of these.
 */
export interface RouteDefinition<P extends z.ZodObject = z.ZodObject, Q extends z.ZodObject = z.ZodObject, B extends z.ZodType = z.ZodType> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, such as `/resources/{category}/{name}`. */
  path: string;
  operationId: string;
  summary: string;
  /** Required: every operation of the OpenAPI document explains itself. */
  description: string;
  tags: string[];
  params?: P;
  query?: Q;
  /** The accepted request body (media types and schema); without it any body is refused with 415. */
  body?: { types: string[]; schema: B };
  responses: Record<number, ResponseDefinition>;
  /** The token scope the route needs (401 without a token, 403 without the scope). */
  auth?: TokenScope;
  /** Relation name under which `GET /` links here. */
  link?: string;
  handler: (ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>) => void | Promise<void>;
}

/** Declares a route with its parameter and body types inferred from its zod schemas. */
export function defineRoute<P extends z.ZodObject, Q extends z.ZodObject, B extends z.ZodType = z.ZodUnknown>(route: RouteDefinition<P, Q, B>): RouteDefinition {
  return route as unknown as RouteDefinition;
}

/** The express form of an OpenAPI path template: `{name}` becomes `:name`. */
export function expressPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

/** A matcher for concrete paths against an OpenAPI path template (one segment per parameter). */
export function templateMatcher(template: string): RegExp {
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}/?$`);
}
