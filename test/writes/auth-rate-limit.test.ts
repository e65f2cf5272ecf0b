import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { createLogger } from '../../src/logger.js';
import { useSeededApi } from '../rest/seeded-rest.js';
import { seededApp } from '../support/seeded-knowledge.js';
import { tokens } from './write-helpers.js';

const LIMIT = 3;
const t = useSeededApi({ AUTH_FAILURE_LIMIT: String(LIMIT), AUTH_FAILURE_WINDOW_MS: '60000' });

describe('failed authentication', () => {
  it('is limited per client with 429 and Retry-After, on every replica of the database; reads and valid tokens are never limited', async () => {
    const good = (await tokens(t.seeded.db)).write;
    for (let i = 0; i < 10; i++) await request(t.seeded.app).get('/resources/workloads/Pod').expect(200);
    // A read with a bad token is served as anonymous, and counted.
    await request(t.seeded.app).get('/resources/workloads/Pod').set('Authorization', 'Bearer kdx_wrong-read').expect(200);
    for (let i = 1; i < LIMIT; i++) await request(t.seeded.app).patch('/resources/workloads/Pod').set('Authorization', `Bearer kdx_wrong${i}`).expect(401);
    const limited = await request(t.seeded.app).patch('/resources/workloads/Pod').set('Authorization', 'Bearer kdx_wrong-again').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);

    // A second replica on the same database shares the count.
    const store = KnowledgeStore.open(t.seeded.target);
    try {
      await store.reload();
      const replica = await createApp({ store, config: t.seeded.config, logger: createLogger('silent') });
      await request(replica).put('/resources/workloads/Pod').set('Authorization', 'Bearer kdx_wrong-on-replica').expect(429);
      // Reads without a token, and the holder of a valid token, still pass.
      await request(replica).get('/resources/workloads/Pod').expect(200);
      await request(replica).patch('/resources/workloads/Pod').set('Authorization', `Bearer ${good}`).set('Content-Type', 'application/merge-patch+json').send('{}').expect(428);
    } finally {
      await store.close();
    }
  });

  it('is not counted for a valid token', async () => {
    const seeded = await seededApp({ AUTH_FAILURE_LIMIT: '2' });
    try {
      const { write } = await tokens(seeded.db);
      for (let i = 0; i < 5; i++) {
        const res = await request(seeded.app).patch('/resources/workloads/Pod').set('Authorization', `Bearer ${write}`).set('Content-Type', 'application/merge-patch+json').send('{}');
        expect(res.status).toBe(428);
      }
    } finally {
      await seeded.close();
    }
  });
});
