import { AppError } from '../errors.js';

// The driver adapters' kinds for a database that cannot be reached or has gone away.
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
// Prisma's codes for the same (can't reach, timed out, database missing, closed, pool timeout).
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024']);
// PostgreSQL: admin/crash shutdown, starting up, database missing; class 08 is every connection exception.
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '3D000']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const SQLITE_CODES = /^SQLITE_(CANTOPEN|NOTADB|CORRUPT|IOERR)/;

/** The errors an error wraps: its cause chain and the driver error Prisma keeps in `meta`. */
function* chain(error: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 8 || typeof error !== 'object' || error === null) return;
  const e = error as Record<string, unknown>;
  yield e;
  yield* chain(e.cause, depth + 1);
  yield* chain((e.meta as Record<string, unknown> | undefined)?.driverAdapterError, depth + 1);
}

/** Whether an error means the database cannot be reached right now (rather than a bad query or a bug). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'DATABASE_UNAVAILABLE';
  for (const e of chain(error)) {
    if (e.name === 'PrismaClientInitializationError') return true;
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (typeof e.kind === 'string' && UNREACHABLE_KINDS.has(e.kind)) return true;
    if (code && (PRISMA_CODES.has(code) || POSTGRES_CODES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code) || SQLITE_CODES.test(code))) return true;
    // A PostgreSQL FATAL ends the session: the database refused or dropped the connection.
    if (e.kind === 'postgres' && e.severity === 'FATAL') return true;
    if (typeof e.message === 'string' && /^Connection terminated|^connect ECONNREFUSED|file is not a database/.test(e.message)) return true;
  }
  return false;
}

/** The AppError to answer with when `error` means the database is unreachable, else undefined. */
export function databaseUnavailableError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error.code === 'DATABASE_UNAVAILABLE' ? error : undefined;
  if (!isDatabaseUnavailable(error)) return undefined;
  return new AppError('DATABASE_UNAVAILABLE', { message: 'The database is unreachable; reads are served from the last snapshot. Try again shortly.', cause: error });
}
