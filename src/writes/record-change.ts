import type { WriteActor, WriteTx } from './write-transaction.js';

/** What a change did to a record. */
export type ChangeOperation = 'create' | 'update' | 'delete' | 'restore' | 'seed';

/** Record types the change log knows. */
export type RecordType = 'resource' | 'relation' | 'category' | 'comparison' | 'correction';

/** Appends one record's change to the change log, inside the write's transaction. */
export async function recordChange(
  tx: WriteTx,
  change: { revision: number; actor: WriteActor | null; operation: ChangeOperation; recordType: RecordType; recordKey: string; before: unknown; after: unknown },
): Promise<void> {
  await tx.change.create({
    data: {
      revision: change.revision,
      tokenName: change.actor?.tokenName ?? null,
      operation: change.operation,
      recordType: change.recordType,
      recordKey: change.recordKey,
      before: change.before === null ? null : JSON.stringify(change.before),
      after: change.after === null ? null : JSON.stringify(change.after),
    },
  });
}
