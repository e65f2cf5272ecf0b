import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { authenticateRequests } from './auth/authenticate-requests.js';
import type { Config } from './config.js';
import { explorerRouter } from './explorer/explorer-router.js';
import { accessLog, accessLogMiddleware } from './http/access-log.js';
import { lazyHandler } from './http/lazy-handler.js';
import { securityHeaders } from './http/security-headers.js';
import type { KnowledgeStore } from './knowledge/knowledge-store.js';
import type { McpSessions } from './mcp/mcp-sessions.js';
import { askRoutes } from './rest/ask-router.js';
import { healthRoutes } from './rest/health-router.js';
import { llmsRoutes } from './rest/llms-router.js';
import { markdownRoutes } from './rest/markdown-router.js';
import { problemDetailsHandler } from './rest/problem-details.js';
import { restApi, restHttp, restNotFound } from './rest/rest-api.js';
import { restRoutes } from './rest/rest-routes.js';
import { routesRouter } from './rest/routes-router.js';
import { searchRoutes } from './rest/search-router.js';

/** What the surfaces need: the knowledge, the configuration, a logger. */
export interface AppDeps {
  store: KnowledgeStore;
  config: Config;
  logger: Logger;
}

/** The event server.ts emits on the app when it starts draining: long-lived streams (MCP sessions) close then. */
export const APP_DRAINING = 'kubedex:draining';

/** Builds the HTTP app with every surface on it; listening is server.ts's job. */
export async function createApp(deps: AppDeps): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.TRUST_PROXY);
  // Representations set their own strong ETags; Express's weak ones would land on errors too.
  app.set('etag', false);
  app.use(securityHeaders());
  app.use(accessLogMiddleware(accessLog(deps.logger)));

  app.use(restHttp(deps.config)); // CORS for reads, compression, strong ETags per content-coding
  app.use(routesRouter(healthRoutes, { ...deps, routes: restRoutes }));
  // Bearer tokens for writes (REST and GraphQL mutations); failed attempts are rate limited.
  app.use(authenticateRequests(deps));
  // Browsers get the explorer and GraphiQL at the API's own URLs; other clients pass through.
  app.use(explorerRouter(deps));
  // Built on the first GraphQL request: Apollo and the schema cost a cold start 0.3-0.6 s that a REST read never needs.
  app.use('/graphql', lazyHandler(async () => (await import('./graphql/graphql-router.js')).graphqlRouter(deps)));
  // Before the resources routes, so that `/resources/{category}/{name}.md` reaches the Markdown route.
  app.use(routesRouter([...searchRoutes, ...askRoutes, ...markdownRoutes, ...llmsRoutes], { ...deps, routes: restRoutes }));
  // Built on the first request to /mcp (routes match case-insensitively), as GraphQL is: the MCP SDK is not loaded for a REST read.
  let mcpSessions: McpSessions | undefined;
  const mcp = lazyHandler(async () => {
    const router = (await import('./mcp/mcp-http-router.js')).mcpRouter(deps);
    mcpSessions = router.sessions;
    return router;
  });
  app.use((req, res, next) => (/^\/mcp(\/|$)/i.test(req.path) ? mcp(req, res, next) : next()));
  app.once(APP_DRAINING, () => mcpSessions?.closeAll());
  app.use(restApi(deps));
  app.use(restNotFound()); // keep after every surface: 405 with Allow on known paths, else 404
  app.use(problemDetailsHandler(deps.logger));
  return app;
}
