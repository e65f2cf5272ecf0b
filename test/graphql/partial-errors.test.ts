import { Writable } from 'node:stream';
import type { Express } from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

/** Errors stay on the field that failed: the rest of the answer survives, and client mistakes log nothing at error level. */

let knowledge: SeededKnowledge;
let app: Express;
const logged: { level: number; msg?: string; err?: unknown }[] = [];

beforeAll(async () => {
  knowledge = await seededKnowledge();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line));
      done();
    },
  });
  app = await createApp({ store: knowledge.store, config: loadConfig({ KNOWLEDGE_POLL_MS: '0' }), logger: pino({ level: 'info' }, sink) });
});
afterAll(() => knowledge.close());

const globalId = (raw: string) => Buffer.from(raw).toString('base64');
const errorsLogged = () => logged.filter((l) => l.level >= 50);

describe('Query.nodes and Query.node with ids that name nothing', () => {
  const CRAFTED = ['nope', globalId('nope'), globalId('Foo:1'), globalId('__proto__:x'), globalId('Query:x'), globalId('Lang:en'), globalId('constructor:x'), '', '%%%'];

  it.each(CRAFTED)('answers null for %j in place and keeps the other nodes', async (bad) => {
    logged.length = 0;
    const good = globalId('Resource:Pod');
    const answer = await graphql(app, 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Resource { name } } meta { revision } }', { variables: { ids: [good, bad, good] } });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes).toEqual([{ id: good, name: 'Pod' }, null, { id: good, name: 'Pod' }]);
    expect(answer.data?.meta.revision).toBe(knowledge.store.snapshot.revision);
    expect(errorsLogged()).toEqual([]);
  });

  it.each(CRAFTED)('answers node(id: %j) with null', async (bad) => {
    logged.length = 0;
    const answer = await graphql(app, 'query($id: ID!) { node(id: $id) { id } meta { revision } }', { variables: { id: bad } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ node: null, meta: { revision: knowledge.store.snapshot.revision } });
    expect(errorsLogged()).toEqual([]);
  });
});

describe('a failing field keeps its siblings', () => {
  it.each([
    ['compare(names: ["deploy", "Nonexistentt"]) { title }', 'compare', 'VALIDATION_FAILED'],
    ['corrections(resource: "Nope") { slug }', 'corrections', 'NOT_FOUND'],
    ['search(q: "pod", limit: 999) { score }', 'search', 'VALIDATION_FAILED'],
    ['resources(first: 101) { totalCount }', 'resources', 'VALIDATION_FAILED'],
    ['resource(name: "Pod") { name parents(depth: 99) { depth } }', 'resource', 'VALIDATION_FAILED'],
    ['category(slug: "workloads") { slug resources(after: "bogus") { totalCount } }', 'category', 'VALIDATION_FAILED'],
    ['comparison(slug: "job-vs-cronjob") { slug resources(first: -1) { totalCount } }', 'comparison', 'VALIDATION_FAILED'],
  ])('%s fails alone', async (selection, field, code) => {
    logged.length = 0;
    const answer = await graphql(app, `{ meta { revision } ${selection} }`);
    expect(answer.status).toBe(200);
    expect(codes(answer)).toEqual([code]);
    expect(answer.data?.meta).toEqual({ revision: knowledge.store.snapshot.revision });
    expect(answer.data).toHaveProperty(field);
    // The failing field itself is null, not the object around it.
    const path = answer.errors?.[0]?.path ?? [];
    expect(path.length).toBeGreaterThan(0);
    let value: unknown = answer.data;
    for (const key of path) value = (value as Record<string | number, unknown>)[key];
    expect(value).toBeNull();
    if (path.length > 1) expect(answer.data?.[field]).not.toBeNull();
    expect(errorsLogged()).toEqual([]);
  });
});
