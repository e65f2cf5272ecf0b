import { DEFAULT_PAGE_SIZE, encodeCursor, paginate, type CursorScope } from '../knowledge/paginate.js';
import { builder } from './builder.js';
import { ResourceRef } from './refs.js';

/** Relay paging arguments as GraphQL passes them (absent arguments may arrive as null). */
export interface ConnectionArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

/**
 * A page of a list shaped as a Relay connection, cut by the core's paginate with its opaque cursors,
 * bound to `scope` as REST's are (another list, filter or revision: VALIDATION_FAILED).
 */
export function connectionFrom<T>(all: readonly T[], args: ConnectionArgs, scope: CursorScope) {
  const page = paginate(all, {
    first: args.first ?? undefined,
    after: args.after ?? undefined,
    last: args.last ?? undefined,
    before: args.before ?? undefined,
  }, scope);
  const edges = page.items.map((node, i) => ({ node, cursor: encodeCursor(page.offset + i, scope) }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Cost of a connection field: its own step plus its selection once per item the page can hold. */
export function connectionComplexity(args: ConnectionArgs) {
  return { field: 1, multiplier: args.first ?? args.last ?? DEFAULT_PAGE_SIZE };
}

/** The one connection type of resources, shared by `Query.resources`, `Category.resources` and `Comparison.resources`. */
export const ResourceConnection = builder.connectionObject(
  {
    type: ResourceRef,
    name: 'ResourceConnection',
    description: 'A page of resources (Relay cursor connection).',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many resources match in all, across every page.',
        resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
      }),
    }),
  },
  { name: 'ResourceEdge', description: 'A resource and its cursor in a ResourceConnection.' },
);
