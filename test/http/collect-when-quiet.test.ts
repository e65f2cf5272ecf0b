import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { collectWhenQuiet } from '../../src/http/collect-when-quiet.js';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

// A server whose every answer keeps 64 KB alive, so that its heap grows while it is busy.
async function growingServer(): Promise<{ server: http.Server; url: string; kept: unknown[] }> {
  const kept: unknown[] = [];
  const server = http.createServer((_req, res) => {
    kept.push(new Array(8_192).fill(kept.length));
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => server.close());
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, kept };
}

async function busyFor(url: string, ms: number): Promise<number> {
  const until = Date.now() + ms;
  let answered = 0;
  while (Date.now() < until) {
    await (await fetch(url)).text();
    answered++;
  }
  return answered;
}

describe('a full collection once the server goes quiet after load', () => {
  it('collects once after a burst, never during it, and not again without new growth', async () => {
    const { server, url } = await growingServer();
    let collections = 0;
    // A tick of 250 ms with one request is busy: a loaded machine still answers a local request in that time.
    stops.push(collectWhenQuiet(server, { tickMs: 250, quietRequests: 1, growthBytes: 256 * 1024, collect: () => collections++ }));
    expect(await busyFor(url, 1_000)).toBeGreaterThan(20);
    expect(collections).toBe(0);
    await sleep(600);
    expect(collections).toBe(1);
    await sleep(600);
    expect(collections).toBe(1);
  });

  it('does not collect a quiet server whose heap has not grown', async () => {
    const { server } = await growingServer();
    let collections = 0;
    stops.push(collectWhenQuiet(server, { tickMs: 50, quietRequests: 3, growthBytes: 64 * 1024 * 1024, collect: () => collections++ }));
    await sleep(300);
    expect(collections).toBe(0);
  });

  it('runs a major collection of V8 itself by default', async () => {
    const { server, url } = await growingServer();
    const majors: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    stops.push(() => observer.disconnect());
    // Counted from the start: on a loaded machine a tick of the burst may already be quiet enough to collect.
    const from = performance.now();
    stops.push(collectWhenQuiet(server, { tickMs: 100, quietRequests: 3, growthBytes: 256 * 1024 }));
    await busyFor(url, 300);
    await sleep(800);
    expect(majors.some((t) => t >= from)).toBe(true);
  });
});
