import type { Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http/create-http-server.js';
import { trackConnections, type ConnectionDrain } from '../../src/http/drain-connections.js';

// Far more than loopback's socket buffers hold for a client that reads nothing (4 MiB send + 128 KiB receive here).
const LARGE_BYTES = 24 * 1024 * 1024;

let server: Server;
let connections: ConnectionDrain;
let port: number;

async function start(): Promise<void> {
  const app = express();
  app.get('/large', (_req, res) => void res.type('text/plain').send(Buffer.alloc(LARGE_BYTES, 'k')));
  app.get('/small', (_req, res) => void res.type('text/plain').send('small'));
  server = createHttpServer(app, { HTTP_HEADERS_TIMEOUT_MS: 5_000, HTTP_REQUEST_TIMEOUT_MS: 10_000, HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000 });
  connections = trackConnections(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
}

afterEach(() => {
  connections.destroyAll();
  server.close();
});

/** A raw connection that reads nothing until `read`, which resolves with every byte once the server closes it. */
async function rawConnection() {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.pause();
  const answer = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.once('end', () => resolve(Buffer.concat(chunks)));
    socket.once('error', reject);
  });
  answer.catch(() => {}); // observed by read()
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    send: (text: string) => socket.write(text),
    read: () => {
      socket.resume();
      return answer;
    },
    closed,
  };
}

const get = (path: string, connection = 'close') => `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: ${connection}\r\n\r\n`;

function bodyOf(answer: Buffer): { head: string; body: Buffer } {
  const split = answer.indexOf('\r\n\r\n');
  return { head: answer.subarray(0, split).toString(), body: answer.subarray(split + 4) };
}

/** Resolves once the server's answer to `path` is ended but not yet flushed: the client has not read it. */
function answerEnded(path: string): Promise<void> {
  return new Promise((resolve) =>
    server.on('request', (req, res) => {
      if (req.url !== path) return;
      const check = () => (res.writableEnded ? resolve() : setTimeout(check, 10));
      check();
    }),
  );
}

/** Resolves once the server's answer to `path` is closed (all of it handed to the kernel). */
function answerClosed(path: string): Promise<void> {
  return new Promise((resolve) => server.on('request', (req, res) => req.url === path && res.once('close', () => resolve())));
}

describe('draining connections on shutdown', () => {
  it('lets an ended answer still flushing to a reader that has not read it finish, while other answers end', async () => {
    await start();
    const ended = answerEnded('/large');
    const slow = await rawConnection();
    slow.send(get('/large'));
    await ended;
    const drained = connections.drain({ freshGraceMs: 2_000 });
    // Another request that finishes during the drain (Node's idle sweep after it cut the large answer short).
    const other = await fetch(`http://127.0.0.1:${port}/small`).catch(() => null);
    expect(other === null || other.status === 200).toBe(true);
    const { head, body } = bodyOf(await slow.read());
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(body.length).toBe(LARGE_BYTES);
    await drained;
  });

  it('closes an idle keep-alive connection at once, and answers a request begun during the drain with Connection: close', async () => {
    await start();
    const idle = await rawConnection();
    const answered = answerClosed('/small');
    idle.send(get('/small', 'keep-alive'));
    await answered;
    const busy = await rawConnection();
    const ended = answerEnded('/large');
    busy.send(get('/large', 'keep-alive'));
    await ended;
    const began = Date.now();
    const drained = connections.drain({ freshGraceMs: 2_000 });
    const first = bodyOf(await idle.read());
    expect(Date.now() - began).toBeLessThan(1_000); // not the 5 s keep-alive timeout
    expect(first.head).toMatch(/^HTTP\/1\.1 200/);
    expect(first.head).toMatch(/\r\nconnection: keep-alive$/im);
    expect(first.body.toString()).toBe('small');
    busy.send(get('/small', 'keep-alive'));
    const [large, during] = bodyOf(await busy.read()).body.toString('latin1').split('HTTP/1.1 200 OK');
    expect(large!.length).toBe(LARGE_BYTES);
    expect(during).toMatch(/\r\nconnection: close\r\n/i);
    expect(during).toMatch(/small$/);
    await drained;
  });

  it('gives a connection accepted before the drain its grace to send a request, then closes it', async () => {
    await start();
    const late = await rawConnection();
    const silent = await rawConnection();
    const began = Date.now();
    const drained = connections.drain({ freshGraceMs: 600 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    late.send(get('/small', 'keep-alive'));
    const answer = bodyOf(await late.read());
    expect(answer.head).toMatch(/\r\nconnection: close$/im);
    expect(answer.body.toString()).toBe('small');
    await silent.closed;
    expect(Date.now() - began).toBeGreaterThanOrEqual(550);
    await drained;
    // The listener is closed: a new connection is refused.
    await expect(rawConnection()).rejects.toThrow(/ECONNREFUSED/);
  });
});
