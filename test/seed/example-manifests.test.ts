import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';
import { restrictedViolations, type PodSpecForSecurity } from '../support/restricted-pod-security.js';

/**
 * The example manifests work together when applied to one cluster: consistent labels and ports, one
 * namespace, pinned images, Pods that pass the restricted Pod Security Standard, an HPA that can scale and a
 * StatefulSet that starts (review rows 25–28).
 */
const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));

interface Container {
  name: string;
  image: string;
  ports?: Array<{ containerPort: number }>;
  env?: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }>;
  volumeMounts?: Array<{ name: string; mountPath: string; subPath?: string }>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}
interface PodSpec extends PodSpecForSecurity {
  containers: Container[];
  initContainers?: Container[];
}
interface Manifest {
  apiVersion: string;
  kind: string;
  /** Review kinds (TokenReview, ...) may carry none. */
  metadata?: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  [field: string]: unknown;
}
interface Example {
  resource: string;
  manifest: Manifest;
}

const examples: Example[] = seed.resources.flatMap((r) =>
  parseAllDocuments(r.example ?? '')
    .map((d) => d.toJS() as Manifest | null)
    .filter((m): m is Manifest => m !== null && typeof m === 'object')
    .map((manifest) => ({ resource: r.name, manifest })),
);
const ofKind = (kind: string) => examples.filter((e) => e.manifest.kind === kind);
const resource = (name: string) => examples.find((e) => e.resource === name)?.manifest;

/** Kinds whose objects live in a namespace, from the seed's own API facts. */
const namespacedKinds = new Map(seed.resources.filter((r) => r.kubernetes).map((r) => [r.kubernetes!.kind, r.kubernetes!.namespaced]));

/** The Pod template of a Pod-bearing manifest, with the labels its Pods get. */
interface Template {
  metadata?: { labels?: Record<string, string> };
  spec?: PodSpec;
}
function podTemplate(m: Manifest): { labels: Record<string, string>; spec: PodSpec } | null {
  if (m.kind === 'Pod') return { labels: m.metadata?.labels ?? {}, spec: m.spec as unknown as PodSpec };
  const spec = m.spec as { template?: Template; jobTemplate?: { spec?: { template?: Template } } } | undefined;
  const template = m.kind === 'CronJob' ? spec?.jobTemplate?.spec?.template : spec?.template;
  return template?.spec ? { labels: template.metadata?.labels ?? {}, spec: template.spec } : null;
}
const podBearing = examples.flatMap((e) => {
  const template = podTemplate(e.manifest);
  return template ? [{ ...e, ...template }] : [];
});
const containersOf = (spec: PodSpec) => [...(spec.initContainers ?? []), ...spec.containers];

/** A label selector as the API reads it: RC's map, or matchLabels (the examples use no matchExpressions). */
function selectorOf(m: Manifest): Record<string, string> | null {
  const selector = m.spec?.selector as Record<string, unknown> | undefined;
  if (!selector) return null;
  if (m.kind === 'ReplicationController' || m.kind === 'Service') return selector as Record<string, string>;
  return (selector.matchLabels as Record<string, string> | undefined) ?? {};
}
const matches = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);

describe('the restricted Pod Security Standard helper', () => {
  it('flags a Pod with no securityContext and a hostPath volume, and passes a hardened one', () => {
    const bare: PodSpecForSecurity = { containers: [{ name: 'c' }], volumes: [{ name: 'logs', hostPath: { path: '/var/log' } }] };
    expect(restrictedViolations(bare)).toEqual([
      'HostPath volumes: volume logs is a hostPath',
      'privilege escalation: container c must set allowPrivilegeEscalation: false',
      'running as non-root: container c needs runAsNonRoot: true (pod or container)',
      'seccomp: container c needs seccompProfile RuntimeDefault or Localhost (pod or container)',
      'capabilities: container c must drop ALL',
    ]);
    const hardened: PodSpecForSecurity = {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'c', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
      volumes: [{ name: 'cache', emptyDir: {} }],
    };
    expect(restrictedViolations(hardened)).toEqual([]);
    expect(restrictedViolations({ ...hardened, hostNetwork: true, volumes: [{ name: 'n', nfs: { server: 's', path: '/' } }] })).toEqual([
      'host namespaces: hostNetwork, hostPID and hostIPC must be unset or false',
      'volume types: volume n is of type nfs',
    ]);
  });
});

