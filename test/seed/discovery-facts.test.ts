import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../src/knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import type { DiscoveryRow } from './discovery/discovery-row.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

function isTable(value: unknown): value is DiscoveryRow[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && 'kind' in v && 'verbs' in v);
}

/** Every row of every table under test/seed/discovery/, whoever wrote it. */
async function discoveryTables(): Promise<DiscoveryRow[]> {
  const dir = path.join(import.meta.dirname, 'discovery');
  const rows: DiscoveryRow[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const module = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (isTable(value)) rows.push(...value);
  }
  return rows;
}

const ROWS = await discoveryTables();
const rowOf = new Map(ROWS.map((r) => [r.kind, r]));

/** What kubedex serves about a resource's kind, in the shape of a discovery row (served versions as versions, as discovery lists them). */
function servedFacts(r: Resource): DiscoveryRow {
  const k = r.kubernetes!;
  const servedVersions = k.servedVersions.map((apiVersion) => apiVersion.slice(apiVersion.lastIndexOf('/') + 1));
  return { kind: k.kind, group: k.group, version: k.version, servedVersions, plural: k.plural, singular: k.singular, shortNames: k.shortNames, namespaced: k.namespaced, verbs: k.verbs };
}

let knowledge: SeededKnowledge;
let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  knowledge = await seededKnowledge();
  snapshot = await knowledge.store.reload();
});
afterAll(() => knowledge?.close());

describe('Kubernetes facts against v1.36 discovery', () => {
  it('has one row per kind across the tables', () => {
    expect(ROWS.length).toBeGreaterThan(0);
    expect(new Set(ROWS.map((r) => r.kind)).size).toBe(ROWS.length);
  });

  it('serves, for every resource of a kind in the tables, exactly the facts discovery states', () => {
    const checked = snapshot.resources.filter((r) => r.kubernetes && rowOf.has(r.kubernetes.kind));
    expect(checked.length).toBeGreaterThanOrEqual(ROWS.length);
    const wrong = checked.flatMap((r) => {
      const expected = rowOf.get(r.kubernetes!.kind)!;
      // A variant (NodePort, Headless, ...) is its kind with a selector; the kind's shortNames name the kind, not the variant.
      const served = r.variant ? { ...servedFacts(r), shortNames: expected.shortNames } : servedFacts(r);
      return JSON.stringify(served) === JSON.stringify(expected) ? [] : [{ resource: r.name, served, expected }];
    });
    expect(wrong).toEqual([]);
  });

  it('holds every kind of the tables as a resource of its own', () => {
    const missing = ROWS.filter((row) => !snapshot.resources.some((r) => !r.variant && r.kubernetes?.kind === row.kind && r.kubernetes.group === row.group));
    expect(missing.map((row) => `${row.group || 'core'}/${row.kind}`)).toEqual([]);
  });

  it('serves a removed kind under no version', () => {
    const removed = snapshot.resources.filter((r) => r.status === 'removed');
    expect(removed.map((r) => r.name)).toContain('PodSecurityPolicy');
    for (const r of removed) {
      expect(rowOf.has(r.kubernetes!.kind), r.name).toBe(false);
      expect(r.kubernetes?.servedVersions, r.name).toEqual([]);
    }
  });
});
