import type { ServerResponse } from 'node:http';

// Responses, not requests: the mark is read once the answer has been sent, from the response the cache watched.
const keepable = new WeakSet<ServerResponse>();

/**
 * Marks the answer on `res` as one the rendered-answer cache may keep though it says `no-store` (a
 * GraphQL POST): a surface that knows it is whole, free of errors and what every identical request
 * gets on this knowledge revision says so here, so that the edge need not re-decide it from the bytes.
 */
export function markKeepable(res: ServerResponse): void {
  keepable.add(res);
}

/** Whether a surface marked the answer on `res` keepable (markKeepable). */
export function isMarkedKeepable(res: ServerResponse): boolean {
  return keepable.has(res);
}
