import { randomUUID } from 'node:crypto';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { connectMcpServer } from './connect-mcp-server.js';
import { createMcpServer } from './create-mcp-server.js';

/** At most this many MCP sessions live on one replica; past it the least recently used is closed. */
export const MAX_MCP_SESSIONS = 500;
/** A session with no request and no open event stream for this long is closed. */
export const MCP_SESSION_IDLE_MS = 30 * 60_000;

interface Session {
  server: McpServer;
  transport: StreamableHTTPServerTransport;
  lastSeen: number;
  openStreams: number;
}

/**
 * The MCP sessions of one replica: an `initialize` over HTTP opens one (its id in `Mcp-Session-Id`), so the
 * client can hold the GET event stream that carries `notifications/resources/updated` for the resources it
 * subscribed to. Sessions live in this process only; their number and idle time are bounded.
 */
export class McpSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly store: KnowledgeStore) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** Opens a session for an `initialize` request; the transport assigns its id while answering it. */
  async open(baseUrl: string): Promise<StreamableHTTPServerTransport> {
    const server = createMcpServer(this.store, { baseUrl, subscriptions: true });
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableJsonResponse: true,
      onsessioninitialized: (id) => {
        this.sessions.set(id, { server, transport, lastSeen: Date.now(), openStreams: 0 });
        this.evictBeyondLimit();
      },
      onsessionclosed: (id) => this.close(id),
    });
    await connectMcpServer(server, transport);
    return transport;
  }

  /** The transport of a live session, marked as used now; undefined when this replica holds no such session. */
  get(id: string): StreamableHTTPServerTransport | undefined {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    session.lastSeen = Date.now();
    // Re-inserted: the Map's order is then least recently used first.
    this.sessions.delete(id);
    this.sessions.set(id, session);
    return session.transport;
  }

  /** Counts an open event stream of the session until `closed` resolves: a listening client is not idle. */
  streamOpened(id: string, closed: Promise<unknown>): void {
    const session = this.sessions.get(id);
    if (!session) return;
    session.openStreams++;
    void closed.finally(() => {
      session.openStreams--;
      session.lastSeen = Date.now();
    });
  }

  /** How many sessions are open. */
  get size(): number {
    return this.sessions.size;
  }

  close(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    void session.transport.close().catch(() => undefined);
    void session.server.close().catch(() => undefined);
  }

  /** Closes every session (and so their event streams), as the replica stops. */
  closeAll(): void {
    clearInterval(this.sweeper);
    for (const id of [...this.sessions.keys()]) this.close(id);
  }

  private evictBeyondLimit(): void {
    for (const id of this.sessions.keys()) {
      if (this.sessions.size <= MAX_MCP_SESSIONS) return;
      this.close(id);
    }
  }

  private sweep(now = Date.now()): void {
    for (const [id, session] of this.sessions) if (session.openStreams === 0 && now - session.lastSeen > MCP_SESSION_IDLE_MS) this.close(id);
  }
}
