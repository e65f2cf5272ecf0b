import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http/create-http-server.js';
import { seededApp } from '../support/seeded-knowledge.js';

let app: Awaited<ReturnType<typeof seededApp>>;
let server: Server;
let port: number;

beforeAll(async () => {
  app = await seededApp();
  server = createHttpServer(app.app, { HTTP_HEADERS_TIMEOUT_MS: 400, HTTP_REQUEST_TIMEOUT_MS: 3_000, HTTP_KEEP_ALIVE_TIMEOUT_MS: 300 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await app.close();
});

/** Writes raw bytes and collects what comes back until the server closes, or `waitMs` passes. */
async function exchange(bytes: string, waitMs = 5_000): Promise<{ answer: string; closed: boolean }> {
  const socket = net.connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('error', () => {});
  socket.write(bytes);
  const closed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), waitMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  socket.destroy();
  return { answer: Buffer.concat(chunks).toString(), closed };
}

describe('slow clients', () => {
  it('closes a connection whose headers never finish', async () => {
    const { closed, answer } = await exchange('GET /meta HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(closed).toBe(true);
    expect(answer).toMatch(/^(HTTP\/1\.1 408|)/);
  });

  it('closes a connection whose body never finishes', async () => {
    const { closed } = await exchange('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":', 8_000);
    expect(closed).toBe(true);
  });

  it('closes an idle keep-alive connection', async () => {
    const { closed, answer } = await exchange('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(closed).toBe(true);
  });
});

describe('an over-limit Content-Length', () => {
  // The body is never sent: the answer must come from the declared length alone, then the connection closes.
  const declared = (requestLine: string, type = 'application/json') =>
    exchange(`${requestLine} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nAccept: application/json, text/event-stream\r\nContent-Length: 2000000000\r\n\r\n`, 2_000);

  it.each(['POST /graphql', 'POST /mcp'])('is refused by %s with 413 before the body is read', async (requestLine) => {
    const { answer, closed } = await declared(requestLine);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(closed).toBe(true);
  });

  it.each(['GET /resources', 'POST /resources', 'POST /nowhere'])('is answered at once by %s, which takes no body, without draining it', async (requestLine) => {
    const { answer, closed } = await declared(requestLine);
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect(closed).toBe(true);
  });
});

describe('an over-limit chunked body', () => {
  /** Sends chunks of 64 KiB without end until the answer begins, as curl does; collects the answer until the server closes. */
  async function endlessChunks(requestLine: string, type: string, waitMs = 4_000) {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const began = Date.now();
    let answeredMs = Infinity;
    socket.on('data', (chunk: Buffer) => {
      answeredMs = Math.min(answeredMs, Date.now() - began);
      chunks.push(chunk);
    });
    socket.on('error', () => {});
    socket.write(`${requestLine} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nAccept: application/json, text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = `10000\r\n${'['.repeat(0x10000)}\r\n`;
    const pump = setInterval(() => {
      if (chunks.length === 0 && socket.writable && socket.writableLength < 1 << 20) socket.write(chunk);
    }, 5);
    const closed = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), waitMs);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    clearInterval(pump);
    socket.destroy();
    return { answer: Buffer.concat(chunks).toString(), closed, answeredMs };
  }

  it.each([
    ['POST /graphql', 'application/json', '"errors"'],
    ['POST /mcp', 'application/json', '"jsonrpc":"2.0"'],
    ['POST /check', 'application/yaml', 'application/problem+json'],
  ])('is refused by %s with 413 as soon as the limit is crossed, and the connection closes', async (requestLine, type, surfaceFormat) => {
    const { answer, closed, answeredMs } = await endlessChunks(requestLine, type);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain(surfaceFormat);
    expect(closed).toBe(true);
    // Not at the request timeout (3 s here), when a 408 would come instead.
    expect(answeredMs).toBeLessThan(2_000);
  });
});
