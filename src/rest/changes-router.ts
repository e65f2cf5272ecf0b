import { z } from 'zod';
import type { Request, Response } from 'express';
import { AppError } from '../errors.js';
import { followChanges, MAX_WATCHES } from '../history/follow-changes.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
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
    responses: {
      200: {
        description: 'A page of changes; with `Accept: text/event-stream`, every change from there on as Server-Sent Events (`id`: sequence, resumable with Last-Event-ID)',
        content: { 'application/json': ChangePage, 'text/event-stream': z.string().meta({ description: 'event: change, data: a ChangeEntry as JSON' }) },
      },
      ...problems(400, 406, 429),
    },
    handler: async ({ req, query, res, deps }) => {
      if (req.accepts(['application/json', 'text/event-stream']) === 'text/event-stream') return streamChanges({ req, res, store: deps.store, since: query.since, after: query.after });
      const page = await listChanges(deps.store, query);
      res.set('Cache-Control', 'no-store').json({ ...page, links: page.next === null ? {} : { next: `/changes?since=${query.since}&after=${page.next}&limit=${query.limit}` } });
    },
  }),
];

/** Comment lines keep idle streams open through proxies that drop silent connections. */
const HEARTBEAT_MS = 15_000;

/** Streams the change log as Server-Sent Events until the client goes away. */
async function streamChanges(options: { req: Request; res: Response; store: KnowledgeStore; since: number; after: number | undefined }): Promise<void> {
  const { req, res } = options;
  const lastEventId = req.get('last-event-id');
  const resume = lastEventId !== undefined && /^\d{1,12}$/.test(lastEventId) ? Number(lastEventId) : options.after;
  const closed = new AbortController();
  const changes = followChanges(options.store, { since: options.since, after: resume }, closed.signal);
  if (!changes) throw new AppError('TOO_MANY_REQUESTS', { message: `${MAX_WATCHES} watches are open on this server: retry later` });
  res.on('close', () => closed.abort());
  res.status(200).set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
  res.flushHeaders();
  res.write('retry: 1000\n\n');
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  try {
    for await (const change of changes) res.write(`id: ${change.sequence}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`);
  } catch {
    // The stream has begun: an error can only end it; the client resumes from its Last-Event-ID.
    if (!closed.signal.aborted) res.write(`event: error\ndata: ${JSON.stringify({ message: 'the change log could not be read: reconnect to resume' })}\n\n`);
  } finally {
    clearInterval(heartbeat);
    res.end();
  }
}
