import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

const OLD_INGRESS = `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: web
spec:
  backend:
    serviceName: web
    servicePort: 80
`;
const CRONJOB_BETA = `apiVersion: batch/v1beta1
kind: CronJob
metadata: { name: nightly }
spec: { schedule: "0 3 * * *", jobTemplate: { spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox:1.36 }] } } } } }
`;

describe('POST /check', () => {
  it('flags an extensions/v1beta1 Ingress as removed at v1.25, naming the release and its replacement', async () => {
    const res = await t.api.post('/check?kubernetesVersion=v1.25&lang=en').set('content-type', 'application/yaml').send(OLD_INGRESS).expect(200);
    expect(res.body).toMatchObject({ kubernetesVersion: 'v1.25', checked: 1 });
    expect(res.body.findings).toEqual([
      expect.objectContaining({ index: 0, kind: 'Ingress', apiVersion: 'extensions/v1beta1', name: 'web', severity: 'removed', removedIn: 'v1.22', replacement: 'networking.k8s.io/v1', resource: '/resources/service/Ingress' }),
    ]);
    expect(res.body.findings[0].message).toMatch(/no longer served as of v1\.22.*networking\.k8s\.io\/v1/);
  });

  it('says deprecated, not removed, for a release that still serves the version, and nothing before it was deprecated', async () => {
    const at = async (v: string) => (await t.api.post(`/check?kubernetesVersion=${v}`).set('content-type', 'text/yaml').send(CRONJOB_BETA).expect(200)).body.findings;
    expect(await at('1.23')).toEqual([expect.objectContaining({ severity: 'deprecated', deprecatedIn: 'v1.21', removedIn: 'v1.25', replacement: 'batch/v1' })]);
    expect(await at('v1.20.4')).toEqual([]);
    expect(await at('v1.25')).toEqual([expect.objectContaining({ severity: 'removed', removedIn: 'v1.25' })]);
  });

  it('checks every document of a multi-document stream and the items of a List, and reports unknown kinds and apiVersions', async () => {
    const stream = `${OLD_INGRESS}---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ok }\n---\napiVersion: example.com/v1\nkind: Widget\n---\napiVersion: batch/v7\nkind: Job\n`;
    const res = await t.api.post('/check?kubernetesVersion=v1.30&lang=en').set('content-type', 'application/yaml').send(stream).expect(200);
    expect(res.body.checked).toBe(4);
    expect(res.body.findings.map((f: { index: number; severity: string }) => [f.index, f.severity])).toEqual([
      [0, 'removed'],
      [2, 'unknown'],
      [3, 'unknown'],
    ]);
    const list = { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget' }, { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget' }] };
    const fromJson = await t.api.post('/check?kubernetesVersion=v1.36').send(list).expect(200);
    expect(fromJson.body.findings).toEqual([expect.objectContaining({ index: 0, severity: 'removed', replacement: 'policy/v1' })]);
  });

  it('follows a replacement that is itself gone to one the release serves', async () => {
    const hpa = { apiVersion: 'autoscaling/v2alpha1', kind: 'HorizontalPodAutoscaler' };
    const res = await t.api.post('/check?kubernetesVersion=v1.30').send(hpa).expect(200);
    expect(res.body.findings[0]).toMatchObject({ severity: 'removed', replacement: 'autoscaling/v2' });
  });

  it('answers in Japanese when asked', async () => {
    const res = await t.api.post('/check?kubernetesVersion=v1.25&lang=ja').set('content-type', 'application/yaml').send(OLD_INGRESS).expect(200);
    expect(res.headers['content-language']).toBe('ja');
    expect(res.body.findings[0].message).toMatch(/v1\.22で提供が終わりました/);
  });

  it('refuses bad YAML, an empty body, a release kubedex does not know and a body of the wrong type with 4xx problems', async () => {
    const bad = await t.api.post('/check').set('content-type', 'application/yaml').send('kind: [unclosed\n').expect(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body.detail).toMatch(/not valid YAML/);
    await t.api.post('/check').set('content-type', 'application/yaml').send('---\n').expect(400);
    expect((await t.api.post('/check?kubernetesVersion=v1.99').send({ kind: 'Pod', apiVersion: 'v1' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await t.api.post('/check?kubernetesVersion=v1.25').set('content-type', 'image/png').send('x').expect(415);
  });

  it('refuses more than 100 documents and a body over the limit with 413', async () => {
    const many = Array.from({ length: 101 }, () => 'apiVersion: v1\nkind: Pod\n').join('---\n');
    expect((await t.api.post('/check').set('content-type', 'application/yaml').send(many).expect(413)).body.code).toBe('CONTENT_TOO_LARGE');
    await t.api.post('/check').set('content-type', 'application/yaml').send(`a: "${'x'.repeat(600_000)}"`).expect(413);
  });

  it('refuses a YAML alias bomb instead of expanding it', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const res = await t.api.post('/check').set('content-type', 'application/yaml').send(lines.join('\n'));
    expect(res.status).toBe(400);
  });
});

describe('GET /api-versions', () => {
  it('lists what v1.25 stopped serving, across kinds, with replacements', async () => {
    const res = await t.api.get('/api-versions?removedIn=v1.25').expect(200);
    const removed = res.body.items.map((i: { kind: string; apiVersion: string; replacement: string }) => `${i.kind} ${i.apiVersion} → ${i.replacement}`);
    expect(removed).toEqual(expect.arrayContaining(['CronJob batch/v1beta1 → batch/v1', 'PodDisruptionBudget policy/v1beta1 → policy/v1', 'HorizontalPodAutoscaler autoscaling/v2beta1 → autoscaling/v2', 'EndpointSlice discovery.k8s.io/v1beta1 → discovery.k8s.io/v1']));
    expect(res.body.items.every((i: { removedIn: string }) => i.removedIn === 'v1.25')).toBe(true);
    expect(res.body.total).toBe(res.body.items.length);
  });

  it('filters by kind (case-insensitive) and group, and by what a release no longer serves', async () => {
    const cron = await t.api.get('/api-versions?kind=cronjob').expect(200);
    expect(cron.body.items.map((i: { apiVersion: string }) => i.apiVersion)).toEqual(['batch/v2alpha1', 'batch/v1beta1', 'batch/v1']);
    const rbac = await t.api.get('/api-versions?group=rbac.authorization.k8s.io&removedBy=1.21').expect(200);
    expect(rbac.body.items).toEqual([]);
    const gone = await t.api.get('/api-versions?group=rbac.authorization.k8s.io&removedBy=v1.22').expect(200);
    expect(gone.body.items).toHaveLength(8);
  });

  it('refuses a release written wrongly', async () => {
    expect((await t.api.get('/api-versions?removedIn=1.x').expect(400)).body.errors[0].path).toBe('removedIn');
  });
});

describe('GET /resources/{category}/{name} apiVersionHistory', () => {
  it("says CronJob's batch/v1beta1 was removed in v1.25 and replaced by batch/v1", async () => {
    const res = await t.api.get('/resources/workloads/CronJob?lang=en').expect(200);
    expect(res.body.apiVersionHistory).toContainEqual({ apiVersion: 'batch/v1beta1', introducedIn: 'v1.8', deprecatedIn: 'v1.21', removedIn: 'v1.25', replacement: 'batch/v1', note: null });
  });
});

describe('POST /check against the schema', () => {
  it('reports a misspelt field and a missing required one as invalid, with the field path', async () => {
    const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicass: 2, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } } };
    const res = await t.api.post('/check?lang=en').send(deployment).expect(200);
    const invalid = res.body.findings.filter((f: { severity: string }) => f.severity === 'invalid');
    expect(invalid.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['spec.replicass', 'spec.selector']));
    expect(invalid.every((f: { resource: string }) => f.resource === '/resources/workloads/Deployment')).toBe(true);
  });

  it('finds nothing wrong in a valid manifest', async () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: 'fast' } };
    expect((await t.api.post('/check').send(cm).expect(200)).body.findings).toEqual([]);
  });

  it('checks add-on kinds the field reference holds (an HTTPRoute, a VerticalPodAutoscaler) field by field', async () => {
    const route = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'web' }, spec: { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [{ name: 'web', port: '80' }], matchs: [] }] } };
    const findings = (await t.api.post('/check?lang=en').send(route).expect(200)).body.findings as { severity: string; path: string; resource: string }[];
    expect(findings.filter((f) => f.severity === 'invalid').map((f) => f.path)).toEqual(expect.arrayContaining(['spec.rules[0].matchs', 'spec.rules[0].backendRefs[0].port']));
    const vpa = { apiVersion: 'autoscaling.k8s.io/v1', kind: 'VerticalPodAutoscaler', metadata: { name: 'web' }, spec: { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, updatePolicy: { updateMode: 'Recreate' } } };
    expect((await t.api.post('/check').send(vpa).expect(200)).body.findings).toEqual([]);
  });

  it('flags an add-on apiVersion its current CRDs no longer serve as removed, with its replacement, and passes one they serve', async () => {
    const route = (apiVersion: string) => ({ apiVersion, kind: 'HTTPRoute', metadata: { name: 'web' }, spec: { parentRefs: [{ name: 'gw' }] } });
    const findings = async (apiVersion: string) => (await t.api.post('/check?lang=en').send(route(apiVersion)).expect(200)).body.findings as { severity: string; replacement: string | null; message: string }[];
    expect(await findings('networking.x-k8s.io/v1alpha1')).toEqual([
      expect.objectContaining({ severity: 'removed', removedIn: null, replacement: 'gateway.networking.k8s.io/v1', message: expect.stringMatching(/no longer served by its add-on/) }),
    ]);
    expect(await findings('gateway.networking.k8s.io/v1beta1')).toEqual([]);
  });
});
