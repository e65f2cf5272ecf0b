import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/package-root.js';
import { loadFieldReference } from '../../src/reference/field-reference-data.js';
import { fieldTree } from '../../src/reference/field-tree.js';
import { listFieldEntries } from '../../src/reference/list-field-entries.js';
import { readSeed } from '../../src/seed/read-seed.js';

describe('the field reference', () => {
  it('has a field tree for every built-in kind the knowledge holds', () => {
    const kinds = readSeed(SEED_DIR).resources.filter((resource) => resource.kubernetes && resource.distribution === 'builtin');
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
    expect(loadFieldReference().source).toEqual({ package: 'kubernetes-models', packageVersion: '5.1.0', kubernetesVersion: 'v1.36.0', language: 'en' });
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