describe('example manifests', () => {
  it('include Pods at all (the checks below are not vacuous)', () => {
    expect(podBearing.map((p) => p.resource)).toEqual(expect.arrayContaining(['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob']));
  });

  it.each(podBearing.map((p) => [`${p.resource}: ${p.manifest.kind} ${p.manifest.metadata?.name}`, p] as const))(
    '%s passes the restricted Pod Security Standard',
    (_label, p) => {
      expect(restrictedViolations(p.spec)).toEqual([]);
    },
  );

  it('pin every image to a tag other than latest', () => {
    for (const p of podBearing)
      for (const c of containersOf(p.spec)) expect(c.image, `${p.resource} ${c.name}`).toMatch(/^[^:@]+(:(?!latest$)[\w.-]+|@sha256:[0-9a-f]{64})$/);
  });

  it('run every app: web workload as nginxinc/nginx-unprivileged:1.27 on containerPort 8080', () => {
    const web = podBearing.filter((p) => p.labels.app === 'web');
    expect(web.length).toBeGreaterThan(0);
    for (const p of web) {
      const nginx = p.spec.containers.find((c) => c.image.startsWith('nginxinc/nginx-unprivileged'));
      expect(nginx?.image, p.resource).toBe('nginxinc/nginx-unprivileged:1.27');
      expect(nginx?.ports, p.resource).toEqual([expect.objectContaining({ containerPort: 8080 })]);
    }
  });

  it('send every Service with a selector to a port its selected Pods listen on', () => {
    for (const { resource, manifest } of ofKind('Service')) {
      const selector = selectorOf(manifest);
      if (!selector) continue;
      const targets = podBearing.filter((p) => matches(selector, p.labels));
      expect(targets.length, `${resource} selects no example Pods`).toBeGreaterThan(0);
      for (const port of manifest.spec!.ports as Array<{ port: number; targetPort?: number }>)
        for (const t of targets) expect(t.spec.containers.flatMap((c) => c.ports ?? []).map((p) => p.containerPort), `${resource} → ${t.resource}`).toContain(port.targetPort ?? port.port);
    }
  });

  it('give a selectorless Service an EndpointSlice, without a targetPort it would ignore', () => {
    for (const { resource, manifest } of ofKind('Service').filter((e) => !e.manifest.spec?.selector && e.manifest.spec?.type !== 'ExternalName')) {
      expect(ofKind('EndpointSlice').some((s) => s.manifest.metadata?.labels?.['kubernetes.io/service-name'] === manifest.metadata?.name), resource).toBe(true);
      for (const port of manifest.spec!.ports as Array<{ targetPort?: number }>) expect(port.targetPort, resource).toBeUndefined();
    }
  });

  it('put every namespaced object in team-a, which the Namespace example creates', () => {
    expect(resource('Namespace')).toMatchObject({ kind: 'Namespace', metadata: { name: 'team-a' } });
    expect(new Set(ofKind('Namespace').map((e) => e.manifest.metadata?.name))).toEqual(new Set(['team-a']));
    for (const { resource: name, manifest } of examples)
      if (namespacedKinds.get(manifest.kind)) expect(manifest.metadata?.namespace, `${name}: ${manifest.kind} ${manifest.metadata?.name}`).toBe('team-a');
  });

  it('give every object a name of its own within its kind and namespace, unless it shows the same object again', () => {
    // The Pod Security Admission example shows team-a with its labels; the VolumeAttributesClass example shows the
    // claim `data` given a class (and grown, which its StorageClass allows).
    const sameObjectShownAgain = new Set(['Namespace//team-a', 'PersistentVolumeClaim/team-a/data']);
    const keys = examples
      .map((e) => `${e.manifest.kind}/${e.manifest.metadata?.namespace ?? ''}/${e.manifest.metadata?.name}`)
      .filter((k) => !sameObjectShownAgain.has(k));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  // ReplicationControllers, ReplicaSets, DaemonSets and StatefulSets adopt orphan Pods their selector matches; a
  // Deployment adopts ReplicaSets (its own ReplicaSets add pod-template-hash, so they never take a bare Pod).
  it('let no controller adopt what another example creates', () => {
    const podAdopters = examples.filter((e) => ['ReplicationController', 'ReplicaSet', 'DaemonSet', 'StatefulSet'].includes(e.manifest.kind));
    for (const c of podAdopters) {
      const selector = selectorOf(c.manifest)!;
      const others = podBearing.filter((p) => p.manifest !== c.manifest && p.manifest.kind !== 'Job' && p.manifest.kind !== 'CronJob');
      expect(others.filter((p) => matches(selector, p.labels)).map((p) => p.resource), c.resource).toEqual([]);
    }
    for (const d of ofKind('Deployment')) {
      const selector = selectorOf(d.manifest)!;
      const replicaSets = podBearing.filter((p) => p.manifest.kind === 'ReplicaSet' || p.manifest.kind === 'ReplicationController');
      expect(replicaSets.filter((p) => matches(selector, p.labels)).map((p) => p.resource), d.resource).toEqual([]);
    }
  });

  it('give the workload of every CPU-utilization HPA CPU requests and leave its replicas to the HPA', () => {
    for (const { manifest } of ofKind('HorizontalPodAutoscaler')) {
      const ref = manifest.spec!.scaleTargetRef as { kind: string; name: string };
      const target = examples.find((e) => e.manifest.kind === ref.kind && e.manifest.metadata?.name === ref.name);
      expect(target, `${ref.kind} ${ref.name}`).toBeDefined();
      expect(target!.manifest.spec!.replicas).toBeUndefined();
      for (const c of podTemplate(target!.manifest)!.spec.containers) expect(c.resources?.requests?.cpu, c.name).toBeDefined();
    }
  });

  it('start the StatefulSet: its password comes from the Secret example, PGDATA is a subdirectory and its headless Service exists', () => {
    const [sts] = ofKind('StatefulSet');
    const { spec, labels } = podTemplate(sts!.manifest)!;
    const postgres = spec.containers.find((c) => c.image.startsWith('postgres:'))!;
    const password = postgres.env?.find((e) => e.name === 'POSTGRES_PASSWORD')?.valueFrom?.secretKeyRef;
    const secret = ofKind('Secret').find((s) => s.manifest.metadata?.name === password?.name)?.manifest;
    expect(Object.keys({ ...(secret?.data as object), ...(secret?.stringData as object) })).toContain(password?.key);
    const pgdata = postgres.env?.find((e) => e.name === 'PGDATA')?.value ?? '';
    const mount = postgres.volumeMounts?.find((m) => pgdata.startsWith(`${m.mountPath}/`));
    expect(mount, `PGDATA ${pgdata} below a volume mount`).toBeDefined();
    expect(pgdata.length).toBeGreaterThan(mount!.mountPath.length + 1);
    const service = ofKind('Service').find((s) => s.manifest.metadata?.name === sts!.manifest.spec!.serviceName)?.manifest;
    expect(service?.spec?.clusterIP).toBe('None');
    expect(matches(selectorOf(service!)!, labels)).toBe(true);
  });
});
