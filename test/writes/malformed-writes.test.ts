import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { GraphQLArgument } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { exportKnowledge } from '../../src/knowledge/export-knowledge.js';
import { readKnowledgeRows } from '../../src/knowledge/read-knowledge-rows.js';
import { restRoutes } from '../../src/rest/rest-routes.js';
import type { RouteDefinition } from '../../src/rest/route-definition.js';
import { seededRandom } from '../../src/seeded-random.js';
import { useSeededApi } from '../rest/seeded-rest.js';
import { listenOnLoopback } from '../support/listen-on-loopback.js';
import { familyOfMutation, familyOfPath, WRITE_FAMILIES, type Doc, type WriteFamily } from './write-families.js';
import { source, tokens } from './write-helpers.js';

const t = useSeededApi({ AUTH_FAILURE_LIMIT: '1000000' });

/** Malformed writes per run (per database). */
const COUNT = 3000;
/** Writes in flight at once (their checks still run after each one). */
const IN_FLIGHT = 4;
/** Writes between two hashes of the export (about 5 ms each). */
const EXPORT_HASH_EVERY = 50;
/** Writes between two full checks: the export over HTTP and every stored row, hashed (about 100 ms). */
const FULL_CHECK_EVERY = 500;

/** Every REST route that writes: the ones that need a token. */
const WRITE_ROUTES = restRoutes.filter((r) => r.auth !== undefined);
const MUTATIONS = Object.values(schema.getMutationType()?.getFields() ?? {});

// Stand-ins spliced into a request's text after JSON.stringify, for what a JavaScript value cannot hold.
const DEEP = '\u0001deep\u0001';
const BAD_UTF8 = '\u0001bad-utf8\u0001';
const OVERSIZED = '\u0001oversized\u0001';
const RAW: Record<string, Buffer> = {
  // Nested 5,000 deep: past the documents' depth limit wherever it lands, and past any recursive walk's comfort.
  [JSON.stringify(DEEP)]: Buffer.from(`${'{"a":['.repeat(2500)}1${']}'.repeat(2500)}`),
  // 0xff, an overlong "/", a UTF-8-encoded lone surrogate and a truncated sequence, inside a string.
  [JSON.stringify(BAD_UTF8)]: Buffer.from([0x22, 0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xe3, 0x81, 0x22]),
  // Over the 512 KiB body limit.
  [JSON.stringify(OVERSIZED)]: Buffer.from(`"${'x'.repeat(600_000)}"`),
};
const STANDIN = new RegExp(`(${Object.keys(RAW).map((k) => k.replace(/\\/g, '\\\\')).join('|')})`);

/** A value as the bytes a client sends: JSON with the stand-ins replaced. */
function bytesOf(value: unknown): Uint8Array<ArrayBuffer> {
  return concat(JSON.stringify(value).split(STANDIN).map((part) => RAW[part] ?? Buffer.from(part)));
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.concat(parts));
}

/** Never a text in every language (nor a valid value of a required object field). */
const NOT_A_TEXT: unknown[] = [
  null, 0, -1, 1e308, true, '', 'x', 'DROP TABLE "Resource"', '\u0000', '\ud800', [], [[[]]], {}, { $where: 1 },
  { ja: '', en: 'x' }, { ja: '   ', en: 'x' }, { ja: 'x' }, { ja: 'x', en: 'x', fr: 'x' }, DEEP, BAD_UTF8, 'x'.repeat(100_000),
];
/** Never a valid write document or merge patch as a whole body ({} would be a valid empty patch). */
const NOT_A_BODY: unknown[] = [null, 0, '', 'x', [], [1, 2], true, { $where: 1 }, { constructor: 'x' }, DEEP, OVERSIZED];
/** Values that stay valid in a text: noise beside a fatal defect. */
const NOISE: unknown[] = [BAD_UTF8, 'x'.repeat(50_000), '🙂'.repeat(1000), '<script>alert(1)</script>', "'; DROP TABLE \"Change\"; --", '\u200b\u202e'];

type Random = () => number;

/** Freezes a value and everything it holds, so that any write into it throws (and answers 500). */
function deepFreeze(value: unknown): void {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    stack.push(...Object.values(v));
  }
}

