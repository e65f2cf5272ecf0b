import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError, SubscribeRequestSchema, UnsubscribeRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { readResourceUri } from './register-resources.js';

/** A client may follow at most this many resources at once, so one session's work per snapshot stays bounded. */
export const MAX_SUBSCRIPTIONS = 200;

// Pages by snapshot (keyed by base URL and URI), dropped with the snapshot.
const renderedPages = new WeakMap<KnowledgeSnapshot, Map<string, string | undefined>>();

function renderPage(snapshot: KnowledgeSnapshot, uri: string, baseUrl: string): string | undefined {
  try {
    return JSON.stringify(readResourceUri(snapshot, uri, baseUrl).contents);
  } catch {
    return undefined;
  }
}

/**
 * `resources/subscribe` and `resources/unsubscribe` for one connected client: after every new snapshot
 * (a write here, another replica's notice, a re-seed), each subscribed URI whose page differs from the
 * previous snapshot's (or that appeared or went away) gets `notifications/resources/updated`. Returns the
 * function that stops following the store (call it when the connection closes).
 */
export function registerSubscriptions(server: McpServer, store: KnowledgeStore, baseUrl: string): () => void {
  const uris = new Set<string>();
  server.server.setRequestHandler(SubscribeRequestSchema, ({ params }) => {
    // Only what can be read can be followed: a bad URI or an unknown resource answers as resources/read does.
    readResourceUri(store.snapshot, params.uri, baseUrl);
    if (!uris.has(params.uri) && uris.size >= MAX_SUBSCRIPTIONS)
      throw new McpError(ErrorCode.InvalidParams, `At most ${MAX_SUBSCRIPTIONS} subscriptions per session; unsubscribe from one first`);
    uris.add(params.uri);
    return {};
  });
  server.server.setRequestHandler(UnsubscribeRequestSchema, ({ params }) => {
    uris.delete(params.uri);
    return {};
  });
  const page = (snapshot: KnowledgeSnapshot, uri: string): string | undefined => {
    // Every session compares the same pages after a snapshot: each is rendered once per snapshot.
    let pages = renderedPages.get(snapshot);
    if (!pages) renderedPages.set(snapshot, (pages = new Map()));
    const key = `${baseUrl} ${uri}`;
    if (!pages.has(key)) pages.set(key, renderPage(snapshot, uri, baseUrl));
    return pages.get(key);
  };
  return store.onSnapshot((next, previous) => {
    for (const uri of uris)
      if (!previous || page(previous, uri) !== page(next, uri)) void server.server.sendResourceUpdated({ uri }).catch(() => undefined);
  });
}
