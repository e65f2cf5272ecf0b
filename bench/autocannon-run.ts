/** autocannon's CLI in its own process, so that the load generator never shares a core's event loop with a server. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BenchRequest } from './scenarios.js';

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  /** Answers with the expected status, and all others (errors and timeouts included). */
  expected: number;
  unexpected: number;
}

const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('autocannon/package.json')), 'autocannon.js');

/** Drives `request` at 127.0.0.1:`port` with `connections` for `seconds` after a `warmupSeconds` warm-up. */
export function autocannon(options: { port: number; request: BenchRequest; status: number; connections: number; seconds: number; warmupSeconds: number }): Promise<LoadFigures> {
  const { request } = options;
  const args = [cli, '-j', '-n', '-c', String(options.connections), '-d', String(options.seconds), '-m', request.method];
  if (options.warmupSeconds > 0) args.push('--warmup', '[', '-c', String(options.connections), '-d', String(options.warmupSeconds), ']');
  for (const [name, value] of Object.entries(request.headers ?? {})) args.push('-H', `${name}=${value}`);
  if (request.body !== undefined) args.push('-b', request.body);
  args.push(`http://127.0.0.1:${options.port}${request.url}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${err.slice(-500)}`));
      // With a warm-up it prints the warm-up's own line first: the last line is the run.
      const result = JSON.parse(out.trim().split('\n').at(-1) ?? '') as {
        requests: { average: number; total: number };
        latency: { p50: number; p99: number };
        errors: number;
        timeouts: number;
        statusCodeStats: Record<string, { count: number }>;
      };
      const expected = result.statusCodeStats[String(options.status)]?.count ?? 0;
      const answered = Object.values(result.statusCodeStats).reduce((n, s) => n + s.count, 0);
      resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, expected, unexpected: answered - expected + result.errors + result.timeouts });
    });
  });
}
