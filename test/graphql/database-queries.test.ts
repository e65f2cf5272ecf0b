import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { countDatabaseQueries, type QueryCounter } from './count-database-queries.js';
import { graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
let counter: QueryCounter;
beforeAll(async () => {
  app = await seededApp();
  counter = countDatabaseQueries();
});
afterAll(async () => {
  counter.restore();
  await app.close();
});

// Every root field, nested through relations, chains, categories and comparisons, in documents
// each within the cost limit.
const DOCUMENTS = [
  '{ categories { name resources(first: 50) { totalCount edges { node { name category { slug } } } } } }',
  `{ resources(first: 50, filter: { namespaced: { eq: true } }) {
      edges { node { name summary facts { key value label } aliases { name } sources { docsUrl }
        relations { kind note from { name category { name } } to { name category { name } } } } } } }`,
  `{ resources(first: 50) { edges { node {
      parents(depth: 3) { resource { name } via { kind } } children(depth: 3) { resource { name } }
      alternatives { name } variants { name variant { of { name } } } comparisons { slug } corrections { slug } } } } }`,
  `{ resource(name: "deamonset") { name } category(slug: "workloads") { slug }
     comparison(slug: "deployment-vs-statefulset") { aspects { cells { resource { name } text } } } comparisons { slug }
     compare(names: ["Pod", "ConfigMap"]) { aspects { key } } corrections { resource { name } } meta { revision counts { resources } }
     search(q: "rolling update", limit: 5) { resource { name } } node(id: "UmVzb3VyY2U6UG9k") { id } nodes(ids: ["Q2F0ZWdvcnk6d29ya2xvYWRz"]) { id } }`,
];

describe('reads never touch the database', () => {
  it('counts a query that reaches the database (the counter works)', async () => {
    const before = counter.count;
    await app.store.reload();
    expect(counter.count).toBeGreaterThan(before);
  });

  it('answers every root field, nested, with zero database queries', async () => {
    const before = counter.count;
    for (const document of DOCUMENTS) {
      const answer = await graphql(app.app, document);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    }
    expect(counter.count - before).toBe(0);
  });
});
