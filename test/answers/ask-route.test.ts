import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp({ PUBLIC_URL: 'https://kubedex.example' });
});
afterAll(() => seeded.close());

describe('GET /ask', () => {
  it('answers a Japanese question in Japanese with the best match and citations', async () => {
    const res = await request(seeded.app).get('/ask').query({ q: '毎晩決まった時刻にバッチ処理を実行したい' }).expect(200);
    expect(res.body.lang).toBe('ja');
    expect(res.headers['content-language']).toBe('ja');
    expect(res.body.matches[0].name).toBe('CronJob');
    expect(res.body.answer).toContain('CronJob');
    expect(res.body.comparison).toBeNull();
    const citation = res.body.citations.find((c: { resource: string }) => c.resource === 'CronJob');
    expect(citation.kubedexUrl).toBe('https://kubedex.example/resources/workloads/CronJob');
    expect(citation.docsUrl).toMatch(/^https:\/\/kubernetes\.io\//);
    expect(citation.article.section).toContain('CronJob');
  });

  it('compares when a Japanese question asks for the difference, using the stored comparison', async () => {
    const res = await request(seeded.app).get('/ask').query({ q: 'NodePortとExternalIPの違い' }).expect(200);
    expect(res.body.comparison.resources).toEqual(expect.arrayContaining(['NodePort', 'ExternalIP']));
    expect(res.body.comparison.slug).not.toBeNull();
    expect(res.body.comparison.verdict).toBeTruthy();
    expect(res.body.citations.map((c: { resource: string }) => c.resource)).toEqual(expect.arrayContaining(['NodePort', 'ExternalIP']));
  });

  it('compares in English, and lang overrides the detected language', async () => {
    const en = await request(seeded.app).get('/ask').query({ q: 'difference between Job and CronJob' }).expect(200);
    expect(en.body.lang).toBe('en');
    expect(en.body.comparison.slug).toBe('job-vs-cronjob');
    expect(en.body.answer).toMatch(/Job vs CronJob/);
    const ja = await request(seeded.app).get('/ask').query({ q: 'difference between Job and CronJob', lang: 'ja' }).expect(200);
    expect(ja.body.lang).toBe('ja');
    expect(ja.body.comparison.title).toMatch(/比較/);
  });

  it('is deterministic', async () => {
    const a = await request(seeded.app).get('/ask').query({ q: 'run one pod on every node' });
    const b = await request(seeded.app).get('/ask').query({ q: 'run one pod on every node' });
    expect(a.body).toEqual(b.body);
  });

  it('rejects a missing question with problem+json', async () => {
    const res = await request(seeded.app).get('/ask').expect(400);
    expect(res.body.errors[0].path).toBe('q');
  });
});
