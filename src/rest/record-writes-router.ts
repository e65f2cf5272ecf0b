import { z } from 'zod';
import { listChanges } from '../history/list-changes.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { CategorySeed, ComparisonSeed, CorrectionSeed } from '../seed/seed-files.js';
import { categoryRecord } from '../writes/category-record.js';
import { comparisonRecord } from '../writes/comparison-record.js';
import { correctionRecord } from '../writes/correction-record.js';
import type { RecordKind } from '../writes/record-kind.js';
import { createRecord, deleteRecord, patchRecord, readRecordSource, replaceRecord, restoreRecord } from '../writes/record-writes.js';
import type { WriteActor } from '../writes/write-transaction.js';
import { defineRoute } from './route-definition.js';
import { PathName } from './schemas/query-params.js';
import { problems } from './schemas/responses.js';
import { ChangePage, WriteHeaders } from './schemas/write-schemas.js';
import { expectedVersion, sendDocument } from './write-preconditions.js';

/** How one kind of record keyed by slug is exposed: its collection path, path parameter and body schema. */
interface WritableKind {
  kind: RecordKind<{ slug: string }>;
  /** Collection path, such as `/comparisons`. */
  base: string;
  /** Name of the path parameter, as the kind's read routes call it. */
  param: string;
  /** Capitalized name in operation ids (`createComparison`). */
  title: string;
  body: z.ZodType;
  example: string;
  /** The stored slug an address means (reads accept other spellings); unknown ones are taken as typed. */
  slugOf: (snapshot: KnowledgeSnapshot, typed: string) => string;
}

const byCase = (slugs: string[], typed: string) => slugs.find((s) => s.toLowerCase() === typed.toLowerCase()) ?? typed;

const kinds: WritableKind[] = [
  {
    kind: categoryRecord as unknown as RecordKind<{ slug: string }>,
    base: '/categories',
    param: 'category',
    title: 'Category',
    body: CategorySeed.meta({ id: 'CategoryDocument', description: "a category's write document: its seed entry, every language" }),
    example: 'config-storage',
    slugOf: (snapshot, typed) => snapshot.findCategory(typed)?.slug ?? typed,
  },
  {
    kind: comparisonRecord as unknown as RecordKind<{ slug: string }>,
    base: '/comparisons',
    param: 'slug',
    title: 'Comparison',
    body: ComparisonSeed.meta({ id: 'ComparisonDocument', description: "a comparison's write document: its seed file, every language" }),
    example: 'job-vs-cronjob',
    slugOf: (snapshot, typed) => byCase(snapshot.comparisons.map((c) => c.slug), typed),
  },
  {
    kind: correctionRecord as unknown as RecordKind<{ slug: string }>,
    base: '/corrections',
    param: 'slug',
    title: 'Correction',
    body: CorrectionSeed.meta({ id: 'CorrectionDocument', description: "a correction's write document: its seed entry, every language" }),
    example: 'daemonset-typo',
    slugOf: (snapshot, typed) => byCase(snapshot.corrections.map((c) => c.slug), typed),
  },
];

const writeProblems = problems(400, 401, 403, 404, 409, 412, 415, 428, 429);

