import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp();
});
afterAll(() => seeded.close());

const ASK = `query Ask($q: String!, $lang: Lang, $limit: Int) {
  ask(q: $q, lang: $lang, limit: $limit) {
    question lang passage declined closestTopics { name }
    matches { resource { name } score snippet { field text } }
    comparison { slug title verdict resources { name } aspects { key label cells { resource text } } }
    field { resource { name } path type default note url }
    versions { kind askedServed askedReplacement supersededBy { name } asked { apiVersion removedIn } history { apiVersion removedIn note } }
    citations { resource kubedexUrl docsUrl articleSection }
  }
}`;

describe('Query.ask', () => {
  it('answers as REST /ask does, through the same core: passage, matches, comparison and citations', async () => {
    const q = 'DaemonSetとDeploymentの違いは?';
    const { data, errors } = await graphql(seeded.app, ASK, { variables: { q } });
    expect(errors).toBeUndefined();
    const rest = (await request(seeded.app).get('/ask').query({ q }).expect(200)).body;
    expect(data?.ask.lang).toBe('ja');
    expect(data?.ask.passage).toBe(rest.answer);
    expect(data?.ask.matches.map((m: { resource: { name: string } }) => m.resource.name)).toEqual(rest.matches.map((m: { name: string }) => m.name));
    expect(data?.ask.comparison.resources.map((r: { name: string }) => r.name)).toEqual(['DaemonSet', 'Deployment']);
    expect(data?.ask.comparison.aspects[0].cells.map((c: { resource: string }) => c.resource)).toEqual(['DaemonSet', 'Deployment']);
    expect(data?.ask.comparison.aspects.map((a: { label: string }) => a.label)).toEqual(rest.comparison.aspects.map((a: { label: string }) => a.label));
    expect(data?.ask.citations.map((c: { resource: string }) => c.resource)).toEqual(rest.citations.map((c: { resource: string }) => c.resource));
  });

  it('declines what the knowledge does not cover as REST /ask does: no matches, the closest topics, the same passage', async () => {
    for (const q of ['how do I write a cover letter for a job', 'how do I run a pod on every node']) {
      const { data, errors } = await graphql(seeded.app, ASK, { variables: { q } });
      expect(errors).toBeUndefined();
      const rest = (await request(seeded.app).get('/ask').query({ q }).expect(200)).body;
      expect(data?.ask.declined).toBe(rest.declined);
      expect(data?.ask.passage).toBe(rest.answer);
      expect(data?.ask.closestTopics.map((r: { name: string }) => r.name)).toEqual(rest.closestTopics.map((r: { name: string }) => r.name));
      if (rest.declined) expect(data?.ask.matches).toEqual([]);
    }
    const declined = await graphql(seeded.app, ASK, { variables: { q: 'how do I write a cover letter for a job' } });
    expect(declined.data?.ask.declined).toBe(true);
    expect(declined.data?.ask.closestTopics.length).toBeGreaterThan(0);
    const answered = await graphql(seeded.app, ASK, { variables: { q: 'how do I run a pod on every node' } });
    expect(answered.data?.ask).toMatchObject({ declined: false, closestTopics: [] });
  });

  it('answers a field question with the field and a version question with the history', async () => {
    const field = await graphql(seeded.app, ASK, { variables: { q: 'JobのbackoffLimitの既定値は?' } });
    expect(field.data?.ask.field).toMatchObject({ resource: { name: 'Job' }, path: 'spec.backoffLimit', type: '<integer>' });
    expect(field.data?.ask.passage).toContain(field.data?.ask.field.default);
    const versions = await graphql(seeded.app, ASK, { variables: { q: 'is extensions/v1beta1 Ingress still served', lang: 'en' } });
    const entry = seeded.store.snapshot.mustResource('Ingress').apiVersionHistory.find((v) => v.apiVersion === 'extensions/v1beta1');
    expect(versions.data?.ask.versions).toMatchObject({ kind: 'Ingress', askedServed: false, askedReplacement: entry?.replacement, asked: { removedIn: entry?.removedIn } });
    // Notes follow the answer's language, not the request's default (Japanese without Accept-Language).
    const noted = versions.data?.ask.versions.history.find((v: { apiVersion: string }) => v.apiVersion === 'extensions/v1beta1');
    expect(noted.note).toBe(entry?.text?.en.note);
  });

  it('follows lang, then Accept-Language, then the question', async () => {
    const q = 'difference between Job and CronJob';
    expect((await graphql(seeded.app, ASK, { variables: { q } })).data?.ask.lang).toBe('en');
    expect((await graphql(seeded.app, ASK, { variables: { q }, headers: { 'accept-language': 'ja' } })).data?.ask.lang).toBe('ja');
    const ja = await graphql(seeded.app, ASK, { variables: { q, lang: 'ja' } });
    expect(ja.data?.ask.comparison.title).toBe(seeded.store.snapshot.comparison('job-vs-cronjob')?.text.ja.title);
  });

  it('refuses a bad argument with extensions.code', async () => {
    const empty = await graphql(seeded.app, ASK, { variables: { q: ' ' } });
    expect(codes(empty)).toEqual(['VALIDATION_FAILED']);
    expect(empty.data?.ask).toBeNull();
    expect(codes(await graphql(seeded.app, ASK, { variables: { q: 'Pod', limit: 0 } }))).toEqual(['VALIDATION_FAILED']);
  });
});
