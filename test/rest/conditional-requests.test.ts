import { beforeAll, describe, expect, it } from 'vitest';
import { restRoutes } from '../../src/rest/rest-routes.js';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

// Every route that answers 304, with a concrete URL: a new cached route without a sample here fails.
const REQUIRED_QUERY: Record<string, string> = { '/compare': '?resources=Deployment,StatefulSet', '/search': '?q=pod', '/ask': '?q=pod' };
// A field path sample for the field reference routes.
const FIELD_PATH = 'spec.strategy.rollingUpdate.maxSurge';
let samples: string[] = [];

beforeAll(async () => {
  const slug = (await t.api.get('/comparisons').expect(200)).body.items[0].slug as string;
  const values: Record<string, string> = { category: 'workloads', name: 'Deployment', slug, path: FIELD_PATH };
  samples = restRoutes
    .filter((route) => route.method === 'get' && route.responses[304])
    .map((route) => route.path.replace(/\{(\w+)\}/g, (_, p: string) => values[p] ?? `<no sample for ${p}>`) + (REQUIRED_QUERY[route.path] ?? ''));
  samples.push('/docs/assets/swagger-ui.css');
});

describe('304 Not Modified', () => {
  it.each(['identity', 'gzip', 'br'])('carries the ETag and Vary the 200 had, on every cached route, with Accept-Encoding: %s', async (encoding) => {
    expect(samples.length).toBeGreaterThan(20);
    for (const url of samples) {
      // One Host for both: supertest listens on a new port per request, and links in some answers name the host.
      const full = await t.api.get(url).set('Host', 'kubedex.test').set('Accept-Encoding', encoding).expect(200);
      const etag = full.headers.etag as string;
      expect(etag, url).toBeTruthy();
      if (encoding !== 'identity' && Number(full.headers['content-length'] ?? 2048) >= 1024 && full.headers['content-encoding'])
        expect(full.headers['content-encoding'], url).toBe(encoding);
      const again = await t.api.get(url).set('Host', 'kubedex.test').set('Accept-Encoding', encoding).set('If-None-Match', etag);
      expect(again.status, url).toBe(304);
      expect(again.headers.etag, url).toBe(etag);
      expect(varyOf(again.headers.vary), url).toEqual(varyOf(full.headers.vary));
    }
  });

  it('answers 304 to a tag of another content-coding of the same variant, with this request\'s tag', async () => {
    const gzip = await t.api.get('/export').set('Accept-Encoding', 'gzip').expect(200);
    const br = await t.api.get('/export').set('Accept-Encoding', 'br').set('If-None-Match', gzip.headers.etag as string).expect(304);
    expect(br.headers.etag).toMatch(/-br"$/);
  });
});

function varyOf(header: string | undefined): string[] {
  return (header ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean).sort();
}
