import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeRows } from '../../src/knowledge/read-knowledge-rows.js';
import { seededRandom } from '../../src/seeded-random.js';
import { useSeededApi } from '../rest/seeded-rest.js';
import { graphql } from '../graphql/graphql-request.js';
import { exportBytes, source, tokens } from './write-helpers.js';

const t = useSeededApi({ AUTH_FAILURE_LIMIT: '100000' });
let token: { write: string; admin: string };
let valid: Record<string, unknown>;
beforeAll(async () => {
  token = await tokens(t.seeded.db);
  valid = (await source(t.seeded.app, '/resources/workloads/Pod')).doc;
});

const COUNT = 400;
/** Fields of a resource document that may be empty or left out: no junk is sure to break them. */
const OPTIONAL_LISTS = ['alsoListedIn', 'tasks', 'aliases', 'facts', 'fieldNotes', 'apiVersions'];
const BUDGET_MS = 120_000;

/** The stored state, byte for byte: every row of the knowledge (versions and timestamps included) and the change log. */
async function storedState(): Promise<string> {
  const rows = await readKnowledgeRows(t.seeded.db);
  const changes = await t.seeded.db.change.count();
  return JSON.stringify([rows, changes]);
}

// JSON nested 5,000 deep, spliced into a body as text (building it as a value would overflow the test's own stack).
const DEEP = '__DEEP__';
const DEEP_JSON = `${'{"a":['.repeat(2500)}1${']}'.repeat(2500)}`;

