import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
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

  it('finishes in-flight requests on every surface after SIGTERM, then exits 0', async () => {
    const port = Number(new URL(baseUrl).port);
    const graphqlBody = JSON.stringify({ query: '{ resource(name: "Deployment") { name } }' });
    const mcpBody = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_resource', arguments: { name: 'Pod' } } });
    // Bodies still arriving when the signal comes, and a large answer its client has not read yet.
    const graphql = await slowRequest(port, 'POST /graphql', { 'content-type': 'application/json' }, graphqlBody);
    const mcp = await slowRequest(port, 'POST /mcp', { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, mcpBody);
    const rest = await slowRequest(port, 'GET /llms-full.txt', {}, '');
    // A connection accepted before the signal whose request only arrives during the drain.
    const late = await rawConnection(port);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await expect.poll(() => logs.some((l) => l.msg === 'draining connections')).toBe(true);
    late.send(`GET /llms.txt HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A second signal during the drain must not kill the process either.
    child.kill('SIGTERM');
    const [g, m, r, l] = await Promise.all([graphql.finish(), mcp.finish(), rest.finish(), late.read()]);
    expect(g).toMatch(/^HTTP\/1\.1 200/);
    expect(g).toContain('"name":"Deployment"');
    expect(m).toMatch(/^HTTP\/1\.1 200/);
    expect(m).toContain('"jsonrpc":"2.0"');
    expect(r).toMatch(/^HTTP\/1\.1 200/);
    expect(completeBody(r)).toMatch(/Pod|ポッド/);
    // Kept alive before the signal, so the server says it closes after this answer.
    expect(l).toMatch(/^HTTP\/1\.1 200/);
    expect(l).toMatch(/\r\nconnection: close\r\n/i);
    expect(completeBody(l)).toMatch(/Deployment/);
    expect(await exited).toBe(0);
    expect(logs.some((l) => l.msg === 'stopped')).toBe(true);
  });
});

/**
 * A raw connection that reads nothing until `read` is called, which then resolves with all the
 * server sent once it closes the connection (and rejects at once if the server reset it meanwhile).
 */
async function rawConnection(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.pause();
  const answer = new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.once('end', () => resolve(Buffer.concat(chunks).toString()));
    socket.once('error', reject);
  });
  answer.catch(() => {}); // observed by read()
  return {
    send: (text: string) => socket.write(text),
    read: () => {
      socket.resume();
      return answer;
    },
  };
}

/**
 * A raw HTTP/1.1 request whose body is sent in two halves: the first now, the second when `finish`
 * is called, which then reads the whole answer (the client reads nothing before that).
 */
async function slowRequest(port: number, requestLine: string, headers: Record<string, string>, body: string) {
  const connection = await rawConnection(port);
  const head = Object.entries({ host: `127.0.0.1:${port}`, connection: 'close', ...headers, ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  const half = Math.floor(body.length / 2);
  connection.send(`${requestLine} HTTP/1.1\r\n${head}\r\n\r\n${body.slice(0, half)}`);
  return {
    finish: () => {
      connection.send(body.slice(half));
      return connection.read();
    },
  };
}

/** The body of a raw answer, checked to be as long as its Content-Length says (an answer cut short fails). */
function completeBody(answer: string): string {
  const split = answer.indexOf('\r\n\r\n');
  const head = answer.slice(0, split);
  const body = Buffer.from(answer.slice(split + 4));
  const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1];
  expect(length, 'the answer declares its length').toBeDefined();
  expect(body.length).toBe(Number(length));
  return body.toString();
}
