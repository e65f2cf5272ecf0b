import { describe, expect, it } from 'vitest';
import { NEW_KINDS_B } from '../seed/discovery/new-kinds-b.js';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

/** The category each kind gets from the rule in the README: its API reference section, mapped onto kubedex's five. */
const CATEGORY_OF: Record<string, string> = {
  TokenReview: 'cluster',
  SelfSubjectReview: 'cluster',
  SubjectAccessReview: 'cluster',
  SelfSubjectAccessReview: 'cluster',
  LocalSubjectAccessReview: 'cluster',
  SelfSubjectRulesReview: 'cluster',
  CertificateSigningRequest: 'cluster',
  Lease: 'cluster',
  Event: 'cluster',
  APIService: 'cluster',
  ComponentStatus: 'cluster',
  ValidatingWebhookConfiguration: 'metadata',
  MutatingWebhookConfiguration: 'metadata',
  ValidatingAdmissionPolicy: 'metadata',
  ValidatingAdmissionPolicyBinding: 'metadata',
  MutatingAdmissionPolicy: 'metadata',
  MutatingAdmissionPolicyBinding: 'metadata',
  FlowSchema: 'metadata',
  PriorityLevelConfiguration: 'metadata',
  PodSecurityPolicy: 'metadata',
  PodSecurityAdmission: 'metadata',
  Binding: 'workloads',
  VerticalPodAutoscaler: 'workloads',
};

async function resource(name: string) {
  const redirect = await t.api.get(`/resources/${name}?lang=en`).expect(301);
  expect(redirect.headers.location).toBe(`/resources/${CATEGORY_OF[name]}/${name}?lang=en`);
  return (await t.api.get(String(redirect.headers.location)).expect(200)).body;
}

describe('the kinds content-b added, over REST', () => {
  it.each(NEW_KINDS_B.map((row) => [row.kind, row] as const))('GET /resources/%s reaches the kind with its discovery facts', async (kind, row) => {
    const body = await resource(kind);
    const apiVersion = (v: string) => (row.group ? `${row.group}/${v}` : v);
    expect(body.kubernetes).toEqual({ ...row, apiVersion: apiVersion(row.version), servedVersions: row.servedVersions.map(apiVersion) });
    expect(body.source).toMatchObject({ fromArticle: false, articleSection: null });
    expect(body.tasks.length).toBeGreaterThanOrEqual(3);
    expect(body.exampleManifest).toContain(`kind: ${kind}`);
    expect(body.apiVersionHistory.at(-1)).toMatchObject({ apiVersion: apiVersion(row.version), removedIn: null });
  });

  it('answers what replaced PodSecurityPolicy, and when it was removed', async () => {
    const psp = await resource('PodSecurityPolicy');
    expect(psp).toMatchObject({ status: 'removed', supersededBy: { name: 'PodSecurityAdmission' }, kubernetes: { apiVersion: 'policy/v1beta1', servedVersions: [] } });
    expect(psp.apiVersionHistory.map((v: { apiVersion: string; removedIn: string; replacement: string | null }) => [v.apiVersion, v.removedIn, v.replacement])).toEqual([
      ['extensions/v1beta1', 'v1.16', 'policy/v1beta1'],
      ['policy/v1beta1', 'v1.25', null],
    ]);
    expect(psp.apiVersionHistory[1].note).toMatch(/Pod Security Admission/);
    const psa = await resource('PodSecurityAdmission');
    expect(psa).toMatchObject({ kubernetes: null, status: 'stable' });
    expect(psa.exampleManifest).toContain('pod-security.kubernetes.io/enforce: restricted');
  });

  it('tells which flowcontrol versions stopped being served and when', async () => {
    const history = (await resource('FlowSchema')).apiVersionHistory.map((v: { apiVersion: string; removedIn: string | null }) => [v.apiVersion, v.removedIn]);
    expect(history).toEqual([
      ['flowcontrol.apiserver.k8s.io/v1alpha1', 'v1.26'],
      ['flowcontrol.apiserver.k8s.io/v1beta1', 'v1.26'],
      ['flowcontrol.apiserver.k8s.io/v1beta2', 'v1.29'],
      ['flowcontrol.apiserver.k8s.io/v1beta3', 'v1.32'],
      ['flowcontrol.apiserver.k8s.io/v1', null],
    ]);
  });

  it('marks VerticalPodAutoscaler as an add-on and Event as served by two APIs', async () => {
    expect(await resource('VerticalPodAutoscaler')).toMatchObject({ distribution: 'addon', kubernetes: { apiVersion: 'autoscaling.k8s.io/v1' } });
    expect((await resource('Lease')).distribution).toBe('builtin');
    const event = await resource('Event');
    expect(event.apiVersionHistory.map((v: { apiVersion: string }) => v.apiVersion)).toEqual(['v1', 'events.k8s.io/v1beta1', 'events.k8s.io/v1']);
    expect(event.facts).toContainEqual(expect.objectContaining({ key: 'servedAlsoAs', value: { apiVersion: 'v1', kind: 'Event', sharedStorage: true } }));
  });

  it('relates the new kinds as the issue asks', async () => {
    const relations = async (name: string) =>
      (await t.api.get(`/resources/${CATEGORY_OF[name] ?? 'cluster'}/${name}/relations?lang=en`).expect(200)).body.items as { kind: string; direction: string; resource: { name: string } }[];
    const has = async (from: string, kind: string, to: string) =>
      expect((await relations(from)).map((r) => `${r.direction} ${r.kind} ${r.resource.name}`), `${from} ${kind} ${to}`).toContain(`outgoing ${kind} ${to}`);
    await has('ValidatingAdmissionPolicyBinding', 'uses', 'ValidatingAdmissionPolicy');
    await has('FlowSchema', 'uses', 'PriorityLevelConfiguration');
    await has('APIService', 'routes_to', 'Service');
    await has('Event', 'references', 'Pod');
    await has('VerticalPodAutoscaler', 'scales', 'Deployment');
    await has('VerticalPodAutoscaler', 'alternative_to', 'HorizontalPodAutoscaler');
    await has('PodSecurityPolicy', 'alternative_to', 'PodSecurityAdmission');
    await has('PodSecurityPolicy', 'alternative_to', 'ValidatingAdmissionPolicy');
    await has('PodSecurityAdmission', 'applies_to', 'Namespace');
    await has('ValidatingAdmissionPolicy', 'alternative_to', 'ValidatingWebhookConfiguration');
    await has('Node', 'renews', 'Lease');
    await has('Node', 'creates', 'CertificateSigningRequest');
  });

  it.each(['validatingadmissionpolicy-vs-validating-webhook', 'horizontalpodautoscaler-vs-verticalpodautoscaler', 'podsecuritypolicy-vs-pod-security-admission'])(
    'serves the comparison %s in both languages',
    async (slug) => {
      const en = (await t.api.get(`/comparisons/${slug}?lang=en`).expect(200)).body;
      const ja = (await t.api.get(`/comparisons/${slug}?lang=ja`).expect(200)).body;
      expect(en.title).not.toBe(ja.title);
      expect(en.resources).toHaveLength(2);
    },
  );
});
