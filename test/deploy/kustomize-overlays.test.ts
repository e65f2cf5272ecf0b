import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/checks/check-manifests.js';
import { resourceOfKind } from '../../src/knowledge/api-version-catalogue.js';
import type { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';
import { renderKustomization, type KubeObject } from './render-kustomization.js';

const OVERLAYS = path.join(PACKAGE_ROOT, 'deploy', 'kubernetes', 'overlays');
let knowledge: SeededKnowledge;
let snapshot: KnowledgeSnapshot;
const rendered: Record<'sqlite' | 'postgresql', KubeObject[]> = { sqlite: [], postgresql: [] };

beforeAll(async () => {
  knowledge = await seededKnowledge();
  snapshot = knowledge.store.snapshot;
  // Which kinds take the namespace is kubedex's own knowledge too (the seeded `namespaced` fact).
  const isNamespaced = (o: KubeObject) => resourceOfKind(snapshot, o.kind)?.kubernetes?.namespaced ?? true;
  for (const overlay of ['sqlite', 'postgresql'] as const) rendered[overlay] = renderKustomization(path.join(OVERLAYS, overlay), isNamespaced);
});

afterAll(() => knowledge.close());

const one = (objects: KubeObject[], kind: string, name?: string) => {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  expect(found, `${kind} ${name ?? ''}`).toHaveLength(1);
  // Rendered YAML has no static type; a wrong path fails the expectation that reads it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return found[0] as KubeObject & Record<string, any>;
};

describe.each(['sqlite', 'postgresql'] as const)('the %s overlay', (overlay) => {
  it('uses only kinds and apiVersions that kubedex knows a v1.36 cluster serves, with valid fields', () => {
    const objects = rendered[overlay];
    expect(objects.length).toBeGreaterThan(5);
    for (const o of objects) {
      const resource = resourceOfKind(snapshot, o.kind);
      expect(resource?.kubernetes, `kubedex knows ${o.kind}`).toBeTruthy();
      expect(resource!.kubernetes!.servedVersions, `${o.kind} ${o.apiVersion}`).toContain(o.apiVersion);
      expect(o.metadata.namespace === 'kubedex', `${o.kind} namespace`).toBe(resource!.kubernetes!.namespaced);
      expect(o.metadata.labels?.['app.kubernetes.io/name']).toBe('kubedex');
    }
    // The same check `POST /check` runs: removed/deprecated apiVersions and every field against the v1.36 schema.
    expect(checkManifests(snapshot, { manifests: objects.map((object, index) => ({ index, object })), kubernetesVersion: 'v1.36', lang: 'en' })).toEqual([]);
  });

  it('wires every reference to an object it renders', () => {
    const objects = rendered[overlay];
    const deployment = one(objects, 'Deployment', 'kubedex');
    const pod = deployment.spec.template;
    const names = (kind: string) => objects.filter((o) => o.kind === kind).map((o) => o.metadata.name);
    expect(names('ServiceAccount')).toContain(pod.spec.serviceAccountName);
    for (const container of pod.spec.containers)
      for (const source of container.envFrom) {
        if (source.configMapRef) expect(names('ConfigMap')).toContain(source.configMapRef.name);
        if (source.secretRef) expect(names('Secret')).toContain(source.secretRef.name);
      }
    for (const volume of pod.spec.volumes ?? []) if (volume.persistentVolumeClaim) expect(names('PersistentVolumeClaim')).toContain(volume.persistentVolumeClaim.claimName);
    expect(deployment.spec.selector.matchLabels).toEqual(expect.objectContaining(one(objects, 'Service').spec.selector));
    expect(pod.metadata.labels).toEqual(expect.objectContaining(deployment.spec.selector.matchLabels));
    expect(one(objects, 'Ingress').spec.rules[0].http.paths[0].backend.service.name).toBe(one(objects, 'Service').metadata.name);
  });
});

describe('the sqlite overlay', () => {
  it('runs one replica on a PersistentVolumeClaim, replaced by Recreate, migrating and seeding itself', () => {
    const objects = rendered.sqlite;
    const deployment = one(objects, 'Deployment', 'kubedex');
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    const container = deployment.spec.template.spec.containers[0];
    const mount = container.volumeMounts.find((m: { name: string }) => m.name === 'data');
    const config = one(objects, 'ConfigMap', 'kubedex').data;
    expect(config.DATABASE_URL).toBe(`file:${mount.mountPath}/kubedex.db`);
    expect(config).toMatchObject({ MIGRATE_ON_START: 'true', SEED_ON_START: 'auto' });
    expect(one(objects, 'PersistentVolumeClaim').spec.accessModes).toEqual(['ReadWriteOnce']);
    // Nothing that would start a second SQLite writer or block the one replica's eviction.
    for (const kind of ['HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Job', 'Secret']) expect(objects.filter((o) => o.kind === kind)).toEqual([]);
  });
});

describe('the postgresql overlay', () => {
  it('runs several replicas on PostgreSQL, migrated by a Job, scaled and kept available', () => {
    const objects = rendered.postgresql;
    const deployment = one(objects, 'Deployment', 'kubedex');
    expect(deployment.spec.replicas).toBeGreaterThan(1);
    expect(deployment.spec.strategy.type).toBe('RollingUpdate');
    expect(deployment.spec.template.spec.volumes).toBeUndefined();
    expect(one(objects, 'Secret').stringData.DATABASE_URL).toMatch(/^postgresql:\/\//);
    expect(one(objects, 'ConfigMap', 'kubedex').data).toMatchObject({ MIGRATE_ON_START: 'false', SEED_ON_START: 'never' });
    expect(one(objects, 'Job').spec.template.spec.containers[0].command).toContain('seed');
    const hpa = one(objects, 'HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: deployment.apiVersion, kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThan(one(objects, 'PodDisruptionBudget').spec.minAvailable - 1);
    const egressPorts = one(objects, 'NetworkPolicy').spec.egress.flatMap((rule: { ports: { port: number }[] }) => rule.ports.map((p) => p.port));
    expect(egressPorts).toContain(5432);
  });
});
