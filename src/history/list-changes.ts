import { z } from 'zod';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { assertAddressable } from '../writes/addressable-key.js';

/** One recorded change of one record, as the feed and a record's history show it. */
export interface ChangeEntry {
  /** The knowledge revision the write produced (the feed's position; several records may share one). */
  revision: number;
  /** Position of this entry in the log: resume after it with `after`. */
  sequence: number;
  time: string;
  /** The token that made the change; null for `kubedex seed --force`. */
  token: string | null;
  operation: string;
  recordType: string;
  recordKey: string;
  /** The record's write document before the change; null when it was created. */
  before: unknown;
  /** ... and after it; null when it was deleted. */
  after: unknown;
}

/** Where a page of the change log starts and how long it is. */
export const ChangesPageRequest = z.object({
  since: z.number().int().min(0).default(0),
  after: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).default(50),
  record: z.object({ type: z.enum(['resource', 'relation', 'category', 'comparison', 'correction']), key: z.string() }).optional(),
});
export type ChangesPageRequest = z.input<typeof ChangesPageRequest>;

/**
 * A page of the change log, oldest first: changes with a revision after `since` (or, to resume, a
 * sequence after `after`), optionally of one record. `next` is the sequence to resume after.
 */
export async function listChanges(store: KnowledgeStore, request: ChangesPageRequest): Promise<{ items: ChangeEntry[]; next: number | null }> {
  const { since, after, limit, record } = ChangesPageRequest.parse(request);
  if (record) assertAddressable(record.type, record.key);
  const rows = await store.database.change.findMany({
    where: { revision: { gt: since }, ...(after !== undefined ? { id: { gt: after } } : {}), ...(record ? { recordType: record.type, recordKey: record.key } : {}) },
    orderBy: { id: 'asc' },
    take: limit + 1,
  });
  const items = rows.slice(0, limit).map(
    (r): ChangeEntry => ({
      revision: r.revision,
      sequence: r.id,
      time: r.time.toISOString(),
      token: r.tokenName,
      operation: r.operation,
      recordType: r.recordType,
      recordKey: r.recordKey,
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    }),
  );
  return { items, next: rows.length > limit ? (items.at(-1)?.sequence ?? null) : null };
}