/** The sample record of a family as the run starts: its write document and version. */
interface Sample {
  doc: Doc;
  etag: string;
  version: number;
}

/** The defects of one write: each is enough on its own for the write to be refused. */
type Fatal = 'auth' | 'version' | 'address' | 'raw' | 'document';

/** Ways to break a write document, each as the whole document (PUT, POST) and as a merge patch (PATCH). */
function brokenDocument(random: Random, family: WriteFamily, doc: Doc): { whole: unknown; patch: unknown } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const text = pick(family.texts);
  switch (Math.floor(random() * 7)) {
    case 0: {
      // An unknown field, whatever its value (null would merely be a no-op in a patch).
      const key = pick(['unknown', 'Slug', 'constructor', '$where', 'x'.repeat(1000), '']);
      const value = pick(NOT_A_TEXT.filter((v) => v !== null));
      return { whole: { ...doc, [key]: value }, patch: { [key]: value } };
    }
    case 1: {
      const value = pick(NOT_A_TEXT);
      // As a patch, {} and { ja: 'x' } merge into the text and leave it valid.
      const patch = pick(NOT_A_TEXT.filter((v) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).every((k) => k === 'ja') && Object.values(v).every((x) => x === 'x'))));
      return { whole: { ...doc, [text]: value }, patch: { [text]: patch } };
    }
    case 2: {
      const field = pick(family.required);
      const { [field]: _gone, ...rest } = doc;
      return { whole: rest, patch: { [field]: null } };
    }
    case 3: {
      const clashing = pick(family.clashes)(structuredClone(doc));
      return { whole: clashing, patch: clashing };
    }
    case 4: {
      // A string no database stores as sent, deep inside a text.
      const bad = pick(['a\u0000b', 'a\ud800b', 'a\udfffb']);
      const current = doc[text] as Doc;
      const en = family.base === '/resources' ? { ...(current.en as Doc), summary: bad } : bad;
      return { whole: { ...doc, [text]: { ...current, en } }, patch: { [text]: { en: family.base === '/resources' ? { summary: bad } : bad } } };
    }
    case 5:
      return { whole: { ...doc, [text]: DEEP }, patch: { [text]: DEEP } };
    default: {
      const body = pick(NOT_A_BODY);
      return { whole: body, patch: body };
    }
  }
}

