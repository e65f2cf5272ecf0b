import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { KnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { createLogger } from '../../src/logger.js';
import { createEmptyDatabase, dropDatabase } from '../support/test-database.js';
import { api } from './openapi-conformance.js';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

describe('GET /readyz and /healthz', () => {
  it('reports the snapshot and the database when both are fine', async () => {
    const res = await t.api.get('/readyz').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({ status: 'ready', snapshot: { revision: res.body.revision }, database: { reachable: true } });
    expect(res.body.snapshot.ageSeconds).toBeGreaterThanOrEqual(0);
  });

  it('stays ready and keeps serving reads while the database is down, and says the database is unreachable', async () => {
    const { target, store } = t.seeded;
    if (target.provider === 'sqlite') fs.writeFileSync(target.file, 'this is not a database');
    else await dropDatabase(target);
    await store.refresh();
    const ready = await t.api.get('/readyz').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: { reachable: false } });
    await t.api.get('/resources/workloads/Deployment').expect(200);
    await t.api.get('/healthz').expect(200);
  });

  it('is live but not ready before any knowledge is loaded', async () => {
    const empty = await createEmptyDatabase();
    const store = KnowledgeStore.open(empty.target);
    const app = await createApp({ store, config: loadConfig({ LOG_LEVEL: 'silent' }), logger: createLogger('silent') });
    await api(app).get('/healthz').expect(200);
    const res = await api(app).get('/readyz').expect(503);
    expect(res.body).toMatchObject({ status: 'not ready', revision: null, snapshot: null, database: { reachable: false, checkedAt: null } });
    await store.close();
    await empty.drop();
  });
});
