import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

describe('GET /comparisons', () => {
  it('lists stored comparisons with their resources and links', async () => {
    const res = await t.api.get('/comparisons?lang=en').expect(200);
    const jobs = res.body.items.find((c: { slug: string }) => c.slug === 'job-vs-cronjob');
    expect(jobs).toMatchObject({ title: 'Job vs CronJob', href: '/comparisons/job-vs-cronjob' });
    expect(jobs.resources.map((r: { name: string }) => r.name)).toEqual(['Job', 'CronJob']);
  });
});

describe('GET /comparisons/:slug', () => {
  it('answers the table with a cell per resource and the verdict', async () => {
    const res = await t.api.get('/comparisons/job-vs-cronjob?lang=en').expect(200);
    expect(res.body.aspects[0]).toMatchObject({ key: 'trigger', label: 'What starts a run', cells: { Job: 'Creating the Job (once)' } });
    expect(res.body.verdict).toMatch(/CronJob/);
  });

  it('answers 404 for an unknown slug', async () => {
    expect((await t.api.get('/comparisons/pod-vs-vm').expect(404)).body.code).toBe('NOT_FOUND');
  });
});

describe('GET /compare', () => {
  it('answers the stored comparison when one covers the names', async () => {
    const res = await t.api.get('/compare?resources=NodePort,ExternalIP').expect(200);
    expect(res.body).toMatchObject({ source: 'stored', comparison: { slug: 'externalip-vs-nodeport', href: '/comparisons/externalip-vs-nodeport' } });
    expect(res.body.aspects[0].cells).toHaveProperty('NodePort');
    expect(res.body.aspects[0].cells).toHaveProperty('ExternalIP');
  });

  it('resolves aliases, and takes the smallest stored comparison covering them', async () => {
    const res = await t.api.get('/compare?resources=deploy,po').expect(200);
    expect(res.body.requested.map((r: { name: string }) => r.name)).toEqual(['Deployment', 'Pod']);
    expect(res.body.comparison.slug).toBe('pod-vs-replicaset-vs-deployment');
    expect(res.body.resources.map((r: { name: string }) => r.name)).toEqual(['Pod', 'ReplicaSet', 'Deployment']);
  });

  it('builds a side-by-side of facts when no stored comparison covers them', async () => {
    const res = await t.api.get('/compare?resources=CronJob,DaemonSet&lang=en').expect(200);
    expect(res.body).toMatchObject({ source: 'facts', comparison: null, verdict: null });
    const namespaced = res.body.aspects.find((a: { key: string }) => a.key === 'namespaced');
    expect(namespaced.cells).toEqual({ CronJob: 'yes', DaemonSet: 'yes' });
    const apiVersion = res.body.aspects.find((a: { key: string }) => a.key === 'apiVersion');
    expect(apiVersion.cells).toEqual({ CronJob: 'batch/v1', DaemonSet: 'apps/v1' });
  });

  it('rejects unknown names with close matches, and too few names', async () => {
    const unknown = await t.api.get('/compare?resources=Pod,Deploymnt').expect(400);
    expect(unknown.body.errors).toEqual([{ path: 'resources.1', message: 'unknown resource "Deploymnt"' }]);
    expect(unknown.body.suggestions[0]).toMatchObject({ name: 'Deployment', href: '/resources/workloads/Deployment' });
    expect((await t.api.get('/compare?resources=Pod').expect(400)).body.errors[0].path).toBe('resources');
    expect((await t.api.get('/compare?resources=Pod,po').expect(400)).body.errors[0].path).toBe('resources.1');
    expect((await t.api.get('/compare').expect(400)).body.errors[0].path).toBe('resources');
  });
});

describe('GET /graph', () => {
  it('answers nodes and edges as JSON', async () => {
    const res = await t.api.get('/graph').expect(200);
    expect(res.body.nodes).toHaveLength(t.seeded.store.snapshot.resources.length);
    expect(res.body.edges).toContainEqual(expect.objectContaining({ from: 'Deployment', to: 'ReplicaSet', kind: 'parent_of' }));
  });

  it('narrows to categories and relation kinds', async () => {
    const res = await t.api.get('/graph?category=workloads&kind=parent_of').expect(200);
    const nodes = new Set(res.body.nodes.map((n: { id: string }) => n.id));
    expect(nodes.has('Pod')).toBe(true);
    expect(nodes.has('NodePort')).toBe(false);
    expect(res.body.edges.every((e: { kind: string; from: string; to: string }) => e.kind === 'parent_of' && nodes.has(e.from) && nodes.has(e.to))).toBe(true);
  });

  it('answers a Mermaid flowchart with ?format=mermaid', async () => {
    const res = await t.api.get('/graph?format=mermaid&lang=en&category=workloads').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^flowchart LR\n/);
    expect(res.text).toContain('subgraph workloads["Workloads"]');
    expect(res.text).toMatch(/-->\|parent_of\|/);
  });

  it('rejects an unknown format, category or relation kind', async () => {
    expect((await t.api.get('/graph?format=dot').expect(400)).body.errors[0].path).toBe('format');
    expect((await t.api.get('/graph?category=nowhere').expect(400)).body.errors[0].path).toBe('category.0');
    expect((await t.api.get('/graph?kind=likes').expect(400)).body.errors[0].path).toBe('kind');
  });
});
