import { pino, type Logger } from 'pino';

/** The process logger: JSON lines on stdout, as a container platform expects. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'kubedex' } });
}
