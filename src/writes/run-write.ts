import { AppError } from '../errors.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { announceRevision } from '../knowledge/revision-notice.js';
import { bumpRevision } from '../seed/apply-seed.js';
import type { WriteTx } from './write-transaction.js';

/**
 * Runs one write as one transaction: the knowledge revision is raised first (on PostgreSQL its row
 * lock orders concurrent writes, so revisions follow commit order), then `work` checks versions and
 * writes rows and change records. Anything thrown rolls everything back. After the commit the store
 * serves a snapshot at that revision before the caller answers.
 */
export async function runWrite<T>(store: KnowledgeStore, work: (tx: WriteTx, revision: number) => Promise<T>): Promise<{ revision: number; result: T }> {
  let committed: { revision: number; result: T };
  try {
    committed = await store.database.$transaction(
      async (tx) => {
        const revision = await bumpRevision(tx);
        const result = await work(tx, revision);
        // Inside the transaction: other replicas hear of committed writes only (NOTIFY is delivered on commit).
        await announceRevision(tx, store.provider, revision);
        return { revision, result };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    throw storageError(error);
  }
  await store.serveRevision(committed.revision);
  return committed;
}

/** A unique constraint that a concurrent write won is a conflict, not a crash; other errors pass. */
function storageError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'P2002') return new AppError('CONFLICT', { message: 'A concurrent write created the same name, alias or key first; read the record again and retry', cause: error });
  if (code === 'P2034') return new AppError('STALE_VERSION', { message: 'A concurrent write changed the record; read it again and retry', cause: error });
  return error;
}
