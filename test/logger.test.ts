import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seededKnowledge } from './support/seeded-knowledge.js';

describe('request logs', () => {
  it('never carry credentials: Authorization, Cookie, Proxy-Authorization or any token header', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const knowledge = await seededKnowledge();
    const app = await createApp({ store: knowledge.store, config: loadConfig({ KNOWLEDGE_POLL_MS: '0' }), logger: pino({ level: 'info' }, sink) });
    const secrets = ['Bearer s3cret-bearer', 'session=s3cret-cookie', 'Basic s3cret-proxy', 's3cret-api-key', 's3cret-token'];
    await request(app)
      .get('/resources/workloads/Pod')
      .set('Authorization', secrets[0]!)
      .set('Cookie', secrets[1]!)
      .set('Proxy-Authorization', secrets[2]!)
      .set('X-Api-Key', secrets[3]!)
      .set('X-Auth-Token', secrets[4]!)
      .expect(200);
    await request(app).post('/graphql').set('Authorization', secrets[0]!).set('Content-Type', 'application/json').send({ query: '{ meta { revision } }' }).expect(200);
    await knowledge.close();
    const log = lines.join('');
    expect(log).toContain('"authorization":"[redacted]"');
    expect(log).toContain('/resources/workloads/Pod');
    for (const secret of secrets) expect(log).not.toContain(secret.split(' ').pop());
  });
});
