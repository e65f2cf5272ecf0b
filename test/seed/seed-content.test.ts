import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';

const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));

/** The resources the source article lists, under the category it gives them. */
const ARTICLE_LISTS: Record<string, string[]> = {
  workloads: ['Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob'],
  service: ['Service', 'ClusterIP', 'ExternalIP', 'NodePort', 'LoadBalancer', 'Headless', 'ExternalName', 'None-Selector', 'Ingress', 'ExternalLoadBalancerIngress', 'InClusterIngress'],
  'config-storage': ['Secret', 'ConfigMap', 'PersistentVolumeClaim', 'Volume', 'PersistentVolume'],
  cluster: ['Node', 'Namespace', 'PersistentVolume', 'ResourceQuota', 'ServiceAccount', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'NetworkPolicy'],
  metadata: ['LimitRange', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'CustomResourceDefinition'],
};

describe('seed content', () => {
  it.each(Object.entries(ARTICLE_LISTS))('lists every resource the article puts under %s, in its order', (category, names) => {
    const listed = seed.resources
      .flatMap((r) => [
        ...(r.category === category ? [{ name: r.name, position: r.position, fromArticle: r.fromArticle }] : []),
        ...r.alsoListedIn.filter((l) => l.category === category).map((l) => ({ name: r.name, position: l.position, fromArticle: r.fromArticle })),
      ])
      .filter((r) => r.fromArticle)
      .sort((a, b) => a.position - b.position)
      .map((r) => r.name);
    expect(listed).toEqual(names);
  });

  it('marks every resource the article does not name as not from the article', () => {
    const fromArticle = new Set(Object.values(ARTICLE_LISTS).flat());
    for (const r of seed.resources) expect(r.fromArticle, r.name).toBe(fromArticle.has(r.name));
  });

  it.each(seed.resources.filter((r) => r.example).map((r) => [r.name, r] as const))('%s has an example manifest that parses and matches its facts', (_name, r) => {
    const documents = parseAllDocuments(r.example ?? '');
    expect(documents.every((d) => d.errors.length === 0)).toBe(true);
    const manifests = documents.map((d) => d.toJS() as { apiVersion?: string; kind?: string });
    if (!r.kubernetes) return expect(manifests[0]?.kind).toBeTypeOf('string');
    const k = r.kubernetes;
    expect(manifests).toContainEqual(expect.objectContaining({ apiVersion: k.group ? `${k.group}/${k.version}` : k.version, kind: k.kind }));
  });

  it('gives every Kubernetes kind one owner of its shortNames', () => {
    const owners = new Map<string, string>();
    for (const r of seed.resources)
      for (const s of r.kubernetes?.shortNames ?? []) {
        expect(owners.get(s), `${s} claimed by ${owners.get(s)} and ${r.name}`).toBeUndefined();
        owners.set(s, r.name);
      }
  });

  it('covers every comparison the knowledge issue asks for', () => {
    const asked = [
      ['ExternalIP', 'NodePort'], ['ClusterIP', 'NodePort', 'LoadBalancer'], ['ClusterIP', 'Headless'], ['ExternalName', 'None-Selector'],
      ['Service', 'Ingress'], ['ExternalLoadBalancerIngress', 'InClusterIngress'], ['ReplicaSet', 'DaemonSet'], ['ReplicaSet', 'Job'],
      ['Job', 'CronJob'], ['Pod', 'ReplicaSet', 'Deployment'], ['ReplicationController', 'ReplicaSet'], ['Deployment', 'StatefulSet'],
      ['Volume', 'PersistentVolume', 'PersistentVolumeClaim'], ['ConfigMap', 'Secret'], ['Role', 'ClusterRole'],
    ];
    for (const names of asked) expect(seed.comparisons.some((c) => names.every((n) => c.resources.includes(n))), names.join(' vs ')).toBe(true);
  });

  it('states an alternative for every pair a comparison covers, unless another relation ties them', () => {
    const related = (a: string, b: string, kind?: string) =>
      seed.relations.some((r) => (!kind || r.kind === kind) && ((r.from === a && r.to === b) || (r.from === b && r.to === a)));
    for (const c of seed.comparisons)
      for (const a of c.resources)
        for (const b of c.resources) {
          if (a >= b) continue;
          if (c.resources.length === 2) expect(related(a, b, 'alternative_to'), `${c.slug}: ${a} / ${b}`).toBe(true);
          else expect(related(a, b), `${c.slug}: ${a} / ${b}`).toBe(true);
        }
  });
});
