import express from 'express';
import { GraphQLError } from '../../src/graphql/graphql-js.js';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type KnowledgeDb } from '../../src/db/create-prisma-client.js';
import { databaseUnavailableError, isDatabaseUnavailable } from '../../src/db/database-unavailable.js';
import { formatError } from '../../src/graphql/format-error.js';
import { createLogger } from '../../src/logger.js';
import { problemDetailsHandler } from '../../src/rest/problem-details.js';
import { createEmptyDatabase, TEST_POSTGRES_URL } from '../support/test-database.js';

// Real errors from a real Prisma client: the outage is this file's own PostgreSQL database refusing connections.
let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let db: KnowledgeDb;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => expect.unreachable('the query succeeded'),
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  database = await createEmptyDatabase('postgresql');
  db = createPrismaClient(database.target);
  await db.$queryRaw`SELECT 1`;
});

afterAll(async () => {
  await db.$disconnect();
  await admin(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS true`);
  await database.drop();
});

describe('isDatabaseUnavailable', () => {
  it('does not take a failing query for an outage', async () => {
    // No migrations ran: the table is missing, which is a bug or a missed migration, not an outage.
    const error = await failure(() => db.knowledgeRevision.findUnique({ where: { id: 1 } }));
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(databaseUnavailableError(error)).toBeUndefined();
  });

  it('recognizes a dropped connection and a database that refuses connections', async () => {
    await admin(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}'`);
    const dropped = await failure(() => db.$queryRaw`SELECT 1`);
    const refused = await failure(() => db.$queryRaw`SELECT 1`);
    for (const error of [dropped, refused]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(databaseUnavailableError(error)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
    }
  });

  it('makes REST answer 503 problem+json with Retry-After and GraphQL DATABASE_UNAVAILABLE, whichever query failed', async () => {
    // What a write handler does: run a query and let its error reach the shared mapping.
    const app = express();
    app.get('/needs-the-database', async () => {
      await db.$queryRaw`SELECT 1`;
    });
    app.use(problemDetailsHandler(createLogger('silent')));
    const res = await request(app).get('/needs-the-database').expect(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(JSON.stringify(res.body)).not.toContain('ALLOW_CONNECTIONS');

    const error = await failure(() => db.$queryRaw`SELECT 1`);
    const wrapped = new GraphQLError('resolver failed', { path: ['updateResource'], originalError: error as Error });
    expect(formatError({ message: 'resolver failed', path: ['updateResource'] }, wrapped).extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 5 });
  });

  it('recognizes a server nobody listens on', async () => {
    const nowhere = createPrismaClient({ provider: 'postgresql', url: 'postgresql://postgres@127.0.0.1:1/none' });
    const error = await failure(() => nowhere.$queryRaw`SELECT 1`);
    await nowhere.$disconnect();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