describe('malformed writes', () => {
  it(`${COUNT} random malformed writes over REST and GraphQL: no 5xx, and nothing stored changes`, async () => {
    const random = seededRandom(13);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const junk = () => pick<unknown>([null, 0, -1, 1e308, true, '', 'x'.repeat(200_000), '\u0000', '\ud800', [], {}, [[[]]], { $where: 1 }, DEEP, 'DROP TABLE "Resource"']);
    const fields = Object.keys(valid);
    const mutate = (): unknown => {
      const doc: Record<string, unknown> = structuredClone(valid);
      switch (Math.floor(random() * 6)) {
        case 0: doc[pick(fields.filter((f) => !OPTIONAL_LISTS.includes(f)))] = junk(); break; // wrong type ([] fits an optional list)
        case 1: doc[`unknown${Math.floor(random() * 9)}`] = junk(); break; // unknown field
        case 2: delete doc[pick(fields.filter((f) => !['status', 'distribution', ...OPTIONAL_LISTS].includes(f)))]; break;
        case 3: doc.text = { ja: junk(), en: { name: 'x' } }; break;
        case 4: doc.aliases = [{ name: pick(['deploy', 'ds', 'svc', 'po']), kind: 'other' }]; break; // taken by another resource
        default: return junk();
      }
      return doc;
    };
    const version = (await source(t.seeded.app, '/resources/workloads/Pod')).etag;
    const auth = () => pick([`Bearer ${token.admin}`, `Bearer ${token.admin}`, `Bearer ${token.admin}`, `Bearer ${token.admin}`, `Bearer ${token.write}`, 'Bearer kdx_nope', 'Basic YTpi', `Bearer ${'x'.repeat(5000)}`, '']);
    const ifMatch = () => pick([version, version, version, '"v999"', '*', 'garbage', '']);
    const sendRaw = (req: request.Test, type: string, body: unknown) => {
      const raw = random() < 0.1 ? Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) : random() < 0.1 ? '{"unterminated": ' : JSON.stringify(body).replaceAll(`"${DEEP}"`, DEEP_JSON);
      return req.set('Content-Type', type).send(raw as string);
    };
    const requests = [
      () => sendRaw(request(t.seeded.app).put('/resources/workloads/Pod').set('Authorization', auth()).set('If-Match', ifMatch()), 'application/json', mutate()),
      () => sendRaw(request(t.seeded.app).patch('/resources/workloads/Pod').set('Authorization', auth()).set('If-Match', ifMatch()), 'application/merge-patch+json', pick([mutate(), { text: junk() }, { kubernetes: { shortNames: junk() } }, junk()])),
      () => sendRaw(request(t.seeded.app).post('/resources').set('Authorization', auth()), 'application/json', mutate()),
      () => request(t.seeded.app).delete(`/resources/workloads/${pick(['Pod', 'Deployment', 'Service'])}`).set('Authorization', auth()).set('If-Match', pick(['"v999"', '*', 'nonsense', ''])),
      () => sendRaw(request(t.seeded.app).post('/resources/workloads/Pod/restore').set('Authorization', auth()).set('If-Match', ifMatch()), 'application/json', pick([{ revision: junk() }, { revision: 999_999 }, junk()])),
    ];
    const before = await storedState();
    const exportBefore = await exportBytes(t.seeded.app);
    const started = Date.now();
    const statuses = new Map<number, number>();
    let sent = 0;
    for (; sent < COUNT && Date.now() - started < BUDGET_MS; sent++) {
      if (random() < 0.15) {
        const answer = await graphql(t.seeded.app, 'mutation M($d: JSON!, $v: Int!) { updateResource(name: "Pod", document: $d, expectedVersion: $v) { version } }', {
          variables: { d: mutate(), v: pick([1, 999, -1]) },
          headers: { authorization: auth() },
        });
        expect(answer.status, JSON.stringify(answer.errors)).toBeLessThan(500);
        expect(answer.data?.updateResource ?? null).toBeNull();
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      } else {
        const res = await pick(requests)();
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
        expect(res.status).toBeGreaterThanOrEqual(400);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
      // Checked after every write: a rejected write must leave no trace.
      if (sent % 10 === 0) expect(await storedState()).toBe(before);
    }
    expect(sent).toBeGreaterThanOrEqual(Math.min(COUNT, 100));
    expect(await storedState()).toBe(before);
    expect(await exportBytes(t.seeded.app)).toBe(exportBefore);
    console.info(`${sent} malformed writes in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 180_000);

  it(`${COUNT} random malformed writes of comparisons, categories, corrections and relations: no 5xx, the export byte-identical after each`, async () => {
    const random = seededRandom(1313);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    // None of these is a text in every language, a list of names or a slug: each fails wherever it lands.
    const junk = () => pick<unknown>([null, 0, -1, 1e308, true, '', '\u0000', '\ud800', 'x'.repeat(200_000), [[[]]], { $where: 1 }, DEEP, 'DROP TABLE "Comparison"']);
    const targets = [
      { base: '/comparisons', slug: 'job-vs-cronjob', text: 'title', names: (d: Record<string, unknown>) => ({ ...d, resources: [...(d.resources as string[]), 'NoSuchKind'] }) },
      { base: '/categories', slug: 'workloads', text: 'description', names: (d: Record<string, unknown>) => ({ ...d, aliases: ['deploy', 'config-storage'] }) },
      { base: '/corrections', slug: 'daemonset-typo', text: 'reason', names: (d: Record<string, unknown>) => ({ ...d, resource: 'NoSuchKind' }) },
    ];
    const sources = await Promise.all(targets.map((x) => source(t.seeded.app, `${x.base}/${x.slug}`)));
    const relation = await source(t.seeded.app, '/relations/Deployment/parent_of/ReplicaSet');
    // Always invalid: an unknown field, junk in place of a text, a required field missing, a name nobody owns, or junk for the whole body.
    const broken = (i: number): unknown => {
      const target = targets[i] as (typeof targets)[number];
      const doc: Record<string, unknown> = structuredClone((sources[i] as { doc: Record<string, unknown> }).doc);
      switch (Math.floor(random() * 5)) {
        case 0: doc[`unknown${Math.floor(random() * 9)}`] = junk(); return doc;
        case 1: doc[target.text] = junk(); return doc;
        case 2: delete doc[pick(['slug', target.text])]; return doc;
        case 3: return target.names(doc);
        default: return junk();
      }
    };
    const auth = () => pick([`Bearer ${token.admin}`, `Bearer ${token.admin}`, `Bearer ${token.admin}`, `Bearer ${token.write}`, 'Bearer kdx_nope', `Bearer ${'x'.repeat(5000)}`, '']);
    const ifMatch = (i: number) => pick([(sources[i] as { etag: string }).etag, (sources[i] as { etag: string }).etag, '"v999"', '*', 'garbage', '']);
    const sendRaw = (req: request.Test, type: string, body: unknown) => {
      const raw = random() < 0.1 ? Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) : random() < 0.1 ? '{"unterminated": ' : JSON.stringify(body).replaceAll(`"${DEEP}"`, DEEP_JSON);
      return req.set('Content-Type', type).send(raw as string);
    };
    const at = (i: number) => `${(targets[i] as { base: string }).base}/${(targets[i] as { slug: string }).slug}`;
    const requests = [
      (i: number) => sendRaw(request(t.seeded.app).put(at(i)).set('Authorization', auth()).set('If-Match', ifMatch(i)), 'application/json', broken(i)),
      (i: number) => sendRaw(request(t.seeded.app).patch(at(i)).set('Authorization', auth()).set('If-Match', ifMatch(i)), 'application/merge-patch+json', pick([broken(i), { [(targets[i] as { text: string }).text]: junk() }, junk()])),
      (i: number) => sendRaw(request(t.seeded.app).post((targets[i] as { base: string }).base).set('Authorization', auth()), 'application/json', broken(i)),
      (i: number) => request(t.seeded.app).delete(at(i)).set('Authorization', auth()).set('If-Match', pick(['"v999"', '*', 'nonsense', ''])),
      (i: number) => sendRaw(request(t.seeded.app).post(`${at(i)}/restore`).set('Authorization', auth()).set('If-Match', ifMatch(i)), 'application/json', pick([{ revision: junk() }, { revision: 999_999 }, junk()])),
      () => sendRaw(request(t.seeded.app).put('/relations/Deployment/parent_of/ReplicaSet').set('Authorization', auth()).set('If-Match', pick([relation.etag, '"v999"', ''])), 'application/json', pick([{ ...relation.doc, note: junk() }, { ...relation.doc, to: 'Pod' }, junk()])),
      () => sendRaw(request(t.seeded.app).post('/relations').set('Authorization', auth()), 'application/json', pick([{ ...relation.doc, to: 'NoSuchKind' }, { ...relation.doc, kind: 'variant_of' }, relation.doc, junk()])),
    ];
    const before = await storedState();
    const exportBefore = await exportBytes(t.seeded.app);
    const started = Date.now();
    const statuses = new Map<number, number>();
    let sent = 0;
    for (; sent < COUNT && Date.now() - started < BUDGET_MS; sent++) {
      const i = Math.floor(random() * targets.length);
      if (random() < 0.15) {
        const name = pick(['patchComparison', 'patchCategory', 'patchCorrection']);
        const slug = (targets[['patchComparison', 'patchCategory', 'patchCorrection'].indexOf(name)] as { slug: string }).slug;
        const answer = await graphql(t.seeded.app, `mutation M($p: JSON!, $v: Int!) { ${name}(slug: "${slug}", patch: $p, expectedVersion: $v) { version } }`, {
          variables: { p: pick([{ unknownField: 1 }, { slug: 'renamed' }, junk()]), v: pick([1, 999, -1]) },
          headers: { authorization: auth() },
        });
        expect(answer.status, JSON.stringify(answer.errors)).toBeLessThan(500);
        expect(answer.errors?.length).toBeGreaterThan(0);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      } else {
        const res = await pick(requests)(i);
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
        expect(res.status).toBeGreaterThanOrEqual(400);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
      expect(await exportBytes(t.seeded.app)).toBe(exportBefore);
      if (sent % 10 === 0) expect(await storedState()).toBe(before);
    }
    expect(sent).toBeGreaterThanOrEqual(Math.min(COUNT, 100));
    expect(await storedState()).toBe(before);
    console.info(`${sent} malformed record writes in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 180_000);
});
