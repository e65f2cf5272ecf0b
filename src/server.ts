import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { createHttpServer } from './http/create-http-server.js';
import { renderedAnswerCache } from './http/rendered-answer-cache.js';
import { withMetrics } from './metrics/metrics.js';
import type { KnowledgeStore } from './knowledge/knowledge-store.js';

/**
 * Listens on the configured port; on SIGTERM/SIGINT stops accepting, lets every in-flight request
 * (REST, GraphQL, MCP) finish, then closes the store and exits 0. kubedex alone owns shutdown:
 * nothing else in the process may handle these signals (Apollo's own handler is off).
 */
export async function serve(options: { store: KnowledgeStore; config: Config; logger: Logger }): Promise<Server> {
  const { store, config, logger } = options;
  const app = await createApp({ store, config, logger });
  const cache = renderedAnswerCache({ handler: app, revision: () => store.snapshot.revision, logger, maxBytes: config.ANSWER_CACHE_MB * 1024 * 1024 });
  const cached = config.ANSWER_CACHE_MB > 0;
  const listener = withMetrics(cached ? cache.listener : app, { health: () => store.health(), ...(cached ? { answerCache: cache.stats, cachedRoute: cache.cachedRoute } : {}) });
  const server = createHttpServer(listener, config);
  server.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info({ url: `http://localhost:${port}/` }, `kubedex serving on http://localhost:${port}/`);

  let stopping = false;
  // A keep-alive connection whose request finishes while draining is closed as soon as it is idle.
  server.on('request', (_req, res) => res.once('finish', () => stopping && setImmediate(() => server.closeIdleConnections())));
  const stop = (signal: NodeJS.Signals) => {
    // Handlers stay installed: a second signal during the drain must not fall back to Node's default (death by signal).
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining connections');
    store.stopWatching();
    server.close(() => {
      void store.close().finally(() => {
        logger.info('stopped');
        process.exit(0);
      });
    });
    server.closeIdleConnections();
    // Clients that never finish must not hold the process past the grace period.
    setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return server;
}
