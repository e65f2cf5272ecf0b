/**
 * The body of a REST list answered whole, in one page: its items with the paging fields every REST
 * list carries (`total`, and `next`/`previous` cursors, null here as there is no other page), so
 * that a client reads every list alike. `/resources` is the list paged with real cursors.
 */
export function wholeList<T, R extends object>(items: T[], rest: R): { items: T[]; total: number; next: null; previous: null } & R {
  return { items, total: items.length, next: null, previous: null, ...rest };
}
