import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createToken } from '../../src/auth/api-tokens.js';
import { createPrismaClient } from '../../src/db/create-prisma-client.js';
import { createEmptyDatabase } from '../support/test-database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await drop?.();
});

/** Starts `kubedex serve` on the database and resolves with its URL once it listens. */
function serve(url: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_ON_START: 'never', KNOWLEDGE_POLL_MS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = JSON.parse(line) as { url?: string };
      if (entry.url) resolve({ child, base: entry.url.replace(/\/$/, '').replace('localhost', '127.0.0.1') });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

describe('a server killed with SIGKILL in the middle of writes', () => {
  it('restarts on a clean database holding every acknowledged write, and each write whole or not at all', async () => {
    const database = await createEmptyDatabase(undefined, { template: inject('seededTemplate') });
    drop = database.drop;
    const url = database.target.provider === 'sqlite' ? `file:${database.target.file}` : database.target.url;
    const db = createPrismaClient(database.target);
    const token = await createToken(db, { name: 'crash', scope: 'write' });
    await db.$disconnect();

    const first = await serve(url);
    const acknowledged: number[] = [];
    let killed = false;
    const loop = (async () => {
      for (let i = 0; !killed; i++) {
        try {
          const read = await fetch(`${first.base}/resources/workloads/Pod/source`);
          const doc = (await read.json()) as { tasks: object[] };
          const res = await fetch(`${first.base}/resources/workloads/Pod`, {
            method: 'PATCH',
            headers: { authorization: `Bearer ${token}`, 'if-match': read.headers.get('etag') as string, 'content-type': 'application/merge-patch+json' },
            body: JSON.stringify({ tasks: [...doc.tasks, { ja: `書き込み ${i}`, en: `write ${i}` }] }),
          });
          if (res.status === 200) acknowledged.push(i);
        } catch {
          return; // the connection died with the process
        }
      }
    })();
    // Kill once a few writes are through, while the loop is in the middle of the next.
    while (acknowledged.length < 5) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 37));
    killed = true;
    first.child.kill('SIGKILL');
    await loop;

    const second = await serve(url);
    const res = await fetch(`${second.base}/resources/workloads/Pod/source`);
    expect(res.status).toBe(200);
    const tasks = ((await res.json()) as { tasks: { en: string }[] }).tasks.map((t) => t.en).filter((t) => t.startsWith('write '));
    for (const i of acknowledged) expect(tasks).toContain(`write ${i}`);
    // Writes are whole: the stored ones are the acknowledged ones, plus at most the one in flight.
    expect(tasks.slice(0, acknowledged.length)).toEqual(acknowledged.map((i) => `write ${i}`));
    expect(tasks.length - acknowledged.length).toBeLessThanOrEqual(1);
    const changes = (await (await fetch(`${second.base}/changes?limit=100`)).json()) as { items: unknown[] };
    expect(changes.items).toHaveLength(tasks.length);
    second.child.kill('SIGTERM');
  }, 120_000);
});
