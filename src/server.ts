import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import type { Config } from './config.js';
import type { KnowledgeStore } from './knowledge/knowledge-store.js';

/** Listens on the configured port and drains in-flight requests on SIGTERM/SIGINT before exiting. */
export async function serve(options: { store: KnowledgeStore; config: Config; logger: Logger }): Promise<Server> {
  const { store, config, logger } = options;
  const app = await createApp({ store, config, logger });
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info({ url: `http://localhost:${port}/` }, `kubedex serving on http://localhost:${port}/`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining connections');
    server.close(() => {
      void store.close().finally(() => {
        logger.info('stopped');
        process.exit(0);
      });
    });
    server.closeIdleConnections();
    // Keep-alive clients that never go idle must not hold the process forever.
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}
