import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { APP_DRAINING, createApp } from './app.js';
import type { Config } from './config.js';
import { accessLog } from './http/access-log.js';
import { createHttpServer } from './http/create-http-server.js';
import { collectWhenQuiet } from './http/collect-when-quiet.js';
import { trackConnections } from './http/drain-connections.js';
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
  // GraphQL's POST answers are kept too, when its answer cache marks them keepable.
  const cache = renderedAnswerCache({ handler: app, revision: () => store.snapshot.revision, log: accessLog(logger), maxBytes: config.ANSWER_CACHE_MB * 1024 * 1024, postUrls: ['/graphql'] });
  const cached = config.ANSWER_CACHE_MB > 0;
  const listener = withMetrics(cached ? cache.listener : app, { health: () => store.health(), onReload: (observe) => store.onSnapshot((_next, _previous, reload) => observe(reload.seconds)), ...(cached ? { answerCache: cache.stats, cachedRoute: cache.cachedRoute } : {}) });
  const server = createHttpServer(listener, config);
  const connections = trackConnections(server);
  collectWhenQuiet(server);
  server.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info({ url: `http://localhost:${port}/` }, `kubedex serving on http://localhost:${port}/`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // Handlers stay installed: a second signal during the drain must not fall back to Node's default (death by signal).
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining connections');
    store.stopWatching();
    // MCP event streams never finish by themselves: ending their sessions lets the drain complete.
    app.emit(APP_DRAINING);
    // A connection accepted before the signal has as long to send its request as any connection has.
    void connections
      .drain({ freshGraceMs: Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.SHUTDOWN_GRACE_MS) })
      .then(() => store.close())
      .finally(() => {
        logger.info('stopped');
        process.exit(0);
      });
    // Clients that never finish must not hold the process past the grace period.
    setTimeout(() => connections.destroyAll(), config.SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return server;
}
