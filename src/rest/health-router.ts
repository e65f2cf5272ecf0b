import { z } from 'zod';
import { markKeepable } from '../http/keepable-answer.js';
import { defineRoute } from './route-definition.js';
import { problems } from './schemas/responses.js';

const Liveness = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });

const Readiness = z
  .object({
    status: z.enum(['ready', 'not ready']),
    revision: z.number().int().nullable().meta({ description: 'knowledge revision served; null before knowledge is loaded' }),
    snapshot: z
      .object({
        revision: z.number().int(),
        loadedAt: z.string().meta({ description: 'when this replica loaded the snapshot (ISO 8601)' }),
        ageSeconds: z.number().int().meta({ description: 'seconds since then' }),
      })
      .nullable(),
    database: z.object({
      reachable: z.boolean().meta({ description: 'whether the database answered the last reload or revision check' }),
      checkedAt: z.string().nullable().meta({ description: 'when that check ran (ISO 8601)' }),
      notices: z.enum(['listening', 'reconnecting', 'off']).meta({
        description: "PostgreSQL revision notices: `listening` (other replicas' writes arrive at once), `reconnecting` (the listening connection dropped; retried with backoff), `off` (SQLite: the revision poll only)",
      }),
    }),
  })
  .meta({ id: 'Readiness' });

const noStore = z.object({ 'Cache-Control': z.literal('no-store') });

/** `GET /healthz` (liveness) and `GET /readyz` (readiness), as the Deployment's probes use them. */
export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/healthz',
    operationId: 'getLiveness',
    summary: 'Liveness: the process answers HTTP',
    description: 'Always 200 while the process serves HTTP; it checks nothing else, so a failing database never restarts a replica.',
    tags: ['health'],
    query: z.strictObject({}),
    responses: { 200: { description: 'Alive', content: { 'application/json': Liveness }, headers: noStore }, ...problems(400) },
    handler: ({ res }) => {
      // The same bytes to every identical probe: the rendered-answer cache may answer it (no-store is for caches outside the process).
      markKeepable(res);
      res.set('Cache-Control', 'no-store').json({ status: 'ok' });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/readyz',
    operationId: 'getReadiness',
    summary: 'Readiness: a snapshot of the knowledge is loaded',
    description:
      'Ready (200) as soon as this replica holds a loaded snapshot with knowledge in it, because every read is answered from that snapshot: a database outage leaves it ready (so a Service keeps its endpoints) and is reported in `database`, while the snapshot stops following other replicas\' writes (see `snapshot.ageSeconds`). 503 until knowledge has been loaded.',
    tags: ['health'],
    query: z.strictObject({}),
    responses: {
      200: { description: 'Ready to serve reads', content: { 'application/json': Readiness }, headers: noStore },
      503: { description: 'No knowledge loaded yet', content: { 'application/json': Readiness }, headers: noStore },
      ...problems(400),
    },
    handler: ({ res, deps }) => {
      const health = deps.store.health();
      const body: z.infer<typeof Readiness> = {
        status: health.ready ? 'ready' : 'not ready',
        revision: health.snapshot?.revision ?? null,
        snapshot: health.snapshot,
        database: health.database,
      };
      res.status(health.ready ? 200 : 503).set('Cache-Control', 'no-store').json(body);
    },
  }),
];
