import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { httpLogSerializers } from '../logger.js';

/**
 * The access log: one line a request at `info` (the production level), credentials redacted, probes
 * left out. One definition for the router and for the answers the rendered-answer cache serves in
 * front of it, so that both log the same line.
 */
export function accessLog(logger: Logger): HttpLogger<IncomingMessage> {
  return pinoHttp({ logger, serializers: httpLogSerializers, autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' } });
}
