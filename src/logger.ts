import { pino, type Logger } from 'pino';
import type { Options } from 'pino-http';

/** The process logger: JSON lines on stdout (fd 1), as a container platform expects, or on another descriptor. */
export function createLogger(level: string, fd: 1 | 2 = 1): Logger {
  return pino({ level, base: { service: 'kubedex' } }, pino.destination({ fd, sync: true }));
}

// By name rather than by list, so that a credential header added later (X-Api-Key, X-Auth-Token) is covered too.
const SECRET_HEADER = /authorization|cookie|token|secret|api-?key|session|password|credential|signature/i;

/** Headers with every credential-bearing value replaced, so that no log line carries one. */
export function redactHeaders(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, SECRET_HEADER.test(name) ? '[redacted]' : value]));
}

/** pino-http's request and response serializers with credentials redacted (Authorization, Cookie, Set-Cookie, tokens). */
export const httpLogSerializers: NonNullable<Options['serializers']> = {
  req: (req: { headers?: Record<string, unknown> }) => ({ ...req, headers: redactHeaders(req.headers) }),
  res: (res: { headers?: Record<string, unknown> }) => ({ ...res, headers: redactHeaders(res.headers) }),
};
