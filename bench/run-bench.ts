/**
 * `npm run bench`: the compiled kubedex server (SQLite, seeded, logging at `info` as in production)
 * against, for every scenario, bare node:http answering the very bytes kubedex answered (the ceiling),
 * bare Express 5 doing the same, and json-server 0.17 serving the same resource JSON (the peer), each
 * its own process, driven over loopback by autocannon in yet another process, one after the other.
 * Prints req/s, p50, p99 and the ratios, cold start and RSS, and writes bench/results/latest.json.
 * `--quick`: 1 s per run instead of 4 s (a smoke check, not figures). `--only graphql,healthz`: only
 * the scenarios whose name contains one of the comma-separated substrings (case-insensitive); such a
 * partial run prints its figures but leaves bench/results/latest.json alone.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { autocannon, type LoadFigures } from './autocannon-run.js';
import { rssMb, startChild, type ChildServer } from './child-server.js';
import { rawRequest, untilOk } from './raw-request.js';
import { productionServerArgs } from './server-command.js';
import { GRAPHQL_DOCUMENT, persistedQueryUrl, scenarios, type BenchRequest, type Scenario } from './scenarios.js';

const quick = process.argv.includes('--quick');
const only = onlyFilter(process.argv);
const LOAD = { connections: 20, seconds: quick ? 1 : 4, warmupSeconds: 1 };
const COLD_STARTS = quick ? 1 : 3;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedex-bench-'));
const env = { NODE_ENV: 'production', DATABASE_URL: `file:${path.join(work, 'kubedex.db')}`, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' };
const servers: ChildServer[] = [];
// A failed or interrupted bench leaves no server behind.
process.once('exit', () => servers.forEach((server) => server.child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

try {
  run(['scripts/build-server.mjs', '--if-stale']);
  run(['dist/src/cli/main.js', 'seed'], { ...env, LOG_LEVEL: 'warn' });

  // Cold start: process start to the first 200 of a resource, on the database seeded above.
  const coldStarts: number[] = [];
  let kubedex: ChildServer | undefined;
  for (let i = 0; i < COLD_STARTS; i++) {
    await kubedex?.stop();
    const t0 = performance.now();
    kubedex = await startKubedex();
    servers.push(kubedex);
    await untilOk(kubedex.port, '/resources/Service/NodePort');
    coldStarts.push(performance.now() - t0);
  }
  if (!kubedex) throw new Error('kubedex did not start');
  const rssIdle = rssMb(kubedex.child.pid as number);

  // The persisted query is registered once, as a client's first GET with the document does.
  const hash = createHash('sha256').update(GRAPHQL_DOCUMENT).digest('hex');
  await rawRequest(kubedex.port, { method: 'GET', url: persistedQueryUrl(hash, true), headers: { 'apollo-require-preflight': 'true' } });
  const list = scenarios(hash).filter((scenario) => only === undefined || only.some((part) => scenario.name.toLowerCase().includes(part)));
  if (list.length === 0) throw new Error(`--only ${only?.join(',')} matches no scenario`);
  const fixtures = [];
  for (const scenario of list) {
    const request = await withValidator(kubedex.port, scenario);
    const answer = await rawRequest(kubedex.port, request);
    if (answer.status !== scenario.status) throw new Error(`${scenario.name}: kubedex answered ${answer.status}: ${answer.body.toString().slice(0, 300)}`);
    scenario.request = request;
    const headers = answer.headers.filter(([name]) => !/^(date|connection|keep-alive|transfer-encoding)$/i.test(name));
    fixtures.push({ method: request.method, url: request.url, conditional: request.headers?.['if-none-match'] !== undefined, status: answer.status, headers, body: answer.body.toString('base64') });
  }
  const fixturesFile = path.join(work, 'fixtures.json');
  fs.writeFileSync(fixturesFile, JSON.stringify(fixtures));

  const baseline = (kind: string) => startChild({ args: [path.join(root, 'bench/baselines/fixture-server.mjs'), kind, fixturesFile], portPattern: /listening (\d+)/, stopSignal: 'SIGKILL' });
  const ceiling = await baseline('node');
  servers.push(ceiling);
  const express = await baseline('express');
  servers.push(express);
  const peer = await startJsonServer(kubedex.port);
  servers.push(peer);

  const rows = [];
  for (const scenario of list) {
    const load = (port: number, request: BenchRequest, status = scenario.status) => {
      console.error(`load: ${scenario.name} on ${port}`);
      return autocannon({ port, request, status, ...LOAD });
    };
    const figures: { kubedex: LoadFigures; ceiling: LoadFigures; express: LoadFigures; jsonServer?: LoadFigures } = {
      kubedex: await load(kubedex.port, scenario.request),
      ceiling: await load(ceiling.port, scenario.request),
      express: await load(express.port, scenario.request),
    };
    if (scenario.peer) figures.jsonServer = await load(peer.port, await withValidator(peer.port, { ...scenario, request: scenario.peer }));
    rows.push({ scenario: scenario.name, ...figures, ofCeiling: figures.kubedex.rps / figures.ceiling.rps, overJsonServer: figures.jsonServer ? figures.kubedex.rps / figures.jsonServer.rps : null });
    console.error(`done: ${scenario.name}`);
  }
  const rssAfterLoad = rssMb(kubedex.child.pid as number);

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg() },
    load: { tool: 'autocannon 8 (CLI, own process)', ...LOAD, latencyResolution: 'autocannon records whole milliseconds' },
    server: { command: ['node', ...productionServerArgs(root)].join(' '), database: 'SQLite, seeded', logLevel: env.LOG_LEVEL, logs: 'stdout, read by the bench' },
    coldStartMs: coldStarts,
    rssMb: { idle: rssIdle, afterLoad: rssAfterLoad },
    scenarios: rows,
  };
  // The committed figures are a whole run's: a partial one would replace the others with nothing.
  if (only === undefined) {
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  }
  printReport(results);
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  fs.rmSync(work, { recursive: true, force: true });
}

/** The lowercased substrings of `--only a,b` (or `--only=a,b`), or undefined for every scenario. */
function onlyFilter(argv: string[]): string[] | undefined {
  const index = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (index < 0) return undefined;
  const value = argv[index]?.startsWith('--only=') ? argv[index].slice('--only='.length) : argv[index + 1];
  const parts = (value ?? '').split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
  if (parts.length === 0) throw new Error('--only needs a comma list of scenario name substrings, e.g. --only graphql,healthz');
  return parts;
}

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): void {
  const { status } = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) throw new Error(`node ${args.join(' ')} exited with ${status}`);
}

