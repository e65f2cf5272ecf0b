import { pino, type Logger } from 'pino';

/** The process logger: JSON lines on stdout (fd 1), as a container platform expects, or on another descriptor. */
export function createLogger(level: string, fd: 1 | 2 = 1): Logger {
  return pino({ level, base: { service: 'kubedex' } }, pino.destination({ fd, sync: true }));
}
