import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { markdownLink } from '../../src/llms/markdown-link.js';
import { useSeededApi } from '../rest/seeded-rest.js';

const t = useSeededApi();
const published = useSeededApi({ PUBLIC_URL: 'https://kubedex.example.com' });

const LINK_ANSWERS = ['/llms.txt', '/llms-full.txt', '/resources/workloads/Deployment.md', '/ask?q=deployment'];

describe('links built from the request', () => {
  it.each(LINK_ANSWERS)('%s never takes a scheme other than http or https from X-Forwarded-Proto', async (url) => {
    const res = await request(t.seeded.app).get(url).set('X-Forwarded-Proto', 'javascript:alert(1)//').expect(200);
    expect(res.text).not.toContain('javascript:');
    expect(res.text).toMatch(/https?:\/\/127\.0\.0\.1:\d+\/resources\//);
  });

  it.each(LINK_ANSWERS)('%s refuses a malformed Host with 400 instead of linking to it', async (url) => {
    const res = await request(t.seeded.app).get(url).set('Host', 'evil.example/](javascript:alert(1))').expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it.each(LINK_ANSWERS)('%s varies on Host and X-Forwarded-Proto when its links come from them', async (url) => {
    const res = await request(t.seeded.app).get(url).expect(200);
    expect(res.headers.vary).toMatch(/Host/);
    expect(res.headers.vary).toMatch(/X-Forwarded-Proto/);
  });

  it.each(LINK_ANSWERS)('%s links to PUBLIC_URL whatever the request says, and does not vary on Host', async (url) => {
    const res = await request(published.seeded.app).get(url).set('Host', 'phishing.example').set('X-Forwarded-Proto', 'https').expect(200);
    expect(res.text).not.toContain('phishing.example');
    expect(res.text).toContain('https://kubedex.example.com/resources/');
    expect(res.headers.vary ?? '').not.toMatch(/Host/);
  });

  it('MCP links follow the same rule', async () => {
    const res = await request(t.seeded.app)
      .post('/mcp')
      .set('X-Forwarded-Proto', 'javascript:alert(1)//')
      .set('Content-Type', 'application/json')
      .set('Accept', 'application/json, text/event-stream')
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_resource', arguments: { name: 'Pod' } } })
      .expect(200);
    expect(res.body.result.structuredContent.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/resources\/workloads\/Pod$/);
  });
});

describe('markdownLink', () => {
  it('keeps text and destination inside the link', () => {
    expect(markdownLink('a](javascript:x) [b', 'http://h/p (x)<y>')).toBe('[a\\](javascript:x) \\[b](http://h/p%20%28x%29%3Cy%3E)');
  });
});
