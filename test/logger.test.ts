import { spawn } from 'node:child_process';
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

describe('the log under a reader that falls behind', () => {
  it('holds at most its buffer: lines beyond it are dropped and counted, not kept in memory', async () => {
    // A child process logs 50 MB to a stdout pipe nobody reads, with a 1 MB buffer, and reports what it kept.
    const script = `
      import { createLogger, droppedLogLines } from './src/logger.ts';
      const logger = createLogger('info', 1, 1024 * 1024);
      const before = process.memoryUsage().heapUsed;
      const filler = 'x'.repeat(1000);
      for (let i = 0; i < 50000; i++) logger.info({ filler, i }, 'line');
      globalThis.gc?.();
      process.stderr.write(JSON.stringify({ dropped: droppedLogLines(), grownMb: (process.memoryUsage().heapUsed - before) / 1048576 }) + '\\n');
    `;
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    const report = await new Promise<{ dropped: number; grownMb: number }>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const line = err.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line));
      });
      child.once('exit', (code) => reject(new Error(`child exited (${code}) before reporting: ${err}`)));
    });
    child.kill('SIGKILL');
    expect(report.dropped).toBeGreaterThan(45000);
    expect(report.grownMb).toBeLessThan(20);
  });
});
