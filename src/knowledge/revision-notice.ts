import pg from 'pg';
import type { Logger } from 'pino';
import type { KnowledgeDb } from '../db/create-prisma-client.js';
import type { DatabaseTarget } from '../db/database-target.js';

type Tx = Parameters<Parameters<KnowledgeDb['$transaction']>[0]>[0];

/** The PostgreSQL channel on which a committed knowledge revision is announced to every replica. */
export const REVISION_CHANNEL = 'kubedex_revision';

/**
 * Announces a new knowledge revision from inside the transaction that wrote it: PostgreSQL delivers
 * a NOTIFY only when that transaction commits, so no replica hears of a write that rolled back.
 * A no-op on SQLite, whose single file has no other replicas.
 */
export async function announceRevision(tx: Tx, provider: DatabaseTarget['provider'], revision: number): Promise<void> {
  if (provider !== 'postgresql') return;
  await tx.$executeRaw`SELECT pg_notify(${REVISION_CHANNEL}, ${String(revision)})`;
}

/** What a listener tells its owner. */
export interface RevisionNoticeHandlers {
  /** A replica committed this revision. */
  notice: (revision: number) => void;
  /** The listening connection is up again (or for the first time): notices may have been missed meanwhile. */
  connected: () => void;
  /** The listening connection failed or dropped; it is retried with backoff. */
  disconnected: (error: Error) => void;
}

/** Reconnect delays: from 100 ms, doubling, at most 5 s, so a returning database is heard from within seconds. */
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/**
 * LISTENs for revision notices on a dedicated connection (a pooled one may be handed to a query at any
 * time and cannot hold a LISTEN), reconnecting with backoff whenever the connection drops.
 */
export class RevisionListener {
  private client: pg.Client | undefined;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private listening = false;

  constructor(
    private readonly connectionString: string,
    private readonly handlers: RevisionNoticeHandlers,
    private readonly logger?: Logger,
  ) {}

  /** Whether the LISTEN connection is up right now. */
  get connected(): boolean {
    return this.listening;
  }

  /** Connects and listens; failures are retried, never thrown. */
  start(): void {
    this.stopped = false;
    void this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5_000, keepAlive: true });
    this.client = client;
    client.on('notification', (message) => {
      const revision = Number(message.payload);
      if (message.channel === REVISION_CHANNEL && Number.isInteger(revision)) this.handlers.notice(revision);
    });
    // 'error' comes first when the server ends the connection (pg_terminate_backend, a restart), 'end' always.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${REVISION_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.stopped || this.client !== client) return;
    this.listening = true;
    this.retryMs = FIRST_RETRY_MS;
    this.logger?.info({ channel: REVISION_CHANNEL }, 'listening for revision notices');
    this.handlers.connected();
  }

  private lost(client: pg.Client, error: Error): void {
    // Each connection is given up once, however many of error/end/connect-failure it reports.
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    const wasListening = this.listening;
    this.listening = false;
    void client.end().catch(() => undefined);
    if (wasListening) this.logger?.warn({ err: error }, 'revision notices lost; reconnecting');
    this.handlers.disconnected(error);
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }

  /** Stops listening and closes the connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