/** The write routes of one kind: the same pattern as resources (write document, ETag, If-Match, history, restore). */
function routesOf(w: WritableKind) {
  const { kind } = w;
  const item = `${w.base}/{${w.param}}`;
  const params = z.object({ [w.param]: PathName.meta({ description: `slug of the ${kind.type}`, example: w.example }) });
  const answer = (description: string, status = 200) => ({ [status]: { description, content: { 'application/json': w.body }, headers: WriteHeaders } });
  const slug = (snapshot: KnowledgeSnapshot, p: Record<string, string>) => w.slugOf(snapshot, p[w.param] as string);
  const scope = kind.editScope === 'admin' ? 'admin token' : 'write token';
  return [
    defineRoute({
      method: 'get',
      path: `${item}/source`,
      operationId: `get${w.title}Source`,
      summary: `A ${kind.type}'s write document and its version`,
      description: `The ${kind.type} as its seed entry, every language, read from the database; its \`ETag\` is the version \`If-Match\` takes.`,
      tags: ['writes'],
      params,
      responses: { ...answer('The write document; ETag: its version'), ...problems(400, 404, 406) },
      handler: async ({ params: p, res, snapshot, deps }) => sendDocument(res, await readRecordSource(deps.store, kind, slug(snapshot, p))),
    }),
    defineRoute({
      method: 'post',
      path: w.base,
      operationId: `create${w.title}`,
      auth: kind.editScope,
      summary: `Create a ${kind.type} (${scope})`,
      description: `Takes a whole write document (the shape \`GET ${item}/source\` returns); 201 with the version as \`ETag\`. What it names must exist.`,
      tags: ['writes'],
      body: { types: ['application/json'], schema: w.body },
      responses: { ...answer('Created', 201), ...writeProblems },
      handler: async ({ req, res, deps, actor }) => sendDocument(res, await createRecord(deps.store, actor as WriteActor, kind, req.body), 201),
    }),
    defineRoute({
      method: 'put',
      path: item,
      operationId: `replace${w.title}`,
      auth: kind.editScope,
      summary: `Replace a ${kind.type}'s write document (${scope}, If-Match)`,
      description: 'The whole document replaces the stored one; the slug stays. 412 when another write came first, 428 without If-Match.',
      tags: ['writes'],
      params,
      body: { types: ['application/json'], schema: w.body },
      responses: { ...answer('Replaced; ETag: the new version'), ...writeProblems },
      handler: async ({ req, res, params: p, snapshot, deps, actor }) =>
        sendDocument(res, await replaceRecord(deps.store, actor as WriteActor, kind, { slug: slug(snapshot, p), version: expectedVersion(req) }, req.body)),
    }),
    defineRoute({
      method: 'patch',
      path: item,
      operationId: `patch${w.title}`,
      auth: kind.editScope,
      summary: `Merge a JSON merge patch into a ${kind.type} (${scope}, If-Match)`,
      description: 'RFC 7396: objects merge, `null` removes a field, arrays are replaced whole. The result must be a valid write document.',
      tags: ['writes'],
      params,
      body: { types: ['application/merge-patch+json'], schema: z.record(z.string(), z.unknown()).meta({ description: 'a merge patch of the write document' }) },
      responses: { ...answer('Patched; ETag: the new version'), ...writeProblems },
      handler: async ({ req, res, params: p, snapshot, deps, actor }) =>
        sendDocument(res, await patchRecord(deps.store, actor as WriteActor, kind, { slug: slug(snapshot, p), version: expectedVersion(req) }, req.body)),
    }),
    defineRoute({
      method: 'delete',
      path: item,
      operationId: `delete${w.title}`,
      auth: 'admin',
      summary: `Delete a ${kind.type} (admin token, If-Match)`,
      description: kind.type === 'category' ? 'Refused with 409 naming the resources it holds or lists while it has any.' : 'Recorded in the change log; a restore brings it back.',
      tags: ['writes'],
      params,
      responses: { 204: { description: 'Deleted' }, ...writeProblems },
      handler: async ({ req, res, params: p, snapshot, deps, actor }) => {
        const { revision } = await deleteRecord(deps.store, actor as WriteActor, kind, { slug: slug(snapshot, p), version: expectedVersion(req) });
        res.set('Kubedex-Revision', String(revision)).set('Cache-Control', 'no-store').status(204).end();
      },
    }),
    defineRoute({
      method: 'post',
      path: `${item}/restore`,
      operationId: `restore${w.title}`,
      auth: 'admin',
      summary: `Restore a ${kind.type} as a change left it (admin token)`,
      description: 'Body `{"revision": N}`: the state change N left it in, or, when N deleted it, the state it had then, at its old place. One that exists needs `If-Match` with its current version.',
      tags: ['writes'],
      params,
      body: { types: ['application/json'], schema: z.strictObject({ revision: z.number().int().min(1).meta({ description: 'revision of a change in its history' }) }) },
      responses: { ...answer('Restored; ETag: the new version'), ...writeProblems },
      handler: async ({ req, res, params: p, body, snapshot, deps, actor }) =>
        sendDocument(res, await restoreRecord(deps.store, actor as WriteActor, kind, { slug: slug(snapshot, p), version: expectedVersion(req) }, (body as { revision: number }).revision)),
    }),
    defineRoute({
      method: 'get',
      path: `${item}/history`,
      operationId: `${kind.type}History`,
      summary: `A ${kind.type}'s changes, oldest first`,
      description: `Every recorded change of the ${kind.type} (a deleted one's too), with its document before and after (and its place, \`position\`). Paged with \`after\`.`,
      tags: ['writes'],
      params,
      query: z.strictObject({
        after: z.coerce.number().int().min(0).optional().meta({ description: 'resume after this sequence' }),
        limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: 'page size' }),
      }),
      responses: { 200: { description: 'A page of changes', content: { 'application/json': ChangePage } }, ...problems(400, 406) },
      handler: async ({ params: p, query, res, snapshot, deps }) => {
        const key = slug(snapshot, p);
        const page = await listChanges(deps.store, { after: query.after, limit: query.limit, record: { type: kind.type, key } });
        res.set('Cache-Control', 'no-store').json({ ...page, links: page.next === null ? {} : { next: `${w.base}/${encodeURIComponent(key)}/history?after=${page.next}&limit=${query.limit}` } });
      },
    }),
  ];
}

/** Writes of categories (admin), comparisons and corrections. */
export const recordWriteRoutes = kinds.flatMap(routesOf);
