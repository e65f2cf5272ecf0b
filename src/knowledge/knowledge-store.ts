import type { Logger } from 'pino';
import { createPrismaClient, type KnowledgeDb } from '../db/create-prisma-client.js';
import type { DatabaseTarget } from '../db/database-target.js';
import { AppError } from '../errors.js';
import { applySeed, type SeedReport } from '../seed/apply-seed.js';
import type { SeedKnowledge } from '../seed/read-seed.js';
import { buildSnapshotData } from './build-snapshot-data.js';
import { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { deriveSearchIndex, prepareSearchIndex } from '../search/search-index.js';
import { letReadsRun, runInSlices } from '../search/build-steps.js';
import { applyChangeSteps, rememberRelationOrderSteps } from './apply-change.js';
import { readChange } from './read-change.js';
import { readKnowledgeRows } from './read-knowledge-rows.js';
import { RevisionListener } from './revision-notice.js';

/** A replica's readiness and what it rests on. */
export interface StoreHealth {
  ready: boolean;
  /** The snapshot being served: its revision, when it was loaded and how long ago; null before the first load. */
  snapshot: { revision: number; loadedAt: string; ageSeconds: number } | null;
  /**
   * Whether the database answered the last reload or revision check, and when that was; `notices`: whether
   * this replica hears other replicas' writes at once (PostgreSQL LISTEN), is reconnecting, or only polls.
   */
  database: { reachable: boolean; checkedAt: string | null; notices: 'listening' | 'reconnecting' | 'off' };
}

/** What a reload took: from its database read to the swap, the search index's build included. */
export interface ReloadTiming {
  seconds: number;
}

/** Called with each new snapshot once it is served, the one it replaced, and what its reload took. */
export type SnapshotListener = (next: KnowledgeSnapshot, previous: KnowledgeSnapshot | undefined, reload: ReloadTiming) => void;

/**
 * Holds the current snapshot and swaps in a new one after a write or when another replica's write
 * raises the revision. Readers keep the snapshot they got; a failed reload keeps serving the last one.
 */
export class KnowledgeStore {
  private current: KnowledgeSnapshot | undefined;
  private loadedAt: Date | undefined;
  private databaseReachable = false;
  private databaseCheckedAt: Date | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<KnowledgeSnapshot> | undefined;
  private listener: RevisionListener | undefined;
  private readonly snapshotListeners = new Set<SnapshotListener>();
  // One refresh at a time; a notice that arrives meanwhile asks for one more afterwards.
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;

  private constructor(
    private readonly target: DatabaseTarget,
    private readonly db: KnowledgeDb,
    // One consistent view for the several queries of a reload: SQLite only knows Serializable.
    private readonly isolationLevel: 'Serializable' | 'RepeatableRead',
    private readonly logger?: Logger,
  ) {}

  /** A store over the target database; call reload() before reading. */
  static open(target: DatabaseTarget, logger?: Logger): KnowledgeStore {
    return new KnowledgeStore(target, createPrismaClient(target), target.provider === 'sqlite' ? 'Serializable' : 'RepeatableRead', logger);
  }

  /** The snapshot every read uses. */
  get snapshot(): KnowledgeSnapshot {
    if (!this.current) throw new AppError('DATABASE_UNAVAILABLE', { message: 'knowledge has not been loaded yet' });
    return this.current;
  }

  /**
   * Ready to serve: a snapshot with knowledge in it (revision > 0) is loaded. Every read is answered
   * from it, so a database outage does not make a replica unready (which behind a Service would take
   * every replica out at once); it only stops the replica from seeing other replicas' writes.
   */
  get ready(): boolean {
    return this.current !== undefined && this.current.revision > 0;
  }

  /** What /readyz reports: the snapshot served and when it was loaded, and the database's last known state. */
  health(now = new Date()): StoreHealth {
    const snapshot = this.current && this.loadedAt ? { revision: this.current.revision, loadedAt: this.loadedAt.toISOString(), ageSeconds: Math.floor((now.getTime() - this.loadedAt.getTime()) / 1000) } : null;
    const notices = !this.listener ? 'off' : this.listener.connected ? 'listening' : 'reconnecting';
    return { ready: this.ready, snapshot, database: { reachable: this.databaseReachable, checkedAt: this.databaseCheckedAt?.toISOString() ?? null, notices } };
  }

  /** Reads the whole database in one transaction and swaps in the new snapshot. */
  async reload(): Promise<KnowledgeSnapshot> {
    const started = performance.now();
    // KnowledgeDb is typed as the SQLite client, which names only Serializable; the PostgreSQL client takes RepeatableRead.
    // The read grows with the knowledge; Prisma's default 5 s for an interactive transaction expired on a loaded machine.
    const rows = await this.db.$transaction((tx) => readKnowledgeRows(tx), { isolationLevel: this.isolationLevel as 'Serializable', timeout: 60_000, maxWait: 10_000 });
    this.markDatabase(true);
    // Two reloads racing (a notice and a write on this replica) must not swap an older revision back in.
    if (this.servesNewerThan(rows.revision)) return this.snapshot;
    const snapshot = await KnowledgeSnapshot.load(buildSnapshotData(rows));
    await runInSlices(rememberRelationOrderSteps(snapshot, rows.relations));
    // Its indexes were built between reads: a reload that started later may have swapped in a newer revision meanwhile.
    if (this.servesNewerThan(rows.revision)) return this.snapshot;
    const previous = this.current;
    if (previous) {
      // Reads keep the previous snapshot, search index included, until the new one's index is built in
      // slices between requests: no search ever waits for a build, and none sees a half-built index.
      await prepareSearchIndex(snapshot);
      // A reload that started later may have swapped in this revision or a newer one meanwhile.
      if (this.current !== previous && this.servesNewerThan(snapshot.revision - 1)) return this.snapshot;
    } else {
      // Nothing is served before the first load, so it is served at once; a search that comes before
      // the sliced build ends builds the index itself.
      prepareSearchIndex(snapshot).catch((error: unknown) => this.logger?.error({ err: error }, 'search index build failed'));
    }
    return this.serve(snapshot, previous, started, 'knowledge snapshot loaded');
  }

  /**
   * Serves the revision after the current one by applying its write alone (see applyChangeSteps and
   * deriveSearchIndex): only the rows it touched are read, in one consistent view, and only its
   * resources are indexed again. Reloads in full when that write cannot be applied alone: the database
   * is further on (another replica wrote, or several writes raced), or nothing is loaded to start from.
   */
  async advance(): Promise<KnowledgeSnapshot> {
    const previous = this.current;
    if (!previous) return this.reload();
    const started = performance.now();
    // The first load serves before its index is built: a write that comes meanwhile waits for that build, not for a full reload.
    await prepareSearchIndex(previous);
    // On SQLite's synchronous driver the write's transaction and this read are one chain of microtasks: reads get a turn between them.
    await letReadsRun();
    const change = await this.readConsistently((tx) => readChange(tx, previous));
    this.markDatabase(true);
    const snapshot = change && (await runInSlices(applyChangeSteps(previous, change)));
    if (!snapshot) return this.reload();
    await deriveSearchIndex(previous, snapshot);
    // A full reload may have swapped in this revision or a later one meanwhile.
    if (this.current !== previous) return this.servesNewerThan(snapshot.revision - 1) ? this.snapshot : this.reload();
    return this.serve(snapshot, previous, started, 'knowledge snapshot updated');
  }

  // Whether a snapshot later than `revision` is served already (one built meanwhile must not replace it).
  private servesNewerThan(revision: number): boolean {
    return this.current !== undefined && this.current.revision > revision;
  }

  private serve(snapshot: KnowledgeSnapshot, previous: KnowledgeSnapshot | undefined, started: number, message: string): KnowledgeSnapshot {
    this.current = snapshot;
    this.loadedAt = new Date();
    const reload = { seconds: (performance.now() - started) / 1000 };
    this.logger?.info({ revision: snapshot.revision, ...snapshot.counts(), ms: Math.round(reload.seconds * 1000) }, message);
    for (const listener of this.snapshotListeners) {
      try {
        listener(snapshot, previous, reload);
      } catch (error) {
        this.logger?.error({ err: error }, 'snapshot listener failed');
      }
    }
    return snapshot;
  }

  /** Calls `listener` after every new snapshot is swapped in; returns the function that stops it. */
  onSnapshot(listener: SnapshotListener): () => void {
    this.snapshotListeners.add(listener);
    return () => this.snapshotListeners.delete(listener);
  }

  /** Which database the store reads, for what only PostgreSQL does (revision notices). */
  get provider(): DatabaseTarget['provider'] {
    return this.target.provider;
  }

  /** The database, for the write core, tokens and history: reads still go through the snapshot. */
  get database(): KnowledgeDb {
    return this.db;
  }

  /** Runs several reads as one consistent view (a write committing between them is never half seen). */
  async readConsistently<T>(read: (tx: Parameters<Parameters<KnowledgeDb['$transaction']>[0]>[0]) => Promise<T>): Promise<T> {
    return this.db.$transaction(read, { isolationLevel: this.isolationLevel as 'Serializable', timeout: 30_000, maxWait: 30_000 });
  }

  /**
   * Serves a snapshot at `revision` or later before returning, so that a write is visible to reads
   * on this replica once its response is sent. Concurrent callers share one reload at a time.
   */
  async serveRevision(revision: number): Promise<void> {
    while ((this.current?.revision ?? -1) < revision) {
      this.reloading ??= this.advance().finally(() => (this.reloading = undefined));
      await this.reloading;
    }
  }

  /** Upserts seed knowledge in one transaction (see applySeed), then serves the result. */
  async applySeed(seed: SeedKnowledge): Promise<SeedReport> {
    const report = await applySeed(this.db, this.target.provider, seed);
    await this.reload();
    return report;
  }

  /**
   * Reloads when the stored revision differs from the snapshot's; a failing database is recorded (see
   * health) and the last snapshot stays. Calls during a refresh are folded into one more run after it.
   */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        await this.checkRevision();
      } while (this.refreshAgain);
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async checkRevision(): Promise<void> {
    try {
      const row = await this.db.knowledgeRevision.findUnique({ where: { id: 1 } });
      if (!this.databaseReachable && this.databaseCheckedAt) this.logger?.info('database reachable again');
      this.markDatabase(true);
      const revision = row?.revision ?? 0;
      // Another replica's write is applied alone as this replica's own are, when it is the next revision.
      if (!this.current || revision > this.current.revision) await this.serveRevision(revision);
      else if (revision !== this.current.revision) await this.reload();
    } catch (error) {
      if (this.databaseReachable) this.logger?.error({ err: error }, 'database unreachable; serving the last snapshot');
      this.markDatabase(false);
    }
  }

  private markDatabase(reachable: boolean): void {
    this.databaseReachable = reachable;
    this.databaseCheckedAt = new Date();
  }

  /**
   * On PostgreSQL, LISTENs for revision notices (see announceRevision) and refreshes at once on each, and
   * whenever the listening connection comes back (notices sent meanwhile are lost); the poll stays as the
   * fallback. Nothing to do on SQLite.
   */
  followNotices(): void {
    if (this.target.provider !== 'postgresql' || this.listener) return;
    this.listener = new RevisionListener(
      this.target.url,
      {
        notice: (revision) => {
          if (revision !== this.current?.revision) void this.refresh();
        },
        connected: () => void this.refresh(),
        // Tells whether the database itself is gone or only this connection, and records it.
        disconnected: () => void this.refresh(),
      },
      this.logger,
    );
    this.listener.start();
  }

  /** Polls the revision so that writes made by other replicas reach this one. */
  watch(intervalMs: number): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => void this.refresh(), intervalMs);
    this.timer.unref();
  }

  /** Stops the poll and the notice listener. */
  stopWatching(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    void this.listener?.stop();
    this.listener = undefined;
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    await listener?.stop();
    this.stopWatching();
    await this.refreshing?.catch(() => undefined);
    await this.db.$disconnect();
  }
}
