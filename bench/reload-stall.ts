/**
 * What a reload at scale costs the reads beside it, in process: a timer that should fire every
 * millisecond records the longest gap between two of its turns (lag-monitor.ts: a read
 * arriving in that gap waits as long) while the reload builds the new snapshot and its search index
 * as the store does (the snapshot's indexes, then the search index, each in slices).
 */
import type { SnapshotData } from '../src/knowledge/build-snapshot-data.js';
import { KnowledgeSnapshot } from '../src/knowledge/knowledge-snapshot.js';
import { prepareSearchIndex } from '../src/search/search-index.js';
import { startLagMonitor } from './lag-monitor.js';

export interface ReloadStall {
  /** From the reload's start to the new snapshot being servable, its index built. */
  reloadMs: number;
  /** The snapshot's construction, its indexes built in slices (KnowledgeSnapshot.load). */
  snapshotMs: number;
  /** Longest gap between two turns of the event loop during the whole reload, during the snapshot's construction, and during the search index build. */
  longestStallMs: number;
  longestSnapshotStallMs: number;
  longestIndexStallMs: number;
}

/** Reloads `data` as a new snapshot while a lag monitor runs. */
export async function measureReload(data: SnapshotData): Promise<ReloadStall> {
  const monitor = startLagMonitor();
  await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor runs before the reload starts
  const started = performance.now();
  const snapshot = await KnowledgeSnapshot.load(data);
  const snapshotMs = performance.now() - started;
  await new Promise((resolve) => setImmediate(resolve)); // the reads that waited for the last slice run
  const longestSnapshotStallMs = monitor.longestMs();
  monitor.reset();
  await prepareSearchIndex(snapshot);
  const reloadMs = performance.now() - started;
  const longestIndexStallMs = monitor.longestMs();
  monitor.stop();
  return { reloadMs, snapshotMs, longestStallMs: Math.max(longestSnapshotStallMs, longestIndexStallMs), longestSnapshotStallMs, longestIndexStallMs };
}
