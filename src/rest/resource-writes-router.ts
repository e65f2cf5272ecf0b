import { z } from 'zod';
import { listChanges } from '../history/list-changes.js';
import { resourceHref } from '../knowledge/knowledge-urls.js';
import { createResource, deleteResource, patchResource, readResourceSource, replaceResource, restoreResource } from '../writes/resource-writes.js';
import type { WriteActor } from '../writes/write-transaction.js';
import { ResourceAddress } from './resources-router.js';
import { defineRoute } from './route-definition.js';
import { ChangePage, ResourceDocumentBody, WriteHeaders } from './schemas/write-schemas.js';
import { problems } from './schemas/responses.js';
import { addressedName, expectedVersion, sendDocument } from './write-preconditions.js';

const documentAnswer = (description: string, status = 200) => ({
  [status]: { description, content: { 'application/json': ResourceDocumentBody }, headers: WriteHeaders },
});
const writeProblems = problems(400, 401, 403, 404, 409, 412, 415, 428, 429);

/** Writes of resources, their write document and their history. */
export const resourceWriteRoutes = [
  defineRoute({
    method: 'get',
    path: '/resources/{category}/{name}/source',
    operationId: 'getResourceSource',
    summary: "A resource's write document and its version",
    description: 'The resource in its seed-file shape, every language, read from the database. Its `ETag` is the version that `If-Match` takes on PUT, PATCH and DELETE.',
    tags: ['writes'],
    params: ResourceAddress,
    responses: { ...documentAnswer('The write document; ETag: its version'), ...problems(400, 404, 406) },
    handler: async ({ params, res, snapshot, deps }) => {
      const name = addressedName(snapshot, params);
      sendDocument(res, await readResourceSource(deps.store, name));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/resources',
    operationId: 'createResource',
    auth: 'write',
    summary: 'Create a resource (write token)',
    description: 'Takes a whole write document (the shape `GET .../source` returns). 201 with `Location` and the new version as `ETag`.',
    tags: ['writes'],
    body: { types: ['application/json'], schema: ResourceDocumentBody },
    responses: { ...documentAnswer('Created', 201), ...writeProblems },
    handler: async ({ req, res, deps, actor }) => {
      const written = await createResource(deps.store, actor as WriteActor, req.body);
      const created = deps.store.snapshot.resource(written.document.name);
      if (created) res.set('Location', resourceHref(created));
      sendDocument(res, written, 201);
    },
  }),
  defineRoute({
    method: 'put',
    path: '/resources/{category}/{name}',
    operationId: 'replaceResource',
    auth: 'write',
    summary: "Replace a resource's write document (write token, If-Match)",
    description: 'The whole document replaces the stored one. `If-Match` must carry the ETag of `GET .../source`: 412 when another write came first, 428 without it.',
    tags: ['writes'],
    params: ResourceAddress,
    body: { types: ['application/json'], schema: ResourceDocumentBody },
    responses: { ...documentAnswer('Replaced; ETag: the new version'), ...writeProblems },
    handler: async ({ req, res, params, snapshot, deps, actor }) => {
      sendDocument(res, await replaceResource(deps.store, actor as WriteActor, { name: addressedName(snapshot, params), version: expectedVersion(req) }, req.body));
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/resources/{category}/{name}',
    operationId: 'patchResource',
    auth: 'write',
    summary: 'Merge a JSON merge patch into a resource (write token, If-Match)',
    description: 'RFC 7396: objects merge, `null` removes a field, arrays are replaced whole. The result must be a valid write document.',
    tags: ['writes'],
    params: ResourceAddress,
    body: { types: ['application/merge-patch+json'], schema: z.record(z.string(), z.unknown()).meta({ description: 'a merge patch of the write document' }) },
    responses: { ...documentAnswer('Patched; ETag: the new version'), ...writeProblems },
    handler: async ({ req, res, params, snapshot, deps, actor }) => {
      sendDocument(res, await patchResource(deps.store, actor as WriteActor, { name: addressedName(snapshot, params), version: expectedVersion(req) }, req.body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/resources/{category}/{name}',
    operationId: 'deleteResource',
    auth: 'admin',
    summary: 'Delete a resource and its relations (admin token, If-Match)',
    description: 'Refused with 409 while a comparison includes it, a variant or a superseded resource points to it, or a correction is about it. Its relations are deleted with it and recorded, so that a restore brings them back.',
    tags: ['writes'],
    params: ResourceAddress,
    responses: { 204: { description: 'Deleted' }, ...writeProblems },
    handler: async ({ req, res, params, snapshot, deps, actor }) => {
      const { revision } = await deleteResource(deps.store, actor as WriteActor, { name: addressedName(snapshot, params), version: expectedVersion(req) });
      res.set('Kubedex-Revision', String(revision)).set('Cache-Control', 'no-store').status(204).end();
    },
  }),
  defineRoute({
    method: 'post',
    path: '/resources/{category}/{name}/restore',
    operationId: 'restoreResource',
    auth: 'admin',
    summary: 'Restore a resource as a change left it (admin token)',
    description: "Body `{\"revision\": N}`: the state change N left the resource in, or, when N deleted it, the state it had then (with the relations that delete removed). A resource that exists needs `If-Match` with its current version. Recorded as a new change.",
    tags: ['writes'],
    params: ResourceAddress,
    body: { types: ['application/json'], schema: z.strictObject({ revision: z.number().int().min(1).meta({ description: 'revision of a change in its history' }) }) },
    responses: { ...documentAnswer('Restored; ETag: the new version'), ...writeProblems },
    handler: async ({ req, res, params, body, snapshot, deps, actor }) => {
      sendDocument(res, await restoreResource(deps.store, actor as WriteActor, { name: addressedName(snapshot, params), version: expectedVersion(req) }, (body as { revision: number }).revision));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/resources/{category}/{name}/history',
    operationId: 'resourceHistory',
    summary: "A resource's changes, oldest first",
    description: 'Every recorded change of the resource (deleted ones too, by name), with its document before and after. Paged with `after` (the `sequence` of the last entry seen).',
    tags: ['writes'],
    params: ResourceAddress,
    query: z.strictObject({
      after: z.coerce.number().int().min(0).optional().meta({ description: 'resume after this sequence' }),
      limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: 'page size' }),
    }),
    responses: { 200: { description: 'A page of changes', content: { 'application/json': ChangePage } }, ...problems(400, 406) },
    handler: async ({ params, query, res, snapshot, deps }) => {
      const name = addressedName(snapshot, params);
      const page = await listChanges(deps.store, { after: query.after, limit: query.limit, record: { type: 'resource', key: name } });
      res.set('Cache-Control', 'no-store').json({ ...page, links: page.next === null ? {} : { next: `/resources/${encodeURIComponent(params.category)}/${encodeURIComponent(name)}/history?after=${page.next}&limit=${query.limit}` } });
    },
  }),
];
