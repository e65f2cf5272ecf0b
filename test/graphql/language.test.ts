import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

const QUERY = '{ resource(name: "Deployment") { summary en: summary(lang: en) ja: summary(lang: ja) } meta { lang } }';

describe('lang on text fields', () => {
  it('defaults to Japanese without Accept-Language', async () => {
    const answer = await graphql(app.app, QUERY);
    const r = answer.data?.resource;
    expect(r.summary).toBe(r.ja);
    expect(r.summary).not.toBe(r.en);
    expect(answer.data?.meta.lang).toBe('ja');
  });

  it('follows Accept-Language by quality when no argument is given', async () => {
    const answer = await graphql(app.app, QUERY, { headers: { 'accept-language': 'fr;q=1, en-US;q=0.9, ja;q=0.5' } });
    expect(answer.data?.resource.summary).toBe(answer.data?.resource.en);
    expect(answer.data?.meta.lang).toBe('en');
    expect(answer.headers['content-language']).toBe('en');
    expect(answer.headers.vary).toMatch(/Accept-Language/);
  });

  it('lets the argument win over Accept-Language', async () => {
    const answer = await graphql(app.app, '{ resource(name: "Deployment") { summary(lang: ja) ja: summary(lang: ja) } }', { headers: { 'accept-language': 'en' } });
    expect(answer.data?.resource.summary).toBe(answer.data?.resource.ja);
  });

  it('falls back to Japanese for an unsupported Accept-Language', async () => {
    const answer = await graphql(app.app, '{ category(slug: "workloads") { description d: description(lang: ja) } }', { headers: { 'accept-language': 'de' } });
    expect(answer.data?.category.description).toBe(answer.data?.category.d);
  });

  it('switches every text field of a nested answer', async () => {
    const answer = await graphql(
      app.app,
      '{ comparison(slug: "deployment-vs-statefulset") { title aspects { label cells { text } } } }',
      { headers: { 'accept-language': 'en' } },
    );
    expect(answer.data?.comparison.title).toBe('Deployment vs StatefulSet');
    expect(answer.data?.comparison.aspects[0].label).toBe('Suited workload');
  });
});
