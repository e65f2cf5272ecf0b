import compression from 'compression';
import { Router, type RequestHandler } from 'express';
import type { Config } from '../config.js';
import { COMPRESSION_THRESHOLD_BYTES, mayCompress } from '../http/content-coding.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { corsForReads } from './cors.js';
import { docsAssetsRouter } from './docs-router.js';
import { encodingAwareEtag } from './entity-tag.js';
import { restFallback } from './rest-fallback.js';
import { knowledgeRestRoutes, restRoutes } from './rest-routes.js';
import type { RouteDefinition } from './route-definition.js';
import { routesRouter } from './routes-router.js';

/**
 * HTTP behaviour shared by every REST answer, mounted before any REST router: CORS for reads,
 * compression of bodies over 1 KiB (never of event streams, which must flush as they go), and
 * ETags that stay strong per content-coding.
 */
export function restHttp(config: Config): RequestHandler[] {
  return [
    corsForReads(config.CORS_ORIGINS, restRoutes),
    encodingAwareEtag(),
    compression({ filter: mayCompress, threshold: COMPRESSION_THRESHOLD_BYTES }),
  ];
}

/** The knowledge routes and Swagger UI's assets; `GET /` and the OpenAPI document describe the whole catalogue. */
export function restApi(deps: { store: KnowledgeStore; config: Config }): Router {
  const router = Router();
  router.use(routesRouter(knowledgeRestRoutes, { ...deps, routes: restRoutes }));
  router.use(docsAssetsRouter());
  return router;
}

/** Mount last, after every surface: 405 with Allow for a known path, else 404, as problem+json. */
export function restNotFound(routes: readonly RouteDefinition[] = restRoutes): RequestHandler {
  return restFallback(routes);
}
