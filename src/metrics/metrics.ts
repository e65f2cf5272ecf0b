import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AnswerCacheStats } from '../http/rendered-answer-cache.js';
import type { StoreHealth } from '../knowledge/knowledge-store.js';
import { droppedLogLines } from '../logger.js';

/** What the metrics read at each scrape. */
export interface MetricsSources {
  health: () => StoreHealth;
  answerCache?: () => AnswerCacheStats;
  /** The route template of an answer the cache served (it never reached the router). */
  cachedRoute?: (res: ServerResponse) => string | undefined;
  /** Subscribes to every snapshot swap with its reload's seconds (KnowledgeStore.onSnapshot). */
  onReload?: (observe: (seconds: number) => void) => void;
}

/**
 * `/metrics` in the Prometheus text format (prom-client), answered in front of everything else:
 * requests by route template and status (count and duration), the snapshot's revision and age, the
 * rendered-answer cache's hits and misses, and Node's default process metrics, event-loop lag
 * included. A registry of its own per server, so that two apps in one process never mix figures.
 */
export function withMetrics(handler: RequestListener, sources: MetricsSources): RequestListener {
  const register = new Registry();
  collectDefaultMetrics({ register, eventLoopMonitoringPrecision: 20 });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'kubedex_http_requests_total', help: 'HTTP requests answered, by route template and status', labelNames, registers: [register] });
  new Gauge({ name: 'kubedex_log_lines_dropped', help: 'Log lines dropped since start because the reader of the log fell behind by the log buffer (LOG_BUFFER_BYTES)', registers: [register], collect() { this.set(droppedLogLines()); } });
  const duration = new Histogram({
    name: 'kubedex_http_request_duration_seconds',
    help: 'Time from request to the last byte of the answer handed to the socket',
    labelNames,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [register],
  });
  new Gauge({
    name: 'kubedex_knowledge_revision',
    help: 'Knowledge revision of the snapshot being served',
    registers: [register],
    collect() {
      this.set(sources.health().snapshot?.revision ?? 0);
    },
  });
  new Gauge({
    name: 'kubedex_knowledge_snapshot_age_seconds',
    help: 'Seconds since the snapshot being served was loaded',
    registers: [register],
    collect() {
      this.set(sources.health().snapshot?.ageSeconds ?? 0);
    },
  });
  const reloads = new Histogram({
    name: 'kubedex_knowledge_reload_duration_seconds',
    help: 'Reloads of the knowledge snapshot (its _count) and their time from database read to swap, search index included',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [register],
  });
  sources.onReload?.((seconds) => reloads.observe(seconds));
  const cache = sources.answerCache;
  if (cache) {
    new Gauge({ name: 'kubedex_answer_cache_hits', help: 'Answers served by the rendered-answer cache since start', registers: [register], collect() { this.set(cache().hits); } });
    new Gauge({ name: 'kubedex_answer_cache_misses', help: 'Cacheable requests the router answered since start', registers: [register], collect() { this.set(cache().misses); } });
    new Gauge({
      name: 'kubedex_answer_cache_hit_ratio',
      help: 'hits / (hits + misses) of the rendered-answer cache since start',
      registers: [register],
      collect() {
        const { hits, misses } = cache();
        this.set(hits + misses === 0 ? 0 : hits / (hits + misses));
      },
    });
    new Gauge({ name: 'kubedex_answer_cache_bytes', help: 'Estimated bytes the rendered-answer cache holds', registers: [register], collect() { this.set(cache().bytes); } });
  }

  // Each series' labelled children, kept: prom-client hashes the labels on every inc/observe otherwise.
  // Bounded as the labels are: route templates, methods and statuses.
  const labelled = new Map<string, { requests: ReturnType<typeof requests.labels>; duration: ReturnType<typeof duration.labels> }>();
  return (req, res) => {
    if (req.method === 'GET' && (req.url === '/metrics' || req.url?.startsWith('/metrics?'))) {
      void register.metrics().then((text) => res.writeHead(200, { 'Content-Type': register.contentType, 'Cache-Control': 'no-store' }).end(text));
      return;
    }
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const method = req.method ?? '';
      const route = routeOf(req, res, sources);
      const key = `${method} ${res.statusCode} ${route}`;
      let series = labelled.get(key);
      if (!series) {
        const labels = { method, route, status: String(res.statusCode) };
        series = { requests: requests.labels(labels), duration: duration.labels(labels) };
        labelled.set(key, series);
      }
      series.requests.inc();
      series.duration.observe(Number(process.hrtime.bigint() - started) / 1e9);
    });
    handler(req, res);
  };
}

/** The route template Express matched (bounded: never the raw URL), or what answered instead. */
function routeOf(req: IncomingMessage, res: ServerResponse, sources: MetricsSources): string {
  const routed = req as IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };
  if (routed.route && typeof routed.route.path === 'string') return `${routed.baseUrl ?? ''}${routed.route.path}`;
  return sources.cachedRoute?.(res) ?? (res.statusCode === 404 ? 'unmatched' : 'other');
}
