/** One request over loopback with the answer as sent: status, raw headers in order, body bytes. */
import http from 'node:http';
import type { BenchRequest } from './scenarios.js';

export interface RawAnswer {
  status: number;
  /** Header name and value pairs in the order the server sent them. */
  headers: [string, string][];
  body: Buffer;
}

export function rawRequest(port: number, request: BenchRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: request.method, path: request.url, headers: request.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string]);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

/** Polls until `url` answers 200; resolves with the milliseconds it took. */
export async function untilOk(port: number, url: string, timeoutMs = 30_000): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const answer = await rawRequest(port, { method: 'GET', url }).catch(() => undefined);
    if (answer?.status === 200) return performance.now() - t0;
    if (performance.now() - t0 > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
