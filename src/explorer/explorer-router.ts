import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { matchesIfNoneMatch } from '../rest/entity-tag.js';
import { readExplorerBuild, type ExplorerBuild, type ExplorerPage } from './explorer-build.js';
import { explorerPageStatus } from './explorer-page-status.js';
import { isExplorerPath } from './explorer-paths.js';
import { PAGE_HEADERS } from './page-security.js';
import { prefersHtml } from './prefers-html.js';

/** Hashed file names change with their content, so a cached copy never needs revalidating. */
const ASSET_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

function sendPage(req: Request, res: Response, page: ExplorerPage, status: 200 | 404 = 200): void {
  res.vary('Accept');
  res.set(PAGE_HEADERS);
  // The page is a shell that reads the knowledge over GraphQL: revalidate it, never serve it stale.
  res.set('Cache-Control', 'no-cache');
  // A 404 carries no validator: the same bytes answer 200 elsewhere, and a 304 would hide the 404.
  if (status === 404) {
    res.status(404).type('text/html; charset=utf-8').send(page.html);
    return;
  }
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
 * GraphiQL at /graphql), with 404 where the URL names nothing the knowledge holds; every other client
 * passes on to the API untouched but for `Vary: Accept`.
 */
export function explorerRouter(deps: { logger: Logger; store: Pick<KnowledgeStore, 'ready' | 'snapshot'>; build?: ExplorerBuild | null }): Router {
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
    if (graphql) {
      if (opensGraphiql(req)) return sendPage(req, res, build.graphiql);
    } else if (prefersHtml(req)) {
      // Before the knowledge is loaded the page shows its own error state; it cannot tell what exists.
      return sendPage(req, res, build.explorer, deps.store.ready ? explorerPageStatus(deps.store.snapshot, req.path) : 200);
    }
    res.vary('Accept');
    next();
  };
  router.use(negotiate);
  return router;
}
