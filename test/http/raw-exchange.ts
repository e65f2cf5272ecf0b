import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer as it came off the wire: status, every header as sent (`name: value`) but those ignored, body bytes. */
export interface Answer {
  status: number;
  headers: string[];
  body: Buffer;
}

/** A server for `listener` on a free loopback port. */
export async function listen(listener: http.RequestListener): Promise<http.Server> {
  const server = http.createServer(listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return server;
}

/**
 * One request on its own connection, Host kubedex.test unless given; `chunked` sends the body
 * without a Content-Length; headers matching `ignore` (Date, the clock's, by default) are left out.
 */
export function exchange(server: http.Server, options: { method?: string; url: string; headers?: Record<string, string>; body?: string; chunked?: boolean; ignore?: RegExp }): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  const { body, ignore = /^date$/i } = options;
  const headers: Record<string, string> = { host: 'kubedex.test', ...options.headers };
  if (body !== undefined && !options.chunked) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.url, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const kept = res.rawHeaders.flatMap((value, i, all) => (i % 2 === 0 && !ignore.test(value) ? [`${value}: ${all[i + 1]}`] : []));
        resolve({ status: res.statusCode ?? 0, headers: kept, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    // A body given to end() would get a Content-Length: written first, it goes chunked.
    if (options.chunked) req.write(body ?? '');
    req.end(options.chunked ? undefined : body);
  });
}
