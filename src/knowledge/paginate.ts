import { createHash } from 'node:crypto';
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
  /** Offset of items[0] in the whole list; a cursor for item i is encodeCursor(offset + i, scope). */
  offset: number;
  total: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * What a cursor is bound to: the knowledge revision it was issued at and the list it pages (which
 * list, under which filter). A cursor is refused anywhere else, rather than silently applied to a
 * list whose positions mean something else.
 */
export interface CursorScope {
  revision: number;
  /** A fingerprint of the list: see listScope. */
  list: string;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** JSON with object keys sorted and undefined members left out, so that equal filters give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The scope of a list named `list` (e.g. `resources`, `category:workloads`) under `filter`, as written, at `revision`. */
export function listScope(snapshot: { revision: number }, list: string, filter: object = {}): CursorScope {
  const digest = createHash('sha256').update(`${list}\n${canonicalJson(filter)}`).digest('base64url').slice(0, 12);
  return { revision: snapshot.revision, list: digest };
}

/** An opaque cursor for position `offset` of the list `scope` names: clients must not build or read it. */
export function encodeCursor(offset: number, scope: CursorScope): string {
  return Buffer.from(`c1:${scope.revision}:${scope.list}:${offset}`).toString('base64url');
}

function refuse(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message: `${field} ${message}`, issues: [{ path: field, message: 'invalid cursor' }] });
}

/**
 * Reads a cursor made by encodeCursor for this very list and revision. Anything else is a validation
 * error naming `field`: a cursor this API never issued, one of another list or filter, or one issued
 * before the knowledge changed (positions may have shifted: the client pages again from the start).
 */
export function decodeCursor(cursor: string, field: string, scope: CursorScope): number {
  const match = /^c1:(\d{1,12}):([\w-]{12}):(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw refuse(field, 'is not a cursor this API issued');
  const [, revision, list, offset] = match;
  if (list !== scope.list) throw refuse(field, 'pages another list or filter: use a cursor only with the parameters it came with');
  if (Number(revision) !== scope.revision)
    throw refuse(field, `was issued at knowledge revision ${revision}, and the knowledge is now at revision ${scope.revision}: page again from the first page`);
  return Number(offset);
}

/** Cuts one page out of an ordered list, reading its cursors against `scope`. */
export function paginate<T>(all: readonly T[], request: PageRequest, scope: CursorScope): Page<T> {
  for (const field of ['first', 'last'] as const) {
    const n = request[field];
    if (n !== undefined && (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE))
      throw new AppError('VALIDATION_FAILED', { message: `${field} must be an integer from 0 to ${MAX_PAGE_SIZE}`, issues: [{ path: field, message: `must be 0..${MAX_PAGE_SIZE}` }] });
  }
  let start = request.after === undefined ? 0 : Math.min(decodeCursor(request.after, 'after', scope) + 1, all.length);
  let end = request.before === undefined ? all.length : Math.max(Math.min(decodeCursor(request.before, 'before', scope), all.length), start);
  if (request.first !== undefined) end = Math.min(end, start + request.first);
  if (request.last !== undefined) start = Math.max(start, end - request.last);
  if (request.first === undefined && request.last === undefined) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  return { items: all.slice(start, end), offset: start, total: all.length, hasNextPage: end < all.length, hasPreviousPage: start > 0 };
}
