import { pino, type Logger } from 'pino';

/** At most this many bytes of log lines wait for a slow reader of the log; beyond it, lines are dropped and counted. */
export const LOG_BUFFER_BYTES = 8 * 1024 * 1024;

let droppedLines = 0;

/** How many log lines this process dropped because the reader of its log fell behind by LOG_BUFFER_BYTES (for /metrics). */
export function droppedLogLines(): number {
  return droppedLines;
}

/**
 * The process logger: JSON lines on stdout (fd 1), as a container platform expects, or on another descriptor.
 * Written asynchronously (lines logged while a write is under way go out together in the next; flushed at
 * exit): a synchronous write to a full pipe made sonic-boom sleep 100 ms with the event loop blocked,
 * the p99 of every route under load. What waits for a slow reader is bounded: a line that would take the
 * buffer past `bufferBytes` is dropped and counted rather than held, so the log can never grow the heap.
 */
export function createLogger(level: string, fd: 1 | 2 = 1, bufferBytes = LOG_BUFFER_BYTES): Logger {
  const destination = pino.destination({ fd, sync: false, maxLength: bufferBytes });
  destination.on('drop', (data: string) => {
    for (let at = data.indexOf('\n'); at !== -1; at = data.indexOf('\n', at + 1)) droppedLines++;
  });
  return pino({ level, base: { service: 'kubedex' } }, destination);
}

// By name rather than by list, so that a credential header added later (X-Api-Key, X-Auth-Token) is covered too.
const SECRET_HEADER = /authorization|cookie|token|secret|api-?key|session|password|credential|signature/i;

/** Headers with every credential-bearing value replaced, so that no log line carries one; the headers themselves when none does (a copy per request line cost a quarter of its time). */
export function redactHeaders(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  let secret = false;
  for (const name in headers) if (SECRET_HEADER.test(name)) secret = true;
  if (!secret) return headers;
  const redacted: Record<string, unknown> = {};
  for (const name in headers) redacted[name] = SECRET_HEADER.test(name) ? '[redacted]' : headers[name];
  return redacted;
}
