import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

interface FieldJson {
  name: string;
  path: string;
  type: string;
  required: boolean;
  description: string | null;
  children: FieldJson[];
  hasChildren: boolean;
}

describe('GET /resources/:category/:name/fields', () => {
  it('answers the field tree of the kind, two levels by default, stamped with its upstream source', async () => {
    const res = await t.api.get('/resources/workloads/Deployment/fields?lang=en').expect(200);
    expect(res.body).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment', depth: 2 });
    expect(res.body.sources.description).toEqual({ by: 'upstream', package: 'kubernetes-models', packageVersion: '5.1.0', kubernetesVersion: 'v1.36.0', schema: 'kubernetes', release: { project: 'Kubernetes', version: 'v1.36.0', from: 'package-changelog' }, lang: 'en' });
    expect(res.body.sources.note).toEqual({ by: 'kubedex', lang: 'en' });
    const spec = (res.body.fields as FieldJson[]).find((field) => field.name === 'spec')!;
    expect(spec.type).toBe('<DeploymentSpec>');
    const selector = spec.children.find((field) => field.name === 'selector')!;
    expect(selector).toMatchObject({ path: 'spec.selector', type: '<LabelSelector>', required: true, hasChildren: true, children: [] });
    expect(selector.description).toMatch(/Label selector for pods/);
  });

  it('limits the tree to the depth asked for and refuses a depth beyond the limit', async () => {
    const shallow = await t.api.get('/resources/workloads/Pod/fields?depth=1').expect(200);
    expect((shallow.body.fields as FieldJson[]).every((field) => field.children.length === 0)).toBe(true);
    const deep = await t.api.get('/resources/workloads/Pod/fields?depth=4').expect(200);
    const containers = (deep.body.fields as FieldJson[]).find((f) => f.name === 'spec')!.children.find((f) => f.name === 'containers')!;
    expect(containers.type).toBe('<[]Container>');
    expect(containers.children.find((f) => f.name === 'resources')!.children.map((f) => f.name)).toContain('limits');
    await t.api.get('/resources/workloads/Pod/fields?depth=99').expect(400);
  });

  it('answers a variant with the fields of its kind', async () => {
    const res = await t.api.get('/resources/service/NodePort/fields').expect(200);
    expect(res.body).toMatchObject({ kind: 'Service', apiVersion: 'v1', resource: { name: 'NodePort' } });
  });

  it('answers an add-on API\'s fields from its CRD schema, marked as such with its package and release', async () => {
    const res = await t.api.get('/resources/service/HTTPRoute/fields?lang=en').expect(200);
    expect(res.body).toMatchObject({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute' });
    expect(res.body.sources.description).toMatchObject({
      package: '@kubernetes-models/gateway-api',
      packageVersion: '2.0.0',
      schema: 'addon-crd',
      release: { project: 'Gateway API', version: 'v1.5.1', from: 'package-changelog' },
    });
    const spec = (res.body.fields as FieldJson[]).find((field) => field.name === 'spec')!;
    // parentRefs comes from CommonRouteSpec, which HTTPRouteSpec extends.
    expect(spec.children.map((field) => field.name)).toEqual(expect.arrayContaining(['parentRefs', 'hostnames', 'rules']));
    const vpa = await t.api.get('/resources/workloads/VerticalPodAutoscaler/fields/spec.updatePolicy.updateMode').expect(200);
    expect(vpa.body.field.enum).toEqual(expect.arrayContaining(['Off', 'Initial', 'Recreate', 'InPlaceOrRecreate']));
    expect(vpa.body.sources.description.release).toEqual({ project: 'Vertical Pod Autoscaler', version: 'v1.6.0', from: 'package-changelog' });
  });

  it('answers 404 with the reason for a resource that is no API kind', async () => {
    const res = await t.api.get('/resources/config-storage/Volume/fields').expect(404);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.detail).toMatch(/not a Kubernetes API kind/);
  });

  it('answers a shortName with the canonical URL', async () => {
    const res = await t.api.get('/resources/workloads/deploy/fields').expect(200);
    expect(res.headers.link).toBe('</resources/workloads/Deployment/fields>; rel="canonical"');
  });
});

describe('GET /resources/:category/:name/fields/:path', () => {
  it('answers spec.strategy.rollingUpdate.maxSurge with its upstream description', async () => {
    const res = await t.api.get('/resources/workloads/Deployment/fields/spec.strategy.rollingUpdate.maxSurge?lang=en').expect(200);
    expect(res.body.field).toMatchObject({ name: 'maxSurge', path: 'spec.strategy.rollingUpdate.maxSurge', type: '<IntOrString>', required: false });
    expect(res.body.field.description).toMatch(/maximum number of pods that can be scheduled above the desired number/);
    expect(res.body.sources.description.kubernetesVersion).toBe('v1.36.0');
  });

  it('matches the path case-insensitively and answers the canonical spelling', async () => {
    const res = await t.api.get('/resources/workloads/Deployment/fields/spec.strategy.rollingupdate.maxsurge').expect(200);
    expect(res.body.field.path).toBe('spec.strategy.rollingUpdate.maxSurge');
  });

  it('answers a field with its children and enum values', async () => {
    const res = await t.api.get('/resources/workloads/Deployment/fields/spec.strategy').expect(200);
    expect(res.body.field.children.map((f: FieldJson) => f.name)).toEqual(['rollingUpdate', 'type']);
    expect(res.body.field.children[1].enum).toEqual(['Recreate', 'RollingUpdate']);
  });

  it('walks through lists as kubectl explain does', async () => {
    const res = await t.api.get('/resources/workloads/Pod/fields/spec.containers.livenessProbe.httpGet.port').expect(200);
    expect(res.body.field).toMatchObject({ type: '<IntOrString>', required: true });
  });

  it('answers an unknown path with 404 and the closest paths', async () => {
    const typo = await t.api.get('/resources/workloads/Deployment/fields/spec.replicass').expect(404);
    expect(typo.type).toBe('application/problem+json');
    expect(typo.body.closest).toEqual(['spec.replicas']);
    const misplaced = await t.api.get('/resources/workloads/Deployment/fields/spec.maxSurge').expect(404);
    expect(misplaced.body.closest).toContain('spec.strategy.rollingUpdate.maxSurge');
  });
});

describe('kubedex notes beside the upstream text', () => {
  it('answers kubedex\'s note in the asked language while the description stays upstream English', async () => {
    const ja = await t.api.get('/resources/workloads/Deployment/fields/spec.strategy.rollingUpdate.maxSurge?lang=ja').expect(200);
    expect(ja.headers['content-language']).toBe('ja');
    expect(ja.body.sources.note).toEqual({ by: 'kubedex', lang: 'ja' });
    expect(ja.body.field.note).toMatch(/25%/);
    expect(ja.body.field.note).toMatch(/[ぁ-ん]/);
    expect(ja.body.field.description).toMatch(/^The maximum number of pods/);
    const en = await t.api.get('/resources/workloads/Deployment/fields/spec.strategy.rollingUpdate.maxSurge?lang=en').expect(200);
    expect(en.body.field.note).toMatch(/Defaults to 25%/);
  });

  it('gives a variant its kind\'s notes and its own', async () => {
    const policy = await t.api.get('/resources/service/NodePort/fields/spec.externalTrafficPolicy?lang=en').expect(200);
    expect(policy.body.field.note).toMatch(/source IP/);
    const port = await t.api.get('/resources/service/NodePort/fields/spec.ports.nodePort?lang=en').expect(200);
    expect(port.body.field.note).toMatch(/30000-32767/);
    const plain = await t.api.get('/resources/service/Service/fields/spec.ports.nodePort?lang=en').expect(200);
    expect(plain.body.field.note).toBeNull();
  });

  it('puts notes into the tree at their fields', async () => {
    const res = await t.api.get('/resources/workloads/Job/fields?depth=2&lang=en').expect(200);
    const spec = (res.body.fields as (FieldJson & { note: string | null })[]).find((f) => f.name === 'spec')!;
    const backoffLimit = spec.children.find((f) => f.name === 'backoffLimit') as FieldJson & { note: string | null };
    expect(backoffLimit.note).toMatch(/Defaults to 6/);
  });
});
