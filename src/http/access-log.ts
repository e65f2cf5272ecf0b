import type { IncomingMessage, OutgoingHttpHeader, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { redactHeaders } from '../logger.js';

/**
 * The answer's headers an access-log line carries: what was sent and what it was. The others
 * (helmet's, CORS, Vary, Link) are the same on every answer of a route and would only triple each line.
 */
export const LOGGED_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-encoding', 'etag', 'location'] as const;

/** The logged response headers of an answer, in LOGGED_RESPONSE_HEADERS order. */
export type LoggedResponseHeaders = Partial<Record<(typeof LOGGED_RESPONSE_HEADERS)[number], OutgoingHttpHeader>>;

/** Begins the access-log line of one request; `headers` when the caller knows them (a cached answer), else read from `res`. */
export type AccessLog = (req: IncomingMessage, res: ServerResponse, headers?: LoggedResponseHeaders) => void;

declare module 'node:http' {
  interface IncomingMessage {
    /** The request's id in the access log and in the error lines about it (set by accessLog). */
    id?: number;
  }
}

// One sequence for the process, so that the router's lines and the cache's never share an id.
let lastRequestId = 0;

/** When a request held back before the log saw it arrived, and from where (noteArrival). */
const arrivals = new WeakMap<IncomingMessage, { at: number; remoteAddress: string | undefined; remotePort: number | undefined }>();

/**
 * Notes a request's arrival for its access-log line, for a caller that holds the request back before
 * the log sees it (the rendered-answer cache reading a POST body ahead): the line's responseTime then
 * counts from now, as it did when the router read the body, and the client's address is read while
 * the socket still has it (a client gone mid-body leaves none).
 */
export function noteArrival(req: IncomingMessage): void {
  arrivals.set(req, { at: Date.now(), remoteAddress: req.socket.remoteAddress, remotePort: req.socket.remotePort });
}

/**
 * The access log: one line a request at `info` (the production level), `error` for a 5xx, credentials
 * redacted, probes left out, with the fields pino-http logs (req: id, method, url, headers, remote
 * address and port; res: status and LOGGED_RESPONSE_HEADERS; responseTime in ms). One definition
 * for the router and for the answers the rendered-answer cache serves in front of it, so that both
 * log the same line. It also gives every request its `req.id`, which error logs carry.
 */
export function accessLog(logger: Logger): AccessLog {
  return (req, res, headers) => {
    lastRequestId = (lastRequestId + 1) & 0x7fffffff;
    req.id ??= lastRequestId;
    if (req.url === '/healthz' || req.url === '/readyz' || !logger.isLevelEnabled('info')) return;
    const arrival = arrivals.get(req);
    const started = arrival?.at ?? Date.now();
    const from = arrival ?? req.socket;
    const logged = { id: req.id, method: req.method, url: req.url, headers: redactHeaders(req.headers), remoteAddress: from.remoteAddress, remotePort: from.remotePort };
    // 'close' comes after 'finish' on a whole answer too (writableFinished tells the two apart): one listener a request.
    res.once('close', () => {
      const answered = { req: logged, res: { statusCode: res.headersSent ? res.statusCode : null, headers: headers ?? loggedHeaders(res) }, responseTime: Date.now() - started };
      if (!res.writableFinished) logger.info(answered, 'request aborted');
      else if (res.statusCode >= 500) logger.error(answered, 'request errored');
      else logger.info(answered, 'request completed');
    });
  };
}

/** The access log as Express middleware, for the requests that reach the router. */
export function accessLogMiddleware(log: AccessLog): RequestHandler {
  return (req, res, next) => {
    log(req, res);
    next();
  };
}

/** LOGGED_RESPONSE_HEADERS of `res` as set so far (all of them once the headers are sent). */
export function loggedHeaders(res: { getHeader(name: string): OutgoingHttpHeader | undefined }): LoggedResponseHeaders {
  const headers: LoggedResponseHeaders = {};
  for (const name of LOGGED_RESPONSE_HEADERS) {
    const value = res.getHeader(name);
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}
