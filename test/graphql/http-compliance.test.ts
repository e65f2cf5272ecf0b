import type { Server } from 'node:http';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { listenOnLoopback } from '../support/listen-on-loopback.js';

let app: Awaited<ReturnType<typeof seededApp>>;
let server: Server;
let url: string;
beforeAll(async () => {
  app = await seededApp();
  const listening = await listenOnLoopback(app.app);
  server = listening.server;
  url = `${listening.origin}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.close();
});

describe('GraphQL over HTTP (graphql-http audit suite)', () => {
  it('passes every audit with no errors; warnings and notices are printed', async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url })) results.push(await audit.fn());
    const failed = results.filter((r): r is Extract<AuditResult, { reason: string }> => r.status !== 'ok');
    for (const r of failed) console.log(`[${r.status}] ${r.id} ${r.name}: ${r.reason}`);
    console.log(`graphql-http audits: ${results.length} run, ${results.filter((r) => r.status === 'ok').length} ok, ${failed.length} not ok`);
    expect(failed.filter((r) => r.status === 'error').map((r) => `${r.name}: ${r.reason}`)).toEqual([]);
  });
});
