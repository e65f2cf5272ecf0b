import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSeededApi } from '../rest/seeded-rest.js';
import { source, tokens } from './write-helpers.js';
import { listenOnLoopback } from '../support/listen-on-loopback.js';

const t = useSeededApi();
let server: Server;
let base: string;
let token: string;
beforeAll(async () => {
  token = (await tokens(t.seeded.db)).write;
  ({ server, origin: base } = await listenOnLoopback(t.seeded.app));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function patchSummary(summary: string): Promise<number> {
  const { etag } = await source(t.seeded.app, '/resources/workloads/Pod');
  const res = await request(t.seeded.app).patch('/resources/workloads/Pod').set('Authorization', `Bearer ${token}`).set('If-Match', etag).set('Content-Type', 'application/merge-patch+json').send(JSON.stringify({ text: { en: { summary } } })).expect(200);
  return Number(res.headers['kubedex-revision']);
}

/** Reads Server-Sent Events from a stream until `count` change events arrived. */
async function readEvents(headers: Record<string, string>, count: number, during?: () => Promise<unknown>): Promise<{ id: number; summary: string }[]> {
  const abort = new AbortController();
  const res = await fetch(`${base}/changes`, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: { id: number; summary: string }[] = [];
  let buffer = '';
  const writing = during?.();
  const deadline = Date.now() + 20_000;
  while (events.length < count && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data && /^event: change$/m.test(block)) events.push({ id: Number(id), summary: JSON.parse(data).after.text.en.summary });
    }
  }
  abort.abort();
  await writing;
  return events;
}

describe('GET /changes with Accept: text/event-stream', () => {
  it('streams past changes, then each new one as it commits, and resumes after Last-Event-ID', async () => {
    await patchSummary('first');
    const live = await readEvents({}, 3, async () => {
      await patchSummary('second');
      await patchSummary('third');
    });
    expect(live.map((e) => e.summary)).toEqual(['first', 'second', 'third']);
    const resumed = await readEvents({ 'last-event-id': String(live[0]?.id) }, 2);
    expect(resumed.map((e) => e.summary)).toEqual(['second', 'third']);
  });
});
