import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { matchesIfNoneMatch } from '../rest/entity-tag.js';
import { readExplorerBuild, type ExplorerBuild, type ExplorerPage } from './explorer-build.js';
import { isExplorerPath } from './explorer-paths.js';
import { PAGE_HEADERS } from './page-security.js';
import { prefersHtml } from './prefers-html.js';

/** Hashed file names change with their content, so a cached copy never needs revalidating. */
const ASSET_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

function sendPage(req: Request, res: Response, page: ExplorerPage): void {
  res.vary('Accept');
  res.set(PAGE_HEADERS);
  // The page is a shell that reads the knowledge over GraphQL: revalidate it, never serve it stale.
  res.set('Cache-Control', 'no-cache');
  res.set('ETag', page.etag);
  if (matchesIfNoneMatch(req, page.etag)) {
    res.status(304).end();
    return;
  }
  res.type('text/html; charset=utf-8').send(page.html);
}

/** Whether a GET /graphql is a person opening GraphiQL rather than a query (with `query` or a persisted hash). */
function opensGraphiql(req: Request): boolean {
  return prefersHtml(req) && req.query.query === undefined && req.query.extensions === undefined;
}

/**
 * Content negotiation at the HTTP edge: a browser navigating to a shared URL gets the explorer (or
 * GraphiQL at /graphql), every other client passes on to the API untouched but for `Vary: Accept`.
 */
export function explorerRouter(deps: { logger: Logger; build?: ExplorerBuild | null }): Router {
  const build = deps.build === undefined ? readExplorerBuild() : deps.build;
  const router = Router();
  if (!build) {
    deps.logger.warn('the explorer is not built (npm run web:build): browsers get the API answers');
    return router;
  }
  router.use(
    '/explorer/assets',
    express.static(build.assetsDir, { index: false, immutable: true, maxAge: ASSET_MAX_AGE_MS }),
  );
  const negotiate: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const graphql = req.path === '/graphql';
    if (!graphql && !isExplorerPath(req.path)) return next();
    if (graphql ? opensGraphiql(req) : prefersHtml(req)) return sendPage(req, res, graphql ? build.graphiql : build.explorer);
    res.vary('Accept');
    next();
  };
  router.use(negotiate);
  return router;
}
