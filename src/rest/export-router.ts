import { z } from 'zod';
import { exportKnowledge } from '../knowledge/export-knowledge.js';
import { defineRoute } from './route-definition.js';
import { ExportBody } from './schemas/export-schemas.js';
import { notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

/** `GET /export`: the whole knowledge base as one versioned JSON document, every language at once. */
export const exportRoutes = [
  defineRoute({
    method: 'get',
    path: '/export',
    operationId: 'exportKnowledge',
    summary: 'The whole knowledge base as one versioned JSON document',
    description: 'Everything kubedex stores, in both languages, as one document in the shape of the seed files.',
    tags: ['export'],
    link: 'export',
    query: z.strictObject({}),
    responses: { ...ok(ExportBody, 'Everything, in every language'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, snapshot }) => {
      res.set('Content-Disposition', `inline; filename="kubedex-knowledge-r${snapshot.revision}.json"`);
      sendRepresentation(req, res, { snapshot, language: 'all', body: () => exportKnowledge(snapshot) });
    },
  }),
];
