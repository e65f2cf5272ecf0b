import { createServer, type RequestListener, type Server } from 'node:http';
import type { Config } from '../config.js';

/**
 * The node:http server for the app, with bounds on slow clients: a connection must send its whole
 * header block within HTTP_HEADERS_TIMEOUT_MS and its whole request within HTTP_REQUEST_TIMEOUT_MS,
 * and an idle keep-alive connection is closed after HTTP_KEEP_ALIVE_TIMEOUT_MS. Node checks the first
 * two on an interval (30 s by default, which let a silent connection live 78 s): here a second.
 */
export function createHttpServer(app: RequestListener, config: Pick<Config, 'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_REQUEST_TIMEOUT_MS' | 'HTTP_KEEP_ALIVE_TIMEOUT_MS'>): Server {
  const server = createServer(
    {
      headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(1_000, config.HTTP_HEADERS_TIMEOUT_MS),
    },
    app,
  );
  return server;
}
