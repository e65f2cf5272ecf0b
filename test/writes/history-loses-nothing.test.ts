import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSeededApi } from '../rest/seeded-rest.js';
import { source, tokens, versionOf } from './write-helpers.js';

const t = useSeededApi();
let token: { write: string; admin: string };
beforeAll(async () => {
  token = await tokens(t.seeded.db);
});

/**
 * The export as bytes, without what a restore rightly changes: the knowledge revision and the
 * restored resource's `updatedAt` (the time of the restore).
 */
async function exportWithout(name: string): Promise<string> {
  const res = await request(t.seeded.app).get('/export').set('Accept-Encoding', 'identity').expect(200);
  const { revision: _revision, ...rest } = res.body as { revision: number; resources: { name: string; updatedAt?: string }[] };
  return JSON.stringify({ ...rest, resources: rest.resources.map((r) => (r.name === name ? { ...r, updatedAt: undefined } : r)) });
}

describe('a resource deleted and restored', () => {
  it('comes back with its field notes, apiVersion history and relations: the same export, byte for byte', async () => {
    const before = await exportWithout('NetworkPolicy');
    const exported = JSON.parse(before) as { resources: { name: string; fieldNotes: unknown[]; apiVersionHistory: unknown[] }[]; relations: { from: string; to: string }[] };
    const policy = exported.resources.find((r) => r.name === 'NetworkPolicy');
    // What the seed keeps outside the resource's own file, and so what a delete used to lose.
    expect(policy?.fieldNotes.length).toBeGreaterThan(0);
    expect(policy?.apiVersionHistory.length).toBeGreaterThan(0);
    expect(exported.relations.some((r) => r.from === 'NetworkPolicy' || r.to === 'NetworkPolicy')).toBe(true);

    const { etag, doc } = await source(t.seeded.app, '/resources/cluster/NetworkPolicy');
    expect((doc.fieldNotes as unknown[]).length).toBe(policy?.fieldNotes.length);
    expect((doc.apiVersions as unknown[]).length).toBe(policy?.apiVersionHistory.length);
    const deleted = await t.api.delete('/resources/cluster/NetworkPolicy').set('Authorization', `Bearer ${token.admin}`).set('If-Match', etag).expect(204);
    const gone = await exportWithout('NetworkPolicy');
    expect(gone).not.toContain('"name":"NetworkPolicy"');

    await t.api
      .post('/resources/cluster/NetworkPolicy/restore')
      .set('Authorization', `Bearer ${token.admin}`)
      .send({ revision: Number(deleted.headers['kubedex-revision']) })
      .expect(200);
    expect(await exportWithout('NetworkPolicy')).toBe(before);
  });
});

describe('field notes and apiVersions in the write document', () => {
  const patchNote = async (etag: string, notes: { path: string; note: { ja: string; en: string } }[], en: string) =>
    t.api
      .patch('/resources/workloads/Deployment')
      .set('Authorization', `Bearer ${token.write}`)
      .set('If-Match', etag)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ fieldNotes: [{ ...notes[0], note: { ja: `注記: ${en}`, en } }, ...notes.slice(1)] }))
      .expect(200);

  it('are edited like any field, recorded in the change, and restored with an earlier version', async () => {
    const first = await source(t.seeded.app, '/resources/workloads/Deployment');
    const notes = first.doc.fieldNotes as { path: string; note: { ja: string; en: string } }[];
    const fixed = await patchNote(first.etag, notes, 'A field note fixed through the API');
    const served = (await request(t.seeded.app).get('/export').expect(200)).body.resources.find((r: { name: string }) => r.name === 'Deployment');
    expect(served.fieldNotes[0].text.en.note).toBe('A field note fixed through the API');
    const revision = Number(fixed.headers['kubedex-revision']);
    const change = (await t.api.get(`/changes?since=${revision - 1}`).expect(200)).body.items[0];
    expect(change.before.fieldNotes[0].note.en).toBe(notes[0]?.note.en);
    expect(change.after.fieldNotes[0].note.en).toBe('A field note fixed through the API');

    const again = await patchNote(fixed.headers.etag as string, notes, 'A second wording');
    const restored = await t.api
      .post('/resources/workloads/Deployment/restore')
      .set('Authorization', `Bearer ${token.admin}`)
      .set('If-Match', again.headers.etag as string)
      .send({ revision })
      .expect(200);
    expect(versionOf(restored.headers.etag)).toBe(4);
    expect(restored.body.fieldNotes).toEqual(change.after.fieldNotes);
    expect(restored.body.apiVersions).toEqual(first.doc.apiVersions);
  });

  it('refuses a field path or apiVersion given twice, naming the field', async () => {
    const { etag, doc } = await source(t.seeded.app, '/resources/workloads/Job');
    const notes = doc.fieldNotes as unknown[];
    const versions = doc.apiVersions as unknown[];
    const res = await t.api
      .put('/resources/workloads/Job')
      .set('Authorization', `Bearer ${token.write}`)
      .set('If-Match', etag)
      .send({ ...doc, fieldNotes: [...notes, notes[0]], apiVersions: [...versions, versions[0]] })
      .expect(400);
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([`fieldNotes.${notes.length}.path`, `apiVersions.${versions.length}.apiVersion`]));
  });
});
