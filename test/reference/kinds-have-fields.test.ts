import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/package-root.js';
import { loadFieldReference } from '../../src/reference/field-reference-data.js';
import { fieldTree } from '../../src/reference/field-tree.js';
import { listFieldEntries } from '../../src/reference/list-field-entries.js';
import { readSeed } from '../../src/seed/read-seed.js';

describe('the field reference', () => {
  it('has a field tree for every kind the knowledge holds, add-on APIs included', () => {
    const kinds = readSeed(SEED_DIR).resources.filter((resource) => resource.kubernetes);
    expect(kinds.filter((resource) => resource.distribution === 'addon').length).toBe(6);
    expect(kinds.length).toBeGreaterThan(30);
    const missing = kinds.flatMap((resource) => {
      const { kind, group, version } = resource.kubernetes!;
      try {
        const tree = fieldTree({ apiVersion: group ? `${group}/${version}` : version, kind }, { depth: 1 });
        return tree.fields.some((field) => field.name === 'metadata') ? [] : [`${resource.name}: no metadata field`];
      } catch (error) {
        return [`${resource.name}: ${(error as Error).message}`];
      }
    });
    expect(missing).toEqual([]);
  });

  it('is stamped with the package and the Kubernetes release it was generated from', () => {
    expect(loadFieldReference().source).toEqual({
      package: 'kubernetes-models',
      packageVersion: '5.1.0',
      kubernetesVersion: 'v1.36.0',
      language: 'en',
      schema: 'kubernetes',
      release: { project: 'Kubernetes', version: 'v1.36.0', from: 'package-changelog' },
    });
  });

  it('stamps a removed apiVersion with the last release that served it, from the api-version history', () => {
    const seed = readSeed(SEED_DIR);
    const kindOf = new Map(seed.resources.map((resource) => [resource.name, resource.kubernetes?.kind]));
    const history = seed.apiVersions.flatMap((h) => h.versions.map((v) => ({ ...v, kind: kindOf.get(h.resource) })));
    const removed = loadFieldReference().kinds.filter((kind) => kind.source.release.from === 'api-version-history');
    expect(removed.length).toBeGreaterThan(40);
    expect(fieldTree({ apiVersion: 'batch/v1beta1', kind: 'CronJob' }, { depth: 1 }).source).toMatchObject({ kubernetesVersion: 'v1.24', release: { version: 'v1.24' } });
    expect(fieldTree({ apiVersion: 'extensions/v1beta1', kind: 'Ingress' }, { depth: 1 }).source.kubernetesVersion).toBe('v1.21');
    expect(fieldTree({ apiVersion: 'apps/v1', kind: 'Deployment' }, { depth: 1 }).source.kubernetesVersion).toBe('v1.36.0');
    // Every stamp is the release before the history's removedIn, for the kinds the history lists.
    for (const kind of removed) {
      const apiVersion = kind.group ? `${kind.group}/${kind.version}` : kind.version;
      const entry = history.find((v) => v.apiVersion === apiVersion && v.kind === kind.kind);
      if (!entry) continue;
      expect(`v1.${Number(entry.removedIn!.slice(3)) - 1}`, `${apiVersion} ${kind.kind}`).toBe(kind.source.kubernetesVersion);
    }
    // extensions/v1beta1 kinds left at different releases, so the Scale subresource's release is unknown.
    expect(fieldTree({ apiVersion: 'extensions/v1beta1', kind: 'Scale' }, { depth: 1 }).source).toMatchObject({ kubernetesVersion: 'unknown', release: { version: null, from: null } });
  });

  it('gives top-level apiVersion and kind the upstream TypeMeta text', () => {
    const [apiVersion, kind] = fieldTree({ apiVersion: 'apps/v1', kind: 'Deployment' }, { depth: 1 }).fields;
    expect(apiVersion).toMatchObject({ name: 'apiVersion', description: expect.stringMatching(/^APIVersion defines the versioned schema/) });
    expect(kind).toMatchObject({ name: 'kind', description: expect.stringMatching(/^Kind is a string value representing the REST resource/) });
    expect(fieldTree({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute' }, { depth: 1 }).fields[0]!.description).toMatch(/^APIVersion defines/);
  });

  it('lists every field of every kind for a search index, with its upstream description', () => {
    const entries = [...listFieldEntries()];
    expect(entries.length).toBeGreaterThan(20_000);
    expect(entries).toContainEqual(expect.objectContaining({ apiVersion: 'apps/v1', kind: 'Deployment', path: 'spec.strategy.rollingUpdate.maxSurge', type: '<IntOrString>' }));
    const paths = entries.filter((entry) => entry.kind === 'CustomResourceDefinition' && entry.apiVersion === 'apiextensions.k8s.io/v1').map((entry) => entry.path);
    // JSONSchemaProps contains itself: the listing stops where a definition repeats on its own path.
    expect(paths).toContain('spec.versions.schema.openAPIV3Schema.properties');
    expect(paths.some((path) => path.includes('openAPIV3Schema.properties.properties'))).toBe(false);
  });
});
