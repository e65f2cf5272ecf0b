import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderedAnswerCache } from '../../src/http/rendered-answer-cache.js';
import { accessLog } from '../../src/http/access-log.js';
import { createLogger } from '../../src/logger.js';
import { withMetrics } from '../../src/metrics/metrics.js';
import { seededApp } from '../support/seeded-knowledge.js';
import { listenOnLoopback } from '../support/listen-on-loopback.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
let server: http.Server;
let base: string;

beforeAll(async () => {
  seeded = await seededApp();
  const cache = renderedAnswerCache({ handler: seeded.app, revision: () => seeded.store.snapshot.revision, log: accessLog(createLogger('silent')), maxBytes: 1024 * 1024 });
  ({ server, origin: base } = await listenOnLoopback(withMetrics(cache.listener, { health: () => seeded.store.health(), onReload: (observe) => seeded.store.onSnapshot((_n, _p, reload) => observe(reload.seconds)), answerCache: cache.stats, cachedRoute: cache.cachedRoute })));
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await seeded?.close();
});

const sample = (text: string, name: string, labels: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && labels.split(',').every((label) => l.includes(label)));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
};

describe('GET /metrics', () => {
  it('reports requests by route template and status, the snapshot, the answer cache and event-loop lag, in the Prometheus format', async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/resources/Service/NodePort`)).status).toBe(200);
    expect((await fetch(`${base}/resources/service/NoSuchThing`)).status).toBe(404);
    const answer = await fetch(`${base}/metrics`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await answer.text();
    // Served from the cache or by the router, the answer counts under the one route template.
    const route = text.match(/kubedex_http_requests_total\{method="GET",route="([^"]*:name[^"]*)",status="200"\} (\d+)/);
    expect(route?.[2]).toBe('3');
    expect(text).not.toContain('NodePort"');
    expect(sample(text, 'kubedex_http_requests_total', 'status="404"')).toBe(1);
    expect(sample(text, 'kubedex_http_request_duration_seconds_count', `route="${route?.[1]}",status="200"`)).toBe(3);
    expect(text).toMatch(new RegExp(`^kubedex_knowledge_revision ${seeded.store.snapshot.revision}$`, 'm'));
    expect(text).toMatch(/^kubedex_knowledge_snapshot_age_seconds \d+$/m);
    expect(text).toMatch(/^kubedex_answer_cache_hits 2$/m);
    // The 404 was a cacheable request too (a miss), though not kept.
    expect(text).toMatch(/^kubedex_answer_cache_misses 2$/m);
    expect(text).toMatch(/^kubedex_answer_cache_hit_ratio 0\.5$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
  });

  it('counts reloads of the snapshot and their duration', async () => {
    const reloadCount = (text: string) => Number(text.match(/^kubedex_knowledge_reload_duration_seconds_count (\d+)$/m)?.[1]);
    const before = reloadCount(await (await fetch(`${base}/metrics`)).text());
    expect(before).toBeGreaterThanOrEqual(0);
    await seeded.store.reload();
    await seeded.store.reload();
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(reloadCount(text)).toBe(before + 2);
    expect(Number(text.match(/^kubedex_knowledge_reload_duration_seconds_sum ([\d.e-]+)$/m)?.[1])).toBeGreaterThan(0);
  });
});
