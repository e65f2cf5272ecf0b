import type { Server } from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';

/** When to collect: every `tickMs`, if fewer than `quietRequests` came and the heap grew by `growthBytes` since the last collection. */
export interface QuietCollection {
  tickMs: number;
  quietRequests: number;
  growthBytes: number;
  /** A full collection; V8's own by default. */
  collect: () => void;
}

// Probes and scrapes are quiet, traffic is not; less growth than 16 MB is not worth a full collection.
const DEFAULTS = { tickMs: 5_000, quietRequests: 10, growthBytes: 16 * 1024 * 1024 };

/**
 * Collects the heap once the server goes quiet after load. Under load, requests' short-lived objects
 * that outlive two young collections are promoted to the old generation, which V8 collects only when
 * it reaches a limit that grows with the heap; its memory reducer, which shrinks a quiet process,
 * starts only after such a collection. So a burst left its garbage resident (40–60 MB after a few
 * seconds of autocannon) until the next burst. Returns a function that stops it.
 */
export function collectWhenQuiet(server: Server, options: Partial<QuietCollection> = {}): () => void {
  const { tickMs, quietRequests, growthBytes, collect = fullCollection() } = { ...DEFAULTS, ...options };
  let requests = 0;
  let settled = process.memoryUsage().heapUsed;
  const onRequest = () => void requests++;
  server.on('request', onRequest);
  const timer = setInterval(() => {
    const quiet = requests < quietRequests;
    requests = 0;
    if (!quiet || process.memoryUsage().heapUsed - settled < growthBytes) return;
    collect();
    settled = process.memoryUsage().heapUsed;
  }, tickMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    server.off('request', onRequest);
  };
}

// `gc` of a fresh context once the flag is set: the process needs no --expose-gc on its command line.
function fullCollection(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
