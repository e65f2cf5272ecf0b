import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from './support/test-database.js';

const ROOT = path.resolve(import.meta.dirname, '..');
let child: ChildProcess;
let baseUrl: string;
let drop: () => Promise<void>;
const logs: { msg?: string; url?: string; written?: number }[] = [];

/** Starts `kubedex serve` as `npm start` does, on a fresh empty database. */
beforeAll(async () => {
  const database = await createEmptyDatabase();
  drop = database.drop;
  const url = database.target.provider === 'sqlite' ? `file:${database.target.file}` : database.target.url;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  baseUrl = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      logs.push(entry);
      if (entry.url) resolve(entry.url.replace(/\/$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await drop();
});

describe('kubedex serve on an empty database', () => {
  it('migrates, seeds and serves the seeded Workloads', async () => {
    expect(logs.some((l) => l.msg === 'seeded' && (l.written ?? 0) > 0)).toBe(true);
    const res = await fetch(`${baseUrl}/resources/Workloads/Deployment`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Deployment', kubernetes: { kind: 'Deployment', apiVersion: 'apps/v1' } });
  });

  it('reports live and ready', async () => {
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', revision: 1 });
  });

  it('drains and exits cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs.some((l) => l.msg === 'stopped')).toBe(true);
  });
});