function startKubedex(): Promise<ChildServer> {
  return startChild({ args: productionServerArgs(root), cwd: root, env, portPattern: /"url":"http:\/\/localhost:(\d+)\//, logFile: path.join(work, 'kubedex.log') });
}

/** The scenario's request, with If-None-Match set to the ETag of its 200 when it measures revalidation. */
async function withValidator(port: number, scenario: Scenario): Promise<BenchRequest> {
  if (!scenario.revalidate) return scenario.request;
  const etag = (await rawRequest(port, scenario.request)).headers.find(([name]) => name.toLowerCase() === 'etag')?.[1];
  if (!etag) throw new Error(`${scenario.request.url} answered no ETag`);
  return { ...scenario.request, headers: { ...scenario.request.headers, 'if-none-match': etag } };
}

/** json-server 0.17 over every resource's JSON as kubedex answers it, each with its name as id. */
async function startJsonServer(kubedexPort: number): Promise<ChildServer> {
  const page = JSON.parse((await rawRequest(kubedexPort, { method: 'GET', url: '/resources?limit=100' })).body.toString('utf8')) as { items: { name: string; category: string }[] };
  const resources = [];
  for (const item of page.items) {
    const answer = await rawRequest(kubedexPort, { method: 'GET', url: `/resources/${item.category}/${item.name}` });
    resources.push({ id: item.name, ...(JSON.parse(answer.body.toString('utf8')) as object) });
  }
  const dbFile = path.join(work, 'json-server-db.json');
  fs.writeFileSync(dbFile, JSON.stringify({ resources }));
  const port = await freePort();
  const server = await startChild({ args: [path.join(root, 'node_modules/json-server/lib/cli/bin.js'), dbFile, '--port', String(port), '--host', '127.0.0.1', '--quiet'], port, stopSignal: 'SIGKILL' });
  await untilOk(port, '/resources/NodePort');
  return server;
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function printReport(results: { coldStartMs: number[]; rssMb: { idle: number; afterLoad: number }; scenarios: { scenario: string; kubedex: LoadFigures; ceiling: LoadFigures; express: LoadFigures; jsonServer?: LoadFigures; ofCeiling: number; overJsonServer: number | null }[] }): void {
  const rps = (f?: LoadFigures) => (f ? `${Math.round(f.rps)}` : '—');
  const table = [['scenario', 'kubedex req/s', 'p50', 'p99', 'ceiling req/s', 'express req/s', 'json-server req/s', '× ceiling', '× json-server', 'bad answers']];
  for (const row of results.scenarios)
    table.push([
      row.scenario,
      rps(row.kubedex),
      `${row.kubedex.p50} ms`,
      `${row.kubedex.p99} ms`,
      rps(row.ceiling),
      rps(row.express),
      rps(row.jsonServer),
      row.ofCeiling.toFixed(2),
      row.overJsonServer === null ? '—' : row.overJsonServer.toFixed(2),
      String(row.kubedex.unexpected),
    ]);
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  for (const [n, row] of table.entries()) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' │ '));
    if (n === 0) console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  }
  console.log(`\ncold start (process start → first 200 of a resource, existing database): ${results.coldStartMs.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
  console.log(`RSS: ${results.rssMb.idle.toFixed(0)} MB idle, ${results.rssMb.afterLoad.toFixed(0)} MB after the load`);
}
