import { AppError } from '../errors.js';

/** Forward (`first`/`after`) or backward (`last`/`before`) paging, as Relay defines it. */
export interface PageRequest {
  first?: number | undefined;
  after?: string | undefined;
  last?: number | undefined;
  before?: string | undefined;
}

export interface Page<T> {
  items: T[];
  /** Offset of items[0] in the whole list; a cursor for item i is encodeCursor(offset + i). */
  offset: number;
  total: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** An opaque cursor: clients must not build or read it. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** Reads a cursor made by encodeCursor; anything else is a validation error naming `field`. */
export function decodeCursor(cursor: string, field: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) throw new AppError('VALIDATION_FAILED', { message: `${field} is not a cursor this API issued`, issues: [{ path: field, message: 'invalid cursor' }] });
  return Number(match[1]);
}

/** Cuts one page out of an ordered list. */
export function paginate<T>(all: readonly T[], request: PageRequest): Page<T> {
  for (const field of ['first', 'last'] as const) {
    const n = request[field];
    if (n !== undefined && (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE))
      throw new AppError('VALIDATION_FAILED', { message: `${field} must be an integer from 0 to ${MAX_PAGE_SIZE}`, issues: [{ path: field, message: `must be 0..${MAX_PAGE_SIZE}` }] });
  }
  let start = request.after === undefined ? 0 : Math.min(decodeCursor(request.after, 'after') + 1, all.length);
  let end = request.before === undefined ? all.length : Math.max(Math.min(decodeCursor(request.before, 'before'), all.length), start);
  if (request.first !== undefined) end = Math.min(end, start + request.first);
  if (request.last !== undefined) start = Math.max(start, end - request.last);
  if (request.first === undefined && request.last === undefined) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  return { items: all.slice(start, end), offset: start, total: all.length, hasNextPage: end < all.length, hasPreviousPage: start > 0 };
}
