/**
 * `npm run bench:memory`: RSS and heap of the app while it answers 10,000 distinct 500-character
 * kanji queries (GET /search and /ask over real HTTP on 127.0.0.1), sampled every 1,000. Every cache
 * is bounded in bytes, so RSS must level off; exits 1 when it grows past MAX_GROWTH_MB after warm-up.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { seededStore } from '../scripts/temporary-seeded-store.js';

const QUERIES = 10_000;
const MAX_GROWTH_MB = 64;
const MB = 1024 * 1024;

const { store, drop } = await seededStore();
const app = await createApp({ store, config: loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_POLL_MS: '0' }), logger: createLogger('silent') });
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', resolve));
const port = (server.address() as AddressInfo).port;

function kanji(seed: number): string {
  let state = seed * 2654435761 + 1;
  let text = '';
  while (text.length < 500) {
    state = (state * 1103515245 + 12345) >>> 0;
    text += String.fromCodePoint(0x4e00 + (state % 0x5000));
    if (seed % 2 === 0 && state % 11 === 0) text += ' ';
  }
  return text;
}

const get = (path: string) =>
  new Promise<void>((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path }, (res) => res.resume().once('end', resolve)).once('error', reject);
  });

const sample = (done: number) => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { done, rssMb: Math.round(m.rss / MB), heapMb: Math.round(m.heapUsed / MB) };
};

const samples = [sample(0)];
let next = 0;
const worker = async () => {
  while (next < QUERIES) {
    const i = next++;
    await get(`/${i % 4 === 0 ? 'ask' : 'search'}?q=${encodeURIComponent(kanji(i))}`);
    if ((i + 1) % 1_000 === 0) samples.push(sample(i + 1));
  }
};
await Promise.all(Array.from({ length: 4 }, worker));
server.close();
await store.close();
await drop();

console.table(samples);
const warm = samples.find((s) => s.done >= 1_000) ?? samples[0]!;
const growth = Math.max(...samples.map((s) => s.rssMb)) - warm.rssMb;
console.log(`RSS growth after the first 1,000 queries: ${growth} MB (limit ${MAX_GROWTH_MB} MB): ${growth <= MAX_GROWTH_MB ? 'PASS' : 'FAIL'}`);
process.exit(growth <= MAX_GROWTH_MB ? 0 : 1);
