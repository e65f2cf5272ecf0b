import { z } from 'zod';
import { createRelation, deleteRelation, readRelationSource, replaceRelation } from '../writes/relation-writes.js';
import type { WriteActor } from '../writes/write-transaction.js';
import { RelationSeed } from '../seed/seed-files.js';
import { defineRoute } from './route-definition.js';
import { PathName } from './schemas/query-params.js';
import { problems } from './schemas/responses.js';
import { WriteHeaders } from './schemas/write-schemas.js';
import { expectedVersion, sendDocument } from './write-preconditions.js';

const RelationDocumentBody = RelationSeed.meta({ id: 'RelationDocument', description: "a relation's write document: its seed entry (from, kind, to, note in every language)" });
const RelationAddress = z.object({
  from: PathName.meta({ description: 'canonical name of the resource it starts from', example: 'Deployment' }),
  kind: PathName.meta({ description: 'relation kind', example: 'parent_of' }),
  to: PathName.meta({ description: 'canonical name of the resource it points to', example: 'ReplicaSet' }),
});
const answer = (description: string, status = 200) => ({ [status]: { description, content: { 'application/json': RelationDocumentBody }, headers: WriteHeaders } });
const writeProblems = problems(400, 401, 403, 404, 409, 412, 415, 428, 429);

/** Writes of relations: the same pattern as resources (write document, ETag, If-Match). */
export const relationWriteRoutes = [
  defineRoute({
    method: 'get',
    path: '/relations/{from}/{kind}/{to}/source',
    operationId: 'getRelationSource',
    summary: "A relation's write document and its version",
    description: 'The relation as its seed entry, every language; its `ETag` is the version `If-Match` takes.',
    tags: ['writes'],
    params: RelationAddress,
    responses: { ...answer('The write document; ETag: its version'), ...problems(400, 404, 406) },
    handler: async ({ params, res, deps }) => sendDocument(res, await readRelationSource(deps.store, params)),
  }),
  defineRoute({
    method: 'post',
    path: '/relations',
    operationId: 'createRelation',
    auth: 'write',
    summary: 'Create a relation (write token)',
    description: 'Both ends must exist (an unknown one is named); `variant_of` is declared on the variant resource instead.',
    tags: ['writes'],
    body: { types: ['application/json'], schema: RelationDocumentBody },
    responses: { ...answer('Created', 201), ...writeProblems },
    handler: async ({ req, res, deps, actor }) => sendDocument(res, await createRelation(deps.store, actor as WriteActor, req.body), 201),
  }),
  defineRoute({
    method: 'put',
    path: '/relations/{from}/{kind}/{to}',
    operationId: 'replaceRelation',
    auth: 'write',
    summary: "Replace a relation's note (write token, If-Match)",
    description: 'The ends and kind are the address and must stay; 412 when stale, 428 without If-Match.',
    tags: ['writes'],
    params: RelationAddress,
    body: { types: ['application/json'], schema: RelationDocumentBody },
    responses: { ...answer('Replaced; ETag: the new version'), ...writeProblems },
    handler: async ({ req, res, params, deps, actor }) => sendDocument(res, await replaceRelation(deps.store, actor as WriteActor, { key: params, version: expectedVersion(req) }, req.body)),
  }),
  defineRoute({
    method: 'delete',
    path: '/relations/{from}/{kind}/{to}',
    operationId: 'deleteRelation',
    auth: 'admin',
    summary: 'Delete a relation (admin token, If-Match)',
    description: 'Recorded in the change log like every write.',
    tags: ['writes'],
    params: RelationAddress,
    responses: { 204: { description: 'Deleted' }, ...writeProblems },
    handler: async ({ req, res, params, deps, actor }) => {
      const { revision } = await deleteRelation(deps.store, actor as WriteActor, { key: params, version: expectedVersion(req) });
      res.set('Kubedex-Revision', String(revision)).set('Cache-Control', 'no-store').status(204).end();
    },
  }),
];
