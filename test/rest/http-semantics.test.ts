import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();
const restricted = useSeededApi({ CORS_ORIGINS: 'https://app.example, https://docs.example' });

describe('ETag and conditional requests', () => {
  it('answers a strong ETag and 304 to If-None-Match, with no body', async () => {
    const first = await t.api.get('/resources/workloads/Pod').set('Accept-Encoding', 'identity').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"r\d+-[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    const again = await t.api.get('/resources/workloads/Pod').set('Accept-Encoding', 'identity').set('If-None-Match', etag).expect(304);
    expect(again.text).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await t.api.get('/resources/workloads/Pod').set('If-None-Match', '"r0-other"').expect(200)).body.name).toBe('Pod');
  });

  it('gives each variant its own tag: language and query', async () => {
    const tags = await Promise.all(
      ['/resources/workloads/Pod?lang=ja', '/resources/workloads/Pod?lang=en', '/resources/workloads/Pod?include=relations'].map(
        async (url) => (await t.api.get(url).set('Accept-Encoding', 'identity').expect(200)).headers.etag,
      ),
    );
    expect(new Set(tags).size).toBe(3);
  });

  it('changes the tag when the knowledge revision rises', async () => {
    const before = await t.api.get('/meta').expect(200);
    await t.seeded.db.knowledgeRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
    await t.seeded.store.reload();
    const after = await t.api.get('/meta').set('If-None-Match', before.headers.etag as string).expect(200);
    expect(after.body.revision).toBe(before.body.revision + 1);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});

describe('compression', () => {
  it('compresses large bodies and keeps the ETag strong per encoding', async () => {
    const gzip = await t.api.get('/export').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/);
    expect(gzip.headers.etag).toMatch(/-gzip"$/);
    expect(gzip.body.format).toBe('kubedex-knowledge');
    const identity = await t.api.get('/export').set('Accept-Encoding', 'identity').expect(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.etag).toBe((gzip.headers.etag as string).replace(/-gzip"$/, '"'));
    await t.api.get('/export').set('Accept-Encoding', 'gzip').set('If-None-Match', gzip.headers.etag as string).expect(304);
  });

  it('leaves small bodies alone', async () => {
    const res = await t.api.get('/meta').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('HEAD', () => {
  it('answers the headers of GET without a body', async () => {
    const get = await t.api.get('/resources/workloads/Job').set('Accept-Encoding', 'identity').expect(200);
    const head = await t.api.head('/resources/workloads/Job').set('Accept-Encoding', 'identity').expect(200);
    expect(head.text ?? '').toBe('');
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
  });
});

describe('CORS', () => {
  it('lets any origin read by default and exposes the validators', async () => {
    const res = await t.api.get('/resources/workloads/Pod').set('Origin', 'https://anywhere.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-expose-headers']).toMatch(/ETag/);
  });

  it('answers a preflight for conditional reads', async () => {
    const res = await t.api
      .options('/resources/workloads/Pod')
      .set('Origin', 'https://anywhere.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'if-none-match')
      .expect(204);
    expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD');
    expect(res.headers['access-control-allow-headers']).toMatch(/If-None-Match/);
  });

  it('grants only the configured origins when CORS_ORIGINS lists them', async () => {
    const allowed = await restricted.api.get('/meta').set('Origin', 'https://app.example').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(allowed.headers.vary).toMatch(/Origin/);
    const other = await restricted.api.get('/meta').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('errors are problem+json', () => {
  it('answers 405 with Allow for a method a known path does not take', async () => {
    const res = await t.api.post('/meta').send({}).expect(405);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(res.body).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    expect((await t.api.delete('/export').expect(405)).headers.allow).toBe('GET, HEAD, OPTIONS');
    // Paths that take writes name them too.
    expect((await t.api.post('/resources/workloads/Pod').expect(405)).headers.allow).toBe('GET, PUT, PATCH, DELETE, HEAD, OPTIONS');
  });

  it('answers OPTIONS with Allow', async () => {
    const res = await t.api.options('/api-versions').expect(204);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    // A list that can be written to says so too.
    const writable = await t.api.options('/comparisons').expect(204);
    expect(writable.headers.allow?.split(', ').sort()).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
    expect(res.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('answers 404 to GET on a served path where nothing is found', async () => {
    const res = await t.api.get('/docs/assets/no-such-file.js').expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('answers 406 when Accept allows none of the offered types', async () => {
    const res = await t.api.get('/resources/workloads/Pod').set('Accept', 'application/xml').expect(406);
    expect(res.body).toMatchObject({ status: 406, code: 'NOT_ACCEPTABLE', available: ['application/json'] });
    await t.api.get('/graph?format=mermaid').set('Accept', 'application/json').expect(406);
    await t.api.get('/graph?format=mermaid').set('Accept', 'text/plain').expect(200);
  });

  it('answers 415 to a request body on a route that takes none', async () => {
    const res = await t.api.get('/resources').set('Content-Type', 'application/xml').send('<filter/>').expect(415);
    expect(res.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers 404 for an unknown route, not cached', async () => {
    const res = await t.api.get('/no/such/thing').expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND', instance: '/no/such/thing' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 500 without leaking the cause when something unexpected fails', async () => {
    const store = t.seeded.store;
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(store), 'snapshot');
    Object.defineProperty(store, 'snapshot', { configurable: true, get: () => { throw new Error('secret internal detail'); } });
    try {
      const res = await t.api.get('/meta').expect(500);
      expect(res.body).toMatchObject({ status: 500, code: 'INTERNAL', detail: 'An internal error occurred' });
      expect(JSON.stringify(res.body)).not.toContain('secret');
    } finally {
      delete (store as unknown as Record<string, unknown>).snapshot;
      expect(original).toBeDefined();
    }
  });
});
