import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { listChanges, type ChangeEntry } from './list-changes.js';

/** How often a watch looks for new changes: other replicas' writes are seen within this too. */
export const WATCH_POLL_MS = 500;
/** Open watches per process: each costs one indexed query per poll. */
export const MAX_WATCHES = 100;

let watching = 0;

/**
 * Follows the change log like `kubectl get --watch`: every change after `since` (a revision) or
 * after `after` (a sequence, to resume), then each new one as it commits, until `signal` aborts.
 * Returns null when MAX_WATCHES are already open.
 */
export function followChanges(store: KnowledgeStore, from: { since: number; after?: number | undefined }, signal: AbortSignal): AsyncGenerator<ChangeEntry> | null {
  if (watching >= MAX_WATCHES) return null;
  watching++;
  return (async function* () {
    try {
      let after = from.after;
      while (!signal.aborted) {
        const page = await listChanges(store, { since: from.since, after, limit: 100 });
        for (const change of page.items) yield change;
        after = page.items.at(-1)?.sequence ?? after;
        if (page.next === null) await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, WATCH_POLL_MS);
          signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
        });
      }
    } finally {
      watching--;
    }
  })();
}
