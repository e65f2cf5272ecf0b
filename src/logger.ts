import { pino, type Logger } from 'pino';

/**
 * The process logger: JSON lines on stdout (fd 1), as a container platform expects, or on another descriptor.
 * Written asynchronously (lines logged while a write is under way go out together in the next; flushed at
 * exit): a synchronous write to a full pipe made sonic-boom sleep 100 ms with the event loop blocked,
 * the p99 of every route under load.
 */
export function createLogger(level: string, fd: 1 | 2 = 1): Logger {
  return pino({ level, base: { service: 'kubedex' } }, pino.destination({ fd, sync: false }));
}

// By name rather than by list, so that a credential header added later (X-Api-Key, X-Auth-Token) is covered too.
const SECRET_HEADER = /authorization|cookie|token|secret|api-?key|session|password|credential|signature/i;

/** Headers with every credential-bearing value replaced, so that no log line carries one. */
export function redactHeaders(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  const redacted: Record<string, unknown> = {};
  for (const name in headers) redacted[name] = SECRET_HEADER.test(name) ? '[redacted]' : headers[name];
  return redacted;
}
