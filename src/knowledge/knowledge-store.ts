import type { Logger } from 'pino';
import type { KnowledgeDb } from '../db/create-prisma-client.js';
import { AppError } from '../errors.js';
import { buildSnapshotData } from './build-snapshot-data.js';
import { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { warmSearchIndex } from '../search/search-index.js';
import { readKnowledgeRows } from './read-knowledge-rows.js';

/**
 * Holds the current snapshot and swaps in a new one after a write or when another replica's write
 * raises the revision. Readers keep the snapshot they got; a failed reload keeps serving the last one.
 */
export class KnowledgeStore {
  private current: KnowledgeSnapshot | undefined;
  private databaseReachable = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly db: KnowledgeDb,
    private readonly logger?: Logger,
  ) {}

  /** The snapshot every read uses. */
  get snapshot(): KnowledgeSnapshot {
    if (!this.current) throw new AppError('DATABASE_UNAVAILABLE', { message: 'knowledge has not been loaded yet' });
    return this.current;
  }

  /** Ready to serve: a snapshot is loaded and the database answered the last check. */
  get ready(): boolean {
    return this.current !== undefined && this.databaseReachable;
  }

  /** Reads the whole database in one transaction and swaps in the new snapshot. */
  async reload(): Promise<KnowledgeSnapshot> {
    const rows = await this.db.$transaction((tx) => readKnowledgeRows(tx));
    const snapshot = new KnowledgeSnapshot(buildSnapshotData(rows));
    // Off the request path: the first search on a new snapshot must not pay for its index.
    warmSearchIndex(snapshot);
    this.current = snapshot;
    this.databaseReachable = true;
    this.logger?.info({ revision: this.current.revision, ...this.current.counts() }, 'knowledge snapshot loaded');
    return this.current;
  }

  /** Reloads when the stored revision differs from the snapshot's; marks the store unready if the database fails. */
  async refresh(): Promise<void> {
    try {
      const row = await this.db.knowledgeRevision.findUnique({ where: { id: 1 } });
      this.databaseReachable = true;
      if (!this.current || (row?.revision ?? 0) !== this.current.revision) await this.reload();
    } catch (error) {
      if (this.databaseReachable) this.logger?.error({ err: error }, 'database unreachable; serving the last snapshot');
      this.databaseReachable = false;
    }
  }

  /** Polls the revision so that writes made by other replicas reach this one. */
  watch(intervalMs: number): void {
    this.stopWatching();
    this.timer = setInterval(() => void this.refresh(), intervalMs);
    this.timer.unref();
  }

  stopWatching(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async close(): Promise<void> {
    this.stopWatching();
    await this.db.$disconnect();
  }
}
