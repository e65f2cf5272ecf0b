import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../rest/seeded-rest.js';

const t = useSeededApi();

const cspDirective = (csp: string, name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));

describe('security headers', () => {
  it('sends nosniff on every surface, errors and static files included', async () => {
    const answers = await Promise.all([
      t.api.get('/resources/workloads/Pod'),
      t.api.get('/resources/nowhere/nothing'),
      t.api.get('/llms.txt'),
      t.api.get('/docs/assets/swagger-ui.css'),
      request(t.seeded.app).post('/graphql').set('Content-Type', 'application/json').send({ query: '{ meta { revision } }' }),
      request(t.seeded.app).post('/mcp').set('Content-Type', 'application/json').set('Accept', 'application/json, text/event-stream').send({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      t.api.get('/healthz'),
    ]);
    for (const res of answers) expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('gives the HTML docs page a CSP that allows only this server\'s scripts and no inline script', async () => {
    const res = await t.api.get('/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const csp = res.headers['content-security-policy'] as string;
    expect(cspDirective(csp, 'script-src')).toBe("script-src 'self'");
    expect(cspDirective(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    // The page obeys its own policy: every script is a file from this server.
    const scripts = [...res.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/[^/]/);
      expect(body?.trim()).toBe('');
    }
  });
});
