/**
 * A bounded HTTP load loop on Node's own http client: `concurrency` keep-alive connections send
 * requests back to back until `requests` are done or `maxMs` has passed, whichever comes first.
 * Only 127.0.0.1: the bench measures the app, not a network.
 */
import http from 'node:http';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadOptions {
  port: number;
  /** One request, or a list cycled through (a query mix). */
  request: LoadRequest | readonly LoadRequest[];
  requests: number;
  maxMs: number;
  concurrency: number;
}

/** Runs the loop and reports throughput and latency percentiles in milliseconds. */
export async function httpLoad(options: LoadOptions): Promise<LoadResult> {
  const list = Array.isArray(options.request) ? options.request : [options.request as LoadRequest];
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;
  const worker = async () => {
    while (sent < options.requests && performance.now() < deadline) {
      const request = list[sent++ % list.length] as LoadRequest;
      const t0 = performance.now();
      const ok = await send(agent, options.port, request);
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsed = performance.now() - started;
  agent.destroy();
  return { requests: latencies.length, errors, rps: (latencies.length / elapsed) * 1000, ...percentiles(latencies) };
}

/** p50, p95 and p99 of a list of durations. */
export function percentiles(values: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

function send(agent: http.Agent, port: number, request: LoadRequest): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: '127.0.0.1', port, agent, method: request.method ?? 'GET', path: request.path, headers: request.headers, timeout: 10_000 },
      (res) => {
        res.resume(); // the body is read, not kept: the client must not be what is measured
        res.on('end', () => resolve(res.statusCode === 200));
        res.on('error', () => resolve(false));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end(request.body);
  });
}
