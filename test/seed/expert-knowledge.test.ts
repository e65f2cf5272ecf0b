import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';

/** The knowledge the expert review missed most (its "Top 10 omissions"), as data a user reads. */
const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));
const resource = (name: string) => seed.resources.find((r) => r.name === name)!;
const value = (name: string, key: string) => {
  const f = resource(name).facts.find((x) => x.key === key);
  if (!f) throw new Error(`${name} has no fact ${key}`);
  return f.value;
};
const text = (name: string) => `${resource(name).text.en.description}\n${resource(name).text.ja.description}`;

describe('knowledge an expert would miss', () => {
  it('Pod: the three probes, readiness gates, QoS classes and in-place resize', () => {
    expect(Object.keys(value('Pod', 'probes') as object)).toEqual(['readinessProbe', 'livenessProbe', 'startupProbe']);
    expect(value('Pod', 'probeDefaults')).toMatchObject({ periodSeconds: 10, timeoutSeconds: 1, failureThreshold: 3 });
    expect(value('Pod', 'readinessGatesField')).toBe('spec.readinessGates');
    expect(Object.keys(value('Pod', 'qosClasses') as object)).toEqual(['Guaranteed', 'Burstable', 'BestEffort']);
    expect(value('Pod', 'inPlaceResize')).toMatchObject({ subresource: 'pods/resize', gaIn: 'v1.35' });
  });

  it('StatefulSet: the headless Service is yours to create; partition, maxUnavailable and OnDelete', () => {
    expect(value('StatefulSet', 'headlessServiceCreatedForYou')).toBe(false);
    expect(value('StatefulSet', 'updateStrategies')).toEqual(['RollingUpdate', 'OnDelete']);
    expect(Object.keys(value('StatefulSet', 'rollingUpdate') as object)).toEqual(['order', 'partition', 'maxUnavailable']);
  });

  it('Deployment: progress deadline, minReadySeconds, rollout commands and the immutable selector', () => {
    expect(value('Deployment', 'defaultProgressDeadlineSeconds')).toBe(600);
    expect(value('Deployment', 'defaultMinReadySeconds')).toBe(0);
    expect(value('Deployment', 'rolloutCommands')).toMatchObject({ status: 'kubectl rollout status deployment/<name>', history: 'kubectl rollout history deployment/<name>', pause: 'kubectl rollout pause deployment/<name>' });
    expect(value('Deployment', 'selectorImmutable')).toBe(true);
  });

  it('Service: traffic policies and session affinity; LoadBalancer: loadBalancerClass and the deprecated loadBalancerIP', () => {
    expect(value('Service', 'externalTrafficPolicies')).toEqual({ values: ['Cluster', 'Local'], default: 'Cluster' });
    expect(value('Service', 'sessionAffinity')).toEqual({ values: ['None', 'ClientIP'], default: 'None', defaultTimeoutSeconds: 10800 });
    expect(value('LoadBalancer', 'loadBalancerClassField')).toBe('spec.loadBalancerClass');
    expect(value('LoadBalancer', 'loadBalancerIPDeprecatedIn')).toBe('v1.24');
  });

  it('Job: podFailurePolicy, backoffLimitPerIndex, successPolicy and suspend; CronJob: startingDeadlineSeconds and idempotent Jobs', () => {
    expect((value('Job', 'failureAndSuccessControls') as Array<{ field: string; gaIn: string }>).map((c) => [c.field, c.gaIn])).toEqual([
      ['spec.podFailurePolicy', 'v1.31'], ['spec.backoffLimitPerIndex', 'v1.33'], ['spec.successPolicy', 'v1.33'], ['spec.podReplacementPolicy', 'v1.34'],
    ]);
    expect(value('Job', 'suspendField')).toBe('spec.suspend');
    expect(value('CronJob', 'startingDeadlineSecondsField')).toBe('spec.startingDeadlineSeconds');
    expect(value('CronJob', 'jobsMustBeIdempotent')).toBe(true);
    expect(value('CronJob', 'missedSchedulesLimit')).toBe(100);
  });

  it('NetworkPolicy: the default-deny spec and the DNS egress it then needs', () => {
    expect(value('NetworkPolicy', 'defaultDenyPolicy')).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    expect(value('NetworkPolicy', 'dnsEgressAllowance')).toMatchObject({ ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] });
  });

  it('Secret: list and watch reveal contents; KMS v2 for encryption at rest', () => {
    expect(value('Secret', 'verbsThatRevealContents')).toEqual(['get', 'list', 'watch']);
    expect(value('Secret', 'recommendedEncryptionProvider')).toEqual({ provider: 'kms', apiVersion: 'v2', gaIn: 'v1.29' });
  });

  it('HorizontalPodAutoscaler: utilization needs requests and metrics.k8s.io', () => {
    expect(value('HorizontalPodAutoscaler', 'utilizationNeedsRequests')).toBe(true);
    expect(value('HorizontalPodAutoscaler', 'metricsApis')).toMatchObject({ Resource: 'metrics.k8s.io' });
    expect(text('HorizontalPodAutoscaler')).toContain('metrics-server');
  });

  it('PodDisruptionBudget: budgets that block a drain and the 429 answer', () => {
    expect(value('PodDisruptionBudget', 'evictionRefusedStatus')).toBe(429);
    expect(text('PodDisruptionBudget')).toContain('429');
  });
});
