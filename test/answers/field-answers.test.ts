import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp();
});
afterAll(() => seeded.close());

const ask = async (q: string) => (await request(seeded.app).get('/ask').query({ q }).expect(200)).body;
const noteOf = (resource: string, path: string) => seeded.store.snapshot.mustResource(resource).fieldNotes.find((n) => n.path === path);

describe('GET /ask: field questions', () => {
  it('answers a Japanese question naming a resource and its field with the field, its default and kubedex\'s note, in Japanese', async () => {
    const body = await ask('JobのbackoffLimitの既定値は?');
    expect(body.lang).toBe('ja');
    expect(body.field).toMatchObject({ resource: 'Job', kind: 'Job', path: 'spec.backoffLimit', type: '<integer>' });
    const note = noteOf('Job', 'spec.backoffLimit');
    expect(note).toBeDefined();
    expect(body.field.note).toBe(note?.text.ja.note);
    expect(body.field.default).toBeTruthy();
    expect(note?.text.ja.note).toContain(body.field.default);
    expect(body.answer).toContain('spec.backoffLimit');
    expect(body.answer).toContain(`既定値: ${body.field.default}`);
    expect(body.answer).toContain(note?.text.ja.note);
    // Japanese only: neither kubedex's English note nor the upstream English text.
    expect(body.answer).not.toContain(note?.text.en.note);
    expect(body.answer).not.toContain(body.field.description.slice(0, 40));
    expect(body.field.sources.description).toMatchObject({ by: 'upstream', lang: 'en' });
  });

  it('links the field to its page of the field reference, which answers', async () => {
    const body = await ask('JobのbackoffLimitの既定値は?');
    const url = new URL(body.field.url);
    expect(url.pathname).toBe('/resources/workloads/Job/fields/spec.backoffLimit');
    expect(body.answer).toContain(body.field.url);
    const page = await request(seeded.app).get(url.pathname).expect(200);
    expect(page.body.field.path).toBe('spec.backoffLimit');
  });

  it('finds a dotted field path of the best match when the question names no resource', async () => {
    const body = await ask('what is spec.backoffLimit');
    expect(body.field).toMatchObject({ resource: 'Job', path: 'spec.backoffLimit' });
    expect(body.answer).toMatch(/Default: \d+/);
    expect(body.answer).toContain(body.field.description.split('.')[0]);
  });

  it('answers "what does maxSurge mean" with a maxSurge field kubedex has a note on, and its default', async () => {
    const body = await ask('what does maxSurge mean');
    expect(body.lang).toBe('en');
    expect(body.field.path).toMatch(/\.maxSurge$/);
    const note = noteOf(body.field.resource, body.field.path);
    expect(note?.text.en.note).toContain(`Defaults to ${body.field.default}`);
    expect(body.answer).toContain(`Default: ${body.field.default}`);
    expect(body.answer).toContain(body.field.path);
    expect(body.citations.map((c: { resource: string }) => c.resource)).toContain(body.field.resource);
  });

  it('answers a comparison of one field\'s values with the field, its values and its default', async () => {
    const body = await ask('what is the difference between OrderedReady and Parallel in a StatefulSet podManagementPolicy');
    expect(body.comparison).toBeNull();
    expect(body.field).toMatchObject({ resource: 'StatefulSet', path: 'spec.podManagementPolicy' });
    for (const value of body.field.enum) expect(body.answer).toContain(`\`${value}\``);
    const note = noteOf('StatefulSet', 'spec.podManagementPolicy');
    expect(note?.text.en.note).toContain(`${body.field.default} (default)`);
    expect(body.answer).toContain(`Default: ${body.field.default}`);
  });

  it('reads a field written in camelCase even when it spells a resource name (nodePort of NodePort)', async () => {
    const body = await ask('NodePortのnodePortに指定できる範囲は?');
    expect(body.field).toMatchObject({ resource: 'NodePort', kind: 'Service', path: 'spec.ports.nodePort' });
    expect((await ask('what is a NodePort')).field).toBeNull();
  });

  it('gives no field for a question that names none', async () => {
    expect((await ask('毎晩決まった時刻にバッチ処理を実行したい')).field).toBeNull();
    expect((await ask('run one pod on every node')).field).toBeNull();
  });

  it('reads "type", "data" or "name" beside a kind it names as that kind’s own field, never a field deep inside it', async () => {
    expect((await ask('Secretのtypeには何を指定できますか')).field).toMatchObject({ resource: 'Secret', path: 'type' });
    expect((await ask('what can I put in a ConfigMap data')).field).toMatchObject({ resource: 'ConfigMap', path: 'data' });
    expect((await ask('Serviceのtypeの一覧')).field).toMatchObject({ kind: 'Service', path: 'spec.type' });
    // Pod's fields named type lie deep (spec.securityContext.seccompProfile.type): none is "Pod's type".
    expect((await ask('Podのtypeは?')).field?.path ?? null).toBeNull();
  });
});