/** Noise on a valid document or patch (never on a broken one, where it could mend the defect): text that stays valid. */
function withNoise(random: Random, family: WriteFamily, value: unknown): unknown {
  if (random() < 0.6 || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const noise = NOISE[Math.floor(random() * NOISE.length)];
  const text = family.texts[0] as string;
  const current = (value as Doc)[text];
  if (typeof current !== 'object' || current === null) return value;
  return { ...value, [text]: { ...current, ja: family.base === '/resources' ? { ...((current as Doc).ja as Doc), summary: noise } : noise } };
}

interface WriteRequest {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
}

/** Authorization headers that never authenticate. */
const BAD_AUTH = ['', 'Bearer', 'Bearer kdx_nope', 'Basic YTpi', `Bearer ${'x'.repeat(5000)}`, 'bearer  ', 'Bearer kdx_\u00e9', 'Token abc'];
/** If-Match headers that never name the current version (missing, blind, stale, foreign or garbage). */
const BAD_IF_MATCH = [undefined, '', '*', '"v999"', '"v0"', 'W/"v999"', '"v99999999999"', 'garbage', '"v1", "v2"', '"v-1"', `"${'9'.repeat(2000)}"`];
/** Addresses nothing holds: unknown names, bad percent-encoding, NUL, absurd lengths. */
const BAD_SEGMENT = ['NoSuchThing', 'no-such-thing', '%FF', '%C0%AF', '%00', '%E3%81', 'x'.repeat(3000), '..', '%2F', '🙂'];

/** One malformed request to a REST write route, with at least one defect that refuses it. */
function restWrite(random: Random, route: RouteDefinition, ctx: { family: WriteFamily; sample: Sample; token: { write: string; admin: string } }): WriteRequest {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const { family, sample } = ctx;
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const hasVersion = route.method !== 'post' || params.length > 0;
  const applicable: Fatal[] = ['auth', ...(hasVersion ? (['version'] as const) : []), ...(params.length > 0 ? (['address'] as const) : []), ...(route.body ? (['raw', 'document'] as const) : [])];
  const fatal = new Set<Fatal>([pick(applicable)]);
  while (random() < 0.3) fatal.add(pick(applicable));

  // The record's own name, the last segment (a wrong category in front of a right name may still find it).
  const badParam = fatal.has('address') ? params.at(-1) : undefined;
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === badParam ? pick(BAD_SEGMENT) : encodeURIComponent(family.address[name] as string)));
  const headers: Record<string, string> = {};
  const auth = fatal.has('auth') ? pick([...BAD_AUTH, ...(route.auth === 'admin' ? [`Bearer ${ctx.token.write}`] : [])]) : `Bearer ${route.auth === 'admin' || random() < 0.5 ? ctx.token.admin : ctx.token.write}`;
  if (auth !== '') headers.authorization = auth;
  const ifMatch = fatal.has('version') ? pick(BAD_IF_MATCH) : pick([sample.etag, sample.etag.replace(/"$/, '-gzip"')]);
  if (ifMatch !== undefined) headers['if-match'] = ifMatch;
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (route.body) {
    headers['content-type'] = route.body.types[0] as string;
    const restore = route.path.endsWith('/restore');
    if (restore) {
      body = bytesOf(fatal.has('document') ? pick<unknown>([{ revision: 0 }, { revision: -1 }, { revision: 1.5 }, { revision: '1' }, { revision: null }, { revision: 1, extra: 1 }, ...NOT_A_BODY]) : { revision: 999_999 });
    } else {
      const broken = fatal.has('document') ? brokenDocument(random, family, sample.doc) : undefined;
      const valid = route.method === 'patch' ? family.validPatch : sample.doc;
      body = bytesOf(broken ? (route.method === 'patch' ? broken.patch : broken.whole) : withNoise(random, family, valid));
    }
    if (fatal.has('raw')) {
      switch (Math.floor(random() * 6)) {
        case 0: body = body.slice(0, Math.max(1, Math.floor(body.length * random()))); break; // cut short
        case 1: body = concat([Buffer.from('{"a":'), Buffer.from([0xff, 0xfe]), Buffer.from('}')]); break; // bad UTF-8 outside any string
        case 2: headers['content-type'] = pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1']); break;
        case 3: delete headers['content-type']; break;
        case 4: headers['content-encoding'] = pick(['gzip', 'br', 'deflate', 'x-unknown']); break; // a body that is not what it says
        default: body = bytesOf({ body: OVERSIZED });
      }
    }
  }
  return { label: `${route.method.toUpperCase()} ${route.path}`, method: route.method.toUpperCase(), path, headers, body };
}

/** The GraphQL type of an argument as a variable declares it. */
const typeOf = (arg: GraphQLArgument) => String(arg.type);

/** One malformed GraphQL mutation, with at least one defect that refuses it. */
function graphqlWrite(random: Random, mutation: (typeof MUTATIONS)[number], ctx: { family: WriteFamily; sample: Sample; token: { write: string; admin: string } }): WriteRequest {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const { family, sample } = ctx;
  const names = mutation.args.map((a) => a.name);
  const addressed = names.some((n) => n in family.address);
  const applicable: Fatal[] = ['auth', 'raw', ...(names.includes('expectedVersion') ? (['version'] as const) : []), ...(addressed ? (['address'] as const) : []), ...(names.some((n) => n === 'document' || n === 'patch' || n === 'revision') ? (['document'] as const) : [])];
  const fatal = new Set<Fatal>([pick(applicable)]);
  while (random() < 0.3) fatal.add(pick(applicable));

  const badArg = fatal.has('address') ? pick(names.filter((n) => n in family.address)) : undefined;
  const broken = brokenDocument(random, family, sample.doc);
  const variables: Record<string, unknown> = {};
  for (const name of names) {
    if (name in family.address) variables[name] = name === badArg ? pick(['NoSuchThing', '', 'x'.repeat(3000), BAD_UTF8, '\u0000', 'workloads/../Pod']) : family.address[name];
    else if (name === 'document') variables[name] = fatal.has('document') ? broken.whole : withNoise(random, family, sample.doc);
    else if (name === 'patch') variables[name] = fatal.has('document') ? broken.patch : withNoise(random, family, family.validPatch);
    else if (name === 'expectedVersion') variables[name] = fatal.has('version') ? pick([undefined, 999, 0, -1, sample.version + 1]) : sample.version;
    else if (name === 'revision') variables[name] = fatal.has('document') ? pick([0, -1, 2 ** 31 - 1]) : 999_999;
  }
  const declared = mutation.args.map((a) => `$${a.name}: ${typeOf(a)}`).join(', ');
  const passed = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  let query = `mutation Fuzz(${declared}) { ${mutation.name}(${passed}) { __typename } }`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const auth = fatal.has('auth') ? pick(BAD_AUTH) : `Bearer ${ctx.token.admin}`;
  if (auth !== '') headers.authorization = auth;
  let body = bytesOf({ query, variables, operationName: 'Fuzz' });
  if (fatal.has('raw')) {
    switch (Math.floor(random() * 8)) {
      case 0: query = query.slice(0, Math.floor(query.length * random())); break; // a syntax error
      case 1: query = query.replace('__typename', 'noSuchField'); break;
      case 2: query = query.replace(`${mutation.name}(`, `${mutation.name}(noSuchArg: 1, `); break;
      case 3: query = query.replace(/\$(\w+): [\w!]+/, '$$$1: Boolean'); break; // a variable of the wrong type
      case 4: variables[names[0] as string] = pick<unknown>([{ nested: DEEP }, [1, 2], true, 1e308]); break;
      case 5: query = `${query} ${query}`; break; // two operations of one name
      case 6: headers['content-type'] = pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']); break;
      default: query = query.replace(`${mutation.name}(`, `${'a: __typename '.repeat(2000)} ${mutation.name}(`); // thousands of aliases
    }
    body = random() < 0.15 ? concat([Buffer.from('{"query":"'), Buffer.from([0xff, 0xfe]), Buffer.from('}')]) : bytesOf({ query, variables, operationName: 'Fuzz' });
  }
  return { label: `mutation ${mutation.name}`, method: 'POST', path: '/graphql', headers, body };
}

describe('malformed writes', () => {
  let server: Server;
  let origin: string;
  let token: { write: string; admin: string };
  const samples = new Map<WriteFamily, Sample>();
  beforeAll(async () => {
    ({ server, origin } = await listenOnLoopback(t.seeded.app));
    token = await tokens(t.seeded.db);
    for (const family of WRITE_FAMILIES) {
      const { doc, etag } = await source(t.seeded.app, family.item);
      samples.set(family, { doc, etag, version: Number(/\d+/.exec(etag)?.[0]) });
    }
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('knows every write route and every mutation: a new one is fuzzed, or named here', () => {
    const unknownRoutes = WRITE_ROUTES.filter((r) => {
      const family = familyOfPath(r.path);
      return !family || [...r.path.matchAll(/\{(\w+)\}/g)].some((m) => !((m[1] as string) in family.address));
    });
    expect(unknownRoutes.map((r) => `${r.method.toUpperCase()} ${r.path}`)).toEqual([]);
    const known = ['document', 'patch', 'expectedVersion', 'revision'];
    const unknownMutations = MUTATIONS.filter((m) => {
      const family = familyOfMutation(m.name);
      return !family || m.args.some((a) => !known.includes(a.name) && !(a.name in family.address));
    });
    expect(unknownMutations.map((m) => m.name)).toEqual([]);
    // Every route that takes a body without a token only reads (POST /check).
    expect(restRoutes.filter((r) => r.method !== 'get' && r.auth === undefined).map((r) => r.path)).toEqual(['/check']);
    expect(WRITE_ROUTES.length).toBeGreaterThanOrEqual(23);
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(23);
  });

  it(`${COUNT} malformed writes over every write route and mutation, over HTTP: no 5xx, and the export byte-identical after each`, async () => {
    const random = seededRandom(13);
    const db = t.seeded.db;
    const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
    const exportOverHttp = async () => sha(Buffer.from(await (await fetch(`${origin}/export`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()));
    const storedRows = async () => sha(JSON.stringify([await readKnowledgeRows(db), await db.change.count()]));
    const snapshot = t.seeded.store.snapshot;
    // The export is built from these alone: frozen, no write can change them in place without a TypeError (a 500).
    deepFreeze([snapshot.categories, snapshot.resources, snapshot.relations, snapshot.comparisons, snapshot.corrections]);
    const exported = sha(JSON.stringify(exportKnowledge(snapshot)));
    const revision = (await db.knowledgeRevision.findFirst())?.revision;
    const [httpBefore, rowsBefore] = [await exportOverHttp(), await storedRows()];

    const targets = [
      ...WRITE_ROUTES.map((route) => () => restWrite(random, route, { family: familyOfPath(route.path) as WriteFamily, sample: samples.get(familyOfPath(route.path) as WriteFamily) as Sample, token })),
      ...MUTATIONS.map((m) => () => graphqlWrite(random, m, { family: familyOfMutation(m.name) as WriteFamily, sample: samples.get(familyOfMutation(m.name) as WriteFamily) as Sample, token })),
    ];
    const writes = Array.from({ length: COUNT }, () => (targets[Math.floor(random() * targets.length)] as () => WriteRequest)());
    const sent = new Map<string, number>();
    const statuses = new Map<number, number>();
    let [requestMs, checkMs, done] = [0, 0, 0];

    /** Sends one write and checks, once it is answered, that it was refused and left no trace. */
    const fuzz = async (write: WriteRequest, i: number) => {
      const sending = performance.now();
      const res = await fetch(`${origin}${write.path}`, { method: write.method, headers: write.headers, body: write.body });
      const text = await res.text();
      const checking = performance.now();
      requestMs += checking - sending;
      const sentBody = Buffer.from(write.body ?? []).toString('utf8');
      const what = `#${i} ${write.label} ${JSON.stringify(write.headers).slice(0, 200)} ${sentBody.length > 1500 ? `${sentBody.slice(0, 1000)}…(${sentBody.length})` : sentBody} → ${res.status} ${text.slice(0, 300)}`;
      expect(res.status, what).toBeLessThan(500);
      if (write.path === '/graphql' && res.status < 400) {
        const answer = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
        expect(answer.errors ?? [], what).not.toHaveLength(0);
        expect(Object.values(answer.data ?? {}).filter((v) => v !== null), what).toEqual([]);
      } else expect(res.status, what).toBeGreaterThanOrEqual(400);
      sent.set(write.label, (sent.get(write.label) ?? 0) + 1);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      // After every write: none committed (the revision has not moved) and the same frozen snapshot is served,
      // so its export is the same; the export's hash is compared every few writes, every stored row now and then.
      expect((await db.knowledgeRevision.findFirst())?.revision, what).toBe(revision);
      expect(t.seeded.store.snapshot === snapshot, what).toBe(true);
      done++;
      if (done % EXPORT_HASH_EVERY === 0) expect(sha(JSON.stringify(exportKnowledge(t.seeded.store.snapshot))), what).toBe(exported);
      if (done % FULL_CHECK_EVERY === 0) {
        expect(await exportOverHttp(), what).toBe(httpBefore);
        expect(await storedRows(), what).toBe(rowsBefore);
      }
      checkMs += performance.now() - checking;
    };
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < writes.length) {
          const i = next++;
          await fuzz(writes[i] as WriteRequest, i + 1);
        }
      }),
    );
    expect(await exportOverHttp()).toBe(httpBefore);
    expect(await storedRows()).toBe(rowsBefore);
    expect(sha(JSON.stringify(exportKnowledge(t.seeded.store.snapshot)))).toBe(exported);
    const elapsed = performance.now() - started;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    // Every route and mutation was fuzzed many times over.
    for (const label of [...WRITE_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`), ...MUTATIONS.map((m) => `mutation ${m.name}`)]) expect(sent.get(label) ?? 0, label).toBeGreaterThanOrEqual(20);
    console.info(`${COUNT} malformed writes over ${targets.length} routes and mutations in ${Math.round(elapsed)} ms (${Math.round(requestMs)} ms answering summed over ${IN_FLIGHT} in flight, ${Math.round(checkMs)} ms checking); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  }, 120_000);
});
