import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp();
});
afterAll(() => seeded.close());

const ask = async (q: string) => (await request(seeded.app).get('/ask').query({ q }).expect(200)).body;
const history = (name: string) => seeded.store.snapshot.mustResource(name).apiVersionHistory;

describe('GET /ask: version and deprecation questions', () => {
  it('answers what replaced PodSecurityPolicy with what took over and its apiVersion history', async () => {
    const body = await ask('what replaced PodSecurityPolicy');
    const psp = seeded.store.snapshot.mustResource('PodSecurityPolicy');
    expect(body.versions.resource).toBe('PodSecurityPolicy');
    expect(body.versions.supersededBy).toBe(psp.supersededBy);
    const successor = seeded.store.snapshot.mustResource(psp.supersededBy ?? '');
    expect(body.answer).toContain(successor.text.en.name);
    for (const entry of psp.apiVersionHistory) {
      expect(body.answer).toContain(entry.apiVersion);
      if (entry.removedIn) expect(body.answer).toContain(`removed ${entry.removedIn}`);
    }
    expect(body.citations.map((c: { resource: string }) => c.resource)).toEqual(expect.arrayContaining(['PodSecurityPolicy', successor.name]));
  });

  it('says an asked apiVersion is no longer served, since when, and what to move to', async () => {
    const body = await ask('is extensions/v1beta1 Ingress still served');
    const entry = history('Ingress').find((v) => v.apiVersion === 'extensions/v1beta1');
    expect(entry?.removedIn).toBeTruthy();
    expect(body.versions).toMatchObject({ resource: 'Ingress', askedServed: false, asked: { apiVersion: 'extensions/v1beta1', removedIn: entry?.removedIn } });
    expect(body.versions.askedReplacement).toBe(entry?.replacement);
    expect(body.answer).toContain(`not served in Kubernetes ${body.versions.release} (removed in ${entry?.removedIn})`);
    expect(body.answer).toContain(`Move to \`${entry?.replacement}\``);
  });

  it('answers when CronJob batch/v1beta1 was removed', async () => {
    const body = await ask('CronJob batch/v1beta1 removed when');
    const entry = history('CronJob').find((v) => v.apiVersion === 'batch/v1beta1');
    expect(body.versions.asked.removedIn).toBe(entry?.removedIn);
    expect(body.answer).toContain(`removed in ${entry?.removedIn}`);
  });

  it('answers a Japanese version question in Japanese only', async () => {
    const body = await ask('PodSecurityPolicyの後継は?');
    expect(body.lang).toBe('ja');
    expect(body.versions.resource).toBe('PodSecurityPolicy');
    expect(body.answer).toContain('後継');
    for (const entry of history('PodSecurityPolicy')) {
      if (entry.text) expect(body.answer).toContain(entry.text.ja.note);
      if (entry.text && entry.text.en.note !== entry.text.ja.note) expect(body.answer).not.toContain(entry.text.en.note);
    }
    expect(body.answer).not.toMatch(/deprecated|removed|Replaced by/);
  });

  it('does not read tasks about new versions or migrations as version questions', async () => {
    expect((await ask('サービスを止めずに新しいバージョンへ更新したい')).versions).toBeNull();
    expect((await ask('IngressからGateway APIへ移行したい')).versions).toBeNull();
    expect((await ask('roll out a new version without downtime')).versions).toBeNull();
  });

  it('ranks the kind whose deprecation is asked about first, on /ask and /search alike, though another kind’s task speaks of moving off it', async () => {
    const q = 'is the Endpoints API deprecated?';
    const body = await ask(q);
    expect(body.versions.resource).toBe('Endpoints');
    expect(body.matches[0].name).toBe('Endpoints');
    const hits = (await request(seeded.app).get('/search').query({ q }).expect(200)).body.results;
    expect(hits[0].name).toBe('Endpoints');
  });

  it('reads a bare apiVersion as the named kind’s group at that version, and ranks that kind first', async () => {
    const body = await ask('which apiVersion do I write for a Gateway, v1beta1 or v1?');
    const entry = history('Gateway').find((v) => v.apiVersion.endsWith('/v1beta1'));
    expect(entry).toBeDefined();
    expect(body.matches[0].name).toBe('Gateway');
    expect(body.versions).toMatchObject({ resource: 'Gateway', asked: { apiVersion: entry?.apiVersion } });
    expect(body.answer).toContain(entry?.apiVersion);
    // Weighing two apiVersions of one kind ("どっち") asks its history: no comparison, and not the apiVersion field.
    const ja = await ask('GatewayのapiVersionはv1beta1とv1のどっちを書けばいい?');
    expect(ja).toMatchObject({ comparison: null, field: null, versions: { resource: 'Gateway', asked: { apiVersion: entry?.apiVersion } } });
  });

  it('says an add-on kind’s apiVersion is served when its current CRDs serve it, not when no Kubernetes release removed it', async () => {
    const served = seeded.store.snapshot.mustResource('HTTPRoute').kubernetes?.servedVersions ?? [];
    const gone = history('HTTPRoute').find((v) => !served.includes(v.apiVersion));
    expect(gone?.removedIn).toBeNull();
    const body = await ask(`is ${gone?.apiVersion} HTTPRoute still served`);
    expect(body.versions).toMatchObject({ resource: 'HTTPRoute', askedServed: false, asked: { apiVersion: gone?.apiVersion } });
    expect(body.answer).toContain('no longer served by its add-on');
    for (const entry of history('HTTPRoute')) {
      const line = body.answer.split('\n').find((l: string) => l.startsWith(`- \`${entry.apiVersion}\`:`));
      expect(line, entry.apiVersion).toMatch(served.includes(entry.apiVersion) ? /: served/ : /: no longer served/);
    }
  });
});
