import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';
import { DISCOVERY_KINDS_A } from './discovery/new-kinds-a.js';

const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));
const resource = (name: string) => seed.resources.find((r) => r.name === name);
const KINDS = DISCOVERY_KINDS_A.map((d) => d.kind);
const GATEWAY_API = ['GatewayClass', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant'];

/** The section of the Kubernetes API reference (kubernetes.io/docs/reference/kubernetes-api/) that lists each built-in kind. */
const REFERENCE_SECTION: Record<string, string> = {
  PodTemplate: 'workload-resources',
  ControllerRevision: 'workload-resources',
  PriorityClass: 'workload-resources',
  ResourceClaim: 'workload-resources',
  ResourceClaimTemplate: 'workload-resources',
  ResourceSlice: 'workload-resources',
  Endpoints: 'service-resources',
  CSIDriver: 'config-and-storage-resources',
  CSINode: 'config-and-storage-resources',
  CSIStorageCapacity: 'config-and-storage-resources',
  VolumeAttachment: 'config-and-storage-resources',
  VolumeAttributesClass: 'config-and-storage-resources',
  RuntimeClass: 'cluster-resources',
  ServiceCIDR: 'cluster-resources',
  IPAddress: 'cluster-resources',
  DeviceClass: 'extend-resources',
};

/** The README's rule: the API reference's grouping mapped onto kubedex's five categories. */
const CATEGORY_OF_SECTION: Record<string, string> = {
  'workload-resources': 'workloads',
  'service-resources': 'service',
  'config-and-storage-resources': 'config-storage',
  'authentication-resources': 'cluster',
  'authorization-resources': 'cluster',
  'cluster-resources': 'cluster',
  'policy-resources': 'metadata',
  'extend-resources': 'metadata',
};

describe('the kinds content-a added', () => {
  it('places every built-in kind in the category its API reference section maps to', () => {
    for (const [name, section] of Object.entries(REFERENCE_SECTION)) expect(resource(name)?.category, name).toBe(CATEGORY_OF_SECTION[section]);
  });

  it('files the Gateway API kinds under service beside Ingress, as add-ons', () => {
    for (const name of GATEWAY_API) expect(resource(name), name).toMatchObject({ category: 'service', distribution: 'addon' });
    for (const name of Object.keys(REFERENCE_SECTION)) expect(resource(name)?.distribution, name).toBe('builtin');
  });

  it.each(KINDS)('%s carries texts, tasks, a Japanese alias, docs and an example of its apiVersion', (name) => {
    const r = resource(name);
    expect(r).toMatchObject({ fromArticle: false, articleSection: null });
    expect(r?.tasks.length).toBeGreaterThanOrEqual(6);
    expect(r?.tasks.length).toBeLessThanOrEqual(8);
    expect(r?.aliases.some((a) => a.kind === 'japanese')).toBe(true);
    expect(r?.text.ja.description).not.toBe(r?.text.en.description);
    const k = r?.kubernetes;
    expect(r?.example).toContain(`apiVersion: ${k?.group ? `${k.group}/${k.version}` : k?.version}\nkind: ${name}\n`);
    expect(r?.example).not.toMatch(/:latest\b/);
  });

  it('keeps every Pod in the examples within the restricted Pod Security Standard', () => {
    for (const name of KINDS) {
      const example = resource(name)?.example ?? '';
      if (!/\n\s*containers:/.test(example)) continue;
      for (const needle of ['runAsNonRoot: true', 'allowPrivilegeEscalation: false', 'drop: ["ALL"]', 'type: RuntimeDefault']) expect(example, `${name}: ${needle}`).toContain(needle);
    }
  });

  it('states the relations the knowledge issue asks for', () => {
    const asked: [string, string, string][] = [
      ['DaemonSet', 'parent_of', 'ControllerRevision'],
      ['StatefulSet', 'parent_of', 'ControllerRevision'],
      ['Pod', 'uses', 'PriorityClass'],
      ['Pod', 'uses', 'RuntimeClass'],
      ['Service', 'parent_of', 'EndpointSlice'],
      ['Service', 'parent_of', 'Endpoints'],
      ['ServiceCIDR', 'allocates', 'IPAddress'],
      ['IPAddress', 'references', 'Service'],
      ['Pod', 'uses', 'ResourceClaim'],
      ['ResourceClaimTemplate', 'creates', 'ResourceClaim'],
      ['ResourceClaim', 'uses', 'DeviceClass'],
      ['Node', 'publishes', 'ResourceSlice'],
      ['StorageClass', 'uses', 'CSIDriver'],
      ['VolumeAttachment', 'attaches_to', 'Node'],
      ['VolumeAttachment', 'references', 'PersistentVolume'],
      ['HTTPRoute', 'attaches_to', 'Gateway'],
      ['Gateway', 'uses', 'GatewayClass'],
      ['HTTPRoute', 'routes_to', 'Service'],
      ['ReferenceGrant', 'grants', 'HTTPRoute'],
      ['Ingress', 'alternative_to', 'Gateway'],
      ['Ingress', 'alternative_to', 'HTTPRoute'],
      ['Endpoints', 'alternative_to', 'EndpointSlice'],
    ];
    for (const [from, kind, to] of asked) expect(seed.relations.filter((r) => r.from === from && r.kind === kind && r.to === to), `${from} ${kind} ${to}`).toHaveLength(1);
    expect(resource('Endpoints')).toMatchObject({ status: 'deprecated', supersededBy: 'EndpointSlice' });
  });

  it('compares Endpoints with EndpointSlice and Ingress with Gateway and HTTPRoute', () => {
    const comparison = (slug: string) => seed.comparisons.find((c) => c.slug === slug)?.resources;
    expect(comparison('endpoints-vs-endpointslice')).toEqual(['Endpoints', 'EndpointSlice']);
    expect(comparison('ingress-vs-gateway-api')).toEqual(['Ingress', 'Gateway', 'HTTPRoute']);
  });
});

describe('apiVersion history of the kinds content-a added', () => {
  const history = (name: string) => seed.apiVersions.find((k) => k.resource === name)?.versions ?? [];

  it.each(KINDS)('%s lists every apiVersion oldest first, ending with the one served today', (name) => {
    const k = resource(name)?.kubernetes;
    const current = k?.group ? `${k.group}/${k.version}` : k?.version;
    const versions = history(name);
    expect(versions.at(-1)).toMatchObject({ apiVersion: current, removedIn: null, replacement: null });
    for (const older of versions.slice(0, -1))
      if (older.deprecatedIn || older.removedIn || older.replacement) expect(older.replacement, older.apiVersion).toBe(current);
    const introduced = versions.map((v) => v.introducedIn).filter((v) => v !== null).map((v) => Number(v.slice(3)));
    expect(introduced).toEqual([...introduced].sort((a, b) => a - b));
  });

  it('agrees with every row of the deprecation guide for these kinds', () => {
    const guide: [string, string, string][] = [
      ['RuntimeClass', 'node.k8s.io/v1beta1', 'v1.25'],
      ['PriorityClass', 'scheduling.k8s.io/v1beta1', 'v1.22'],
      ['CSIDriver', 'storage.k8s.io/v1beta1', 'v1.22'],
      ['CSINode', 'storage.k8s.io/v1beta1', 'v1.22'],
      ['VolumeAttachment', 'storage.k8s.io/v1beta1', 'v1.22'],
      ['CSIStorageCapacity', 'storage.k8s.io/v1beta1', 'v1.27'],
      ['ControllerRevision', 'apps/v1beta1', 'v1.16'],
      ['ControllerRevision', 'apps/v1beta2', 'v1.16'],
    ];
    for (const [name, apiVersion, removedIn] of guide) expect(history(name).find((v) => v.apiVersion === apiVersion)?.removedIn, `${name} ${apiVersion}`).toBe(removedIn);
    expect(history('Endpoints')).toEqual([expect.objectContaining({ apiVersion: 'v1', deprecatedIn: 'v1.33', removedIn: null })]);
    expect(history('Endpoints')[0]?.note?.en).toContain('EndpointSlice');
  });
});
