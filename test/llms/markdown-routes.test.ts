import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp({ PUBLIC_URL: 'https://kubedex.example' });
});
afterAll(() => seeded.close());

describe('GET /resources/{category}/{name}.md', () => {
  it('renders a resource as Markdown in the requested language', async () => {
    const res = await request(seeded.app).get('/resources/workloads/DaemonSet.md').query({ lang: 'en' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/markdown/);
    expect(res.headers['content-language']).toBe('en');
    expect(res.text).toMatch(/^# DaemonSet\n/);
    expect(res.text).toContain('apiVersion: `apps/v1`');
    expect(res.text).toContain('https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/');
    expect(res.text).toContain('```yaml');
  });

  it('serves an alias with a canonical link and redirects a wrong category', async () => {
    const alias = await request(seeded.app).get('/resources/workloads/ds.md').expect(200);
    expect(alias.headers.link).toContain('/resources/workloads/DaemonSet.md');
    const moved = await request(seeded.app).get('/resources/service/DaemonSet.md').expect(301);
    expect(moved.headers.location).toBe('/resources/workloads/DaemonSet.md');
  });

  it('answers 404 with suggestions for an unknown name', async () => {
    const res = await request(seeded.app).get('/resources/workloads/DaemonSett.md').expect(404);
    expect(res.body.suggestions[0].name).toBe('DaemonSet');
  });

  it('leaves the JSON resource route alone', async () => {
    const res = await request(seeded.app).get('/resources/workloads/DaemonSet').expect(200);
    expect(res.headers['content-type']).toMatch(/json/);
  });
});

describe('GET /llms.txt and /llms-full.txt', () => {
  it('lists every category with links to the Markdown pages', async () => {
    const res = await request(seeded.app).get('/llms.txt').query({ lang: 'en' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^# kubedex\n\n> /);
    for (const heading of ['## Workloads', '## Service', '## Config & Storage', '## Cluster', '## Metadata']) expect(res.text).toContain(heading);
    expect(res.text).toContain('- [DaemonSet](https://kubedex.example/resources/workloads/DaemonSet.md?lang=en): ');
    expect(res.text).toContain('## Optional');
  });

  it('puts every resource in llms-full.txt', async () => {
    const res = await request(seeded.app).get('/llms-full.txt').set('Accept-Language', 'ja').expect(200);
    expect(res.headers['content-language']).toBe('ja');
    for (const r of seeded.store.snapshot.resources) expect(res.text).toContain(`### ${r.text.ja.name}\n`);
  });
});
