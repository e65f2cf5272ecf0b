import { z } from 'zod';
import { listChanges } from '../history/list-changes.js';
import { defineRoute } from './route-definition.js';
import { ChangePage } from './schemas/write-schemas.js';
import { problems } from './schemas/responses.js';

/** `GET /changes`: the change log as a paged feed. */
export const changeRoutes = [
  defineRoute({
    method: 'get',
    path: '/changes',
    operationId: 'listChanges',
    summary: 'Every recorded change after a revision, oldest first',
    description: 'Changes whose revision is after `since`, paged by `limit`; `links.next` resumes after the last entry (`after`, its `sequence`).',
    tags: ['writes'],
    link: 'changes',
    query: z.strictObject({
      since: z.coerce.number().int().min(0).default(0).meta({ description: 'only changes of a later revision' }),
      after: z.coerce.number().int().min(0).optional().meta({ description: 'resume after this sequence' }),
      limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: 'page size' }),
    }),
    responses: { 200: { description: 'A page of changes', content: { 'application/json': ChangePage } }, ...problems(400, 406) },
    handler: async ({ query, res, deps }) => {
      const page = await listChanges(deps.store, query);
      res.set('Cache-Control', 'no-store').json({ ...page, links: page.next === null ? {} : { next: `/changes?since=${query.since}&after=${page.next}&limit=${query.limit}` } });
    },
  }),
];
