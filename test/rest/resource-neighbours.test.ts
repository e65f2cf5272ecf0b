import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();
const names = (items: { resource: { name: string } }[]) => items.map((i) => i.resource.name);

describe('GET /resources/:category/:name/relations', () => {
  it('lists relations both ways with notes and links', async () => {
    const res = await t.api.get('/resources/workloads/ReplicaSet/relations?lang=en').expect(200);
    expect(res.body.resource).toEqual({ name: 'ReplicaSet', displayName: 'ReplicaSet', href: '/resources/workloads/ReplicaSet' });
    expect(res.body.items).toContainEqual(expect.objectContaining({ kind: 'parent_of', direction: 'incoming', resource: expect.objectContaining({ name: 'Deployment' }) }));
    expect(res.body.items).toContainEqual(expect.objectContaining({ kind: 'parent_of', direction: 'outgoing', resource: expect.objectContaining({ name: 'Pod' }) }));
  });

  it('filters by kind and direction', async () => {
    const res = await t.api.get('/resources/workloads/ReplicaSet/relations?kind=parent_of&direction=outgoing').expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((i: { kind: string; direction: string }) => i.kind === 'parent_of' && i.direction === 'outgoing')).toBe(true);
    expect(names(res.body.items)).toEqual(['Pod']);
  });

  it('rejects an unknown relation kind or direction, naming the parameter', async () => {
    expect((await t.api.get('/resources/workloads/Pod/relations?kind=owns').expect(400)).body.errors[0].path).toBe('kind');
    expect((await t.api.get('/resources/workloads/Pod/relations?direction=up').expect(400)).body.errors[0].path).toBe('direction');
  });

  it('redirects under a wrong category, keeping the sub-resource', async () => {
    const res = await t.api.get('/resources/service/CronJob/children?depth=2').expect(301);
    expect(res.headers.location).toBe('/resources/workloads/CronJob/children?depth=2');
  });

  it('answers 404 with suggestions for an unknown resource', async () => {
    const res = await t.api.get('/resources/workloads/Pdo/relations').expect(404);
    expect(res.body.suggestions.map((s: { name: string }) => s.name)).toContain('Pod');
  });
});

describe('GET /resources/:category/:name/parents and /children', () => {
  it('walks the whole chain CronJob → Job → Pod with depth', async () => {
    const one = await t.api.get('/resources/workloads/CronJob/children').expect(200);
    expect(names(one.body.items)).toEqual(['Job']);
    const two = await t.api.get('/resources/workloads/CronJob/children?depth=2').expect(200);
    expect(two.body.items.map((i: { resource: { name: string }; depth: number }) => [i.resource.name, i.depth])).toEqual([
      ['Job', 1],
      ['Pod', 2],
    ]);
    expect(two.body.items[1].via).toMatchObject({ kind: 'parent_of', from: 'Job', to: 'Pod' });
  });

  it('walks up from Pod through ReplicaSet to Deployment', async () => {
    const res = await t.api.get('/resources/workloads/Pod/parents?depth=3').expect(200);
    const found = res.body.items.map((i: { resource: { name: string }; depth: number }) => `${i.resource.name}@${i.depth}`);
    expect(found).toEqual(expect.arrayContaining(['ReplicaSet@1', 'Deployment@2', 'Job@1', 'CronJob@2']));
  });

  it('accepts an alias in the address and rejects a depth out of range', async () => {
    const res = await t.api.get('/resources/workloads/deploy/children').expect(200);
    expect(res.headers.link).toBe('</resources/workloads/Deployment/children>; rel="canonical"');
    expect((await t.api.get('/resources/workloads/Pod/parents?depth=0').expect(400)).body.errors[0].path).toBe('depth');
    expect((await t.api.get('/resources/workloads/Pod/parents?depth=11').expect(400)).body.errors[0].path).toBe('depth');
  });
});

describe('GET /resources/:category/:name/alternatives and /comparisons', () => {
  it('lists ReplicaSet as the alternative to ReplicationController', async () => {
    const res = await t.api.get('/resources/workloads/ReplicationController/alternatives?lang=en').expect(200);
    expect(names(res.body.items)).toContain('ReplicaSet');
    expect(res.body.items[0].note.length).toBeGreaterThan(0);
  });

  it('lists the stored comparisons that include the resource', async () => {
    const res = await t.api.get('/resources/workloads/Job/comparisons').expect(200);
    const slugs = res.body.items.map((c: { slug: string }) => c.slug);
    expect(slugs).toEqual(expect.arrayContaining(['job-vs-cronjob', 'replicaset-vs-job']));
  });
});
