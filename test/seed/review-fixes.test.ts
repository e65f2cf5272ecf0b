import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';

/**
 * One test per row of the expert review (/work/shared/reviews/knowledge-review-2026-12.md, rows 1–24):
 * each asserts the corrected statement as the data a user reads, so bringing the old wording back fails.
 */
const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));

const resource = (name: string) => {
  const found = seed.resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
};
const fact = (name: string, key: string) => {
  const found = resource(name).facts.find((f) => f.key === key);
  if (!found) throw new Error(`${name} has no fact ${key}`);
  return found;
};
const cell = (slug: string, aspect: string, name: string) => {
  const found = seed.comparisons.find((c) => c.slug === slug)?.aspects.find((a) => a.key === aspect)?.cells[name];
  if (!found) throw new Error(`no cell ${slug}.${aspect}.${name}`);
  return found;
};
const correction = (slug: string) => {
  const found = seed.corrections.find((c) => c.slug === slug);
  if (!found) throw new Error(`no correction ${slug}`);
  return found;
};
const relation = (from: string, kind: string, to: string) => seed.relations.find((r) => r.from === from && r.kind === kind && r.to === to);
const description = (name: string) => resource(name).text;

describe('fixes from the expert review of 2026-12', () => {
  it('1: ResourceQuota has seven scopes, VolumeAttributesClass (PVCs) among them', () => {
    expect(fact('ResourceQuota', 'scopes').value).toEqual([
      'Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass', 'CrossNamespacePodAffinity', 'VolumeAttributesClass',
    ]);
    expect(description('ResourceQuota').en.description).toContain('VolumeAttributesClass');
    expect(description('ResourceQuota').en.description).not.toContain('narrow which Pods a quota counts');
    expect(description('ResourceQuota').ja.description).toContain('VolumeAttributesClass');
  });

  it('2: the service-resource-count correction agrees with its own arithmetic (7 + Ingress = 8)', () => {
    const c = correction('service-resource-count');
    expect(c.correct.en).toContain('seven kinds under Service plus Ingress make eight');
    expect(c.correct.ja).toContain('8種類');
    expect(`${c.correct.en} ${c.reason.en}`).not.toMatch(/nine entries|matches neither/);
    expect(`${c.correct.ja} ${c.reason.ja}`).not.toContain('9項目');
  });

  it('3: GKE skips an Ingress whose ingressClassName names another class, and "no class" fails once a default IngressClass exists', () => {
    const { ja, en } = description('ExternalLoadBalancerIngress');
    expect(en.description).not.toContain('ignores spec.ingressClassName');
    expect(en.description).toContain('skips an Ingress whose spec.ingressClassName names another class');
    expect(en.description).toContain('default IngressClass');
    expect(ja.description).toContain('既定のIngressClass');
    const selection = cell('external-lb-ingress-vs-in-cluster-ingress', 'classSelection', 'ExternalLoadBalancerIngress');
    expect(selection.en).toContain('ingressClassName');
    expect(selection.ja).toContain('ingressClassName');
  });

  it('4: EndpointSlice serves IPv4 and IPv6; FQDN is deprecated', () => {
    expect(fact('EndpointSlice', 'addressTypes').value).toEqual(['IPv4', 'IPv6']);
    expect(fact('EndpointSlice', 'deprecatedAddressTypes').value).toEqual(['FQDN']);
  });

  it('5: a ReplicaSet Pod whose container exits is restarted in place by the kubelet, not replaced', () => {
    const c = cell('replicaset-vs-job', 'podExit', 'ReplicaSet');
    expect(c.en).toContain('the kubelet restarts the container in place');
    expect(c.ja).toContain('kubeletがその場で再起動');
    expect(c.en).not.toContain('a new Pod is started at once');
  });

  it('6: LimitRange also checks ranges on PVC updates and in-place Pod resizes', () => {
    expect(fact('LimitRange', 'rangesCheckedOn').value).toEqual(['Pod create', 'Pod resize (pods/resize)', 'PersistentVolumeClaim create', 'PersistentVolumeClaim update']);
    expect(fact('LimitRange', 'defaultsAppliedOn').value).toEqual(['Pod create', 'PersistentVolumeClaim create']);
    expect(description('LimitRange').en.description).not.toContain('ranges checked only when');
    expect(description('LimitRange').en.description).toContain('pods/resize');
  });

  it('7: a Role with permissions its creator lacks can be made with the escalate verb', () => {
    expect(description('Role').en.description).toContain('`escalate`');
    expect(description('Role').ja.description).toContain('`escalate`');
    expect(fact('Role', 'escalationPrevention').value).toEqual({ createOrUpdateNeeds: 'hold every permission in the role, or the escalate verb on roles', bindNeeds: 'hold the permissions, or the bind verb' });
  });

  it.each(['ConfigMap', 'Secret'])('8: %s updates never reach subPath mounts', (name) => {
    const patterns = fact(name, 'consumptionPatterns').value as Array<{ way: string; subPathMountsUpdate?: boolean }>;
    expect(patterns.find((p) => p.way === 'volumeMount')?.subPathMountsUpdate).toBe(false);
    expect(description(name).en.description).toContain('subPath');
    expect(description(name).ja.description).toContain('subPath');
    expect(relation('Volume', 'uses', name)?.note.en).toContain('subPath');
  });

  it('8: the configmap-consumption-details correction names the subPath exception', () => {
    expect(correction('configmap-consumption-details').correct.en).toContain('subPath');
    expect(correction('configmap-consumption-details').correct.ja).toContain('subPath');
  });

  it('9: a Job replaces a failed Pod only with restartPolicy Never; OnFailure restarts the container in the same Pod', () => {
    expect(fact('Job', 'failureHandling').value).toEqual({ Never: 'a new Pod replaces the failed one', OnFailure: 'the kubelet restarts the container in the same Pod' });
    expect(description('Job').en.description).not.toContain('A failed Pod is replaced and retried');
    expect(relation('Job', 'parent_of', 'Pod')?.note.en).toContain('OnFailure');
  });

  it('10: a DaemonSet runs two Pods on a node during a rolling update with maxSurge', () => {
    expect(fact('DaemonSet', 'podsPerNode').label.en).not.toContain('never');
    expect(fact('DaemonSet', 'podsPerNodeDuringSurgeUpdate').value).toBe(2);
    expect(fact('DaemonSet', 'defaultRollingUpdate').value).toEqual({ maxUnavailable: 1, maxSurge: 0 });
    expect(description('DaemonSet').en.description).not.toContain('never places two');
    expect(cell('replicaset-vs-daemonset', 'podsPerNode', 'DaemonSet').en).toContain('maxSurge');
  });

  it('11: container-native load balancing is the default only without Shared VPC and GKE Network Policy', () => {
    for (const text of [description('ExternalLoadBalancerIngress').en.description, correction('gke-ingress-container-native').correct.en, fact('ExternalLoadBalancerIngress', 'trafficPath').note!.en])
      expect(text).toMatch(/Shared VPC.*GKE Network Policy/s);
    expect(description('ExternalLoadBalancerIngress').ja.description).toContain('共有VPC');
  });

  it('12: a selectorless Service sends to the port of its hand-made EndpointSlice; targetPort is unused', () => {
    const c = cell('externalname-vs-none-selector', 'portRemapping', 'None-Selector');
    expect(c.en).toContain('EndpointSlice');
    expect(c.en).toContain('targetPort is not used');
    expect(c.ja).toContain('targetPortは使われない');
  });

  it('13: an in-cluster Ingress controller can be exposed by a NodePort or hostNetwork, not only a LoadBalancer', () => {
    expect(fact('InClusterIngress', 'requiresLoadBalancerService').value).toBe(false);
    expect(fact('InClusterIngress', 'exposedThrough').value).toEqual(['LoadBalancer Service', 'NodePort Service', 'hostNetwork or hostPort']);
    expect(cell('external-lb-ingress-vs-in-cluster-ingress', 'setup', 'InClusterIngress').en).toContain('NodePort');
    expect(correction('in-cluster-ingress-exposure').kind).toBe('factual');
  });

  it('14: a StatefulSet creates its PVCs but does not own them by default', () => {
    expect(relation('StatefulSet', 'parent_of', 'PersistentVolumeClaim')).toBeUndefined();
    expect(relation('StatefulSet', 'creates', 'PersistentVolumeClaim')?.note.en).toContain('persistentVolumeClaimRetentionPolicy');
  });

  it('15: ClusterIP ranges can be extended at run time with ServiceCIDR', () => {
    expect(fact('ClusterIP', 'additionalRanges').value).toBe('ServiceCIDR (networking.k8s.io/v1)');
    expect(fact('ClusterIP', 'ipRangeFlag').note?.en).toContain('default ServiceCIDR');
    expect(description('ClusterIP').en.description).toContain('ServiceCIDR');
  });

  it('16: only provisioner, parameters, reclaimPolicy and volumeBindingMode of a StorageClass are immutable', () => {
    expect(fact('StorageClass', 'immutableFields').value).toEqual(['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode']);
    expect(description('StorageClass').en.description).not.toContain('other main fields');
    expect(description('StorageClass').en.description).toContain('`allowVolumeExpansion` can be turned on later');
  });

  it('17: the HorizontalPodAutoscaler docs URL is the concepts page', () => {
    expect(resource('HorizontalPodAutoscaler').docsUrl).toBe('https://kubernetes.io/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/');
  });

  it('18: PersistentVolume phases include Pending', () => {
    expect(fact('PersistentVolume', 'phases').value).toEqual(['Pending', 'Available', 'Bound', 'Released', 'Failed']);
  });

  it('19: Service and ExternalIP say the same about the types externalIPs works with', () => {
    expect(fact('ExternalIP', 'usableWithTypes').value).toEqual(['ClusterIP', 'NodePort', 'LoadBalancer']);
    const texts = [
      description('Service').en.description, description('ExternalIP').en.description, fact('ExternalIP', 'isServiceType').note!.en,
      correction('externalip-is-a-field').correct.en, cell('externalip-vs-nodeport', 'howSet', 'ExternalIP').en,
    ];
    for (const text of texts) {
      expect(text).not.toContain('any type');
      expect(text).toContain('ExternalName');
    }
    for (const text of [description('Service').ja.description, description('ExternalIP').ja.description, correction('externalip-is-a-field').correct.ja])
      expect(text).not.toContain('どのtype');
  });

  it('20: a ServiceAccount adds its imagePullSecrets only to Pods that set none', () => {
    expect(description('ServiceAccount').en.description).toContain('only to Pods that set no imagePullSecrets of their own');
    expect(description('ServiceAccount').ja.description).toContain('imagePullSecretsを指定していないPodだけ');
  });

  it('21: Job completions default to 1 only when parallelism is unset too', () => {
    expect(fact('Job', 'completionsWhenOnlyParallelismSet').value).toBeNull();
    expect(description('Job').en.description).not.toContain('both default to 1');
    expect(description('Job').ja.description).not.toContain('どちらも既定は1');
  });

  it('22: the Deployment is the recommended way to run stateless containers, as its label says', () => {
    const f = fact('Deployment', 'recommendedWayToRunContainers');
    expect(f.label.en).toContain('stateless');
    expect(f.label.ja).toContain('ステートレス');
  });

  it('23: 外部IP and セレクタなしService are Japanese aliases, and クラスタIP reaches ClusterIP', () => {
    expect(resource('ExternalIP').aliases).toContainEqual({ name: '外部IP', kind: 'japanese' });
    expect(resource('None-Selector').aliases).toContainEqual({ name: 'セレクタなしService', kind: 'japanese' });
    expect(resource('ClusterIP').aliases).toContainEqual({ name: 'クラスタIP', kind: 'japanese' });
  });

  it('24: the IngressClass example makes a maintained controller the default, not the retired ingress-nginx', () => {
    expect(resource('IngressClass').example).not.toContain('k8s.io/ingress-nginx');
    expect(resource('IngressClass').example).toContain('controller: nginx.org/ingress-controller');
  });
});
