import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { filterResources } from '../../src/knowledge/filter-resources.js';
import type { KnowledgeSnapshot } from '../../src/knowledge/knowledge-snapshot.js';
import { decodeCursor, encodeCursor, listScope, paginate } from '../../src/knowledge/paginate.js';
import { resolveResource } from '../../src/knowledge/resolve-resource.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  knowledge = await seededKnowledge();
  snapshot = knowledge.store.snapshot;
});
afterAll(() => knowledge.close());

describe('resource lookups', () => {
  it.each([
    ['Deployment', 'Deployment', 'name'],
    ['deployment', 'Deployment', 'name'],
    ['deploy', 'Deployment', 'shortName'],
    ['Deployement', 'Deployment', 'alias'],
    ['DeamonSet', 'DaemonSet', 'alias'],
    ['ds', 'DaemonSet', 'shortName'],
    ['daemonsets', 'DaemonSet', 'plural'],
    ['svc', 'Service', 'shortName'],
    ['services', 'Service', 'plural'],
    ['None Selector', 'None-Selector', 'name'],
    ['デーモンセット', 'DaemonSet', 'alias'],
    ['ＮｏｄｅＰｏｒｔ', 'NodePort', 'name'],
  ])('finds %s as %s (by %s)', (typed, name, match) => {
    expect(snapshot.findResource(typed)).toMatchObject({ resource: { name }, match });
  });

  it('gives a variant the facts of its kind but not its shortNames', () => {
    const nodePort = snapshot.resource('NodePort');
    expect(nodePort?.kubernetes).toMatchObject({ kind: 'Service', apiVersion: 'v1', plural: 'services' });
    expect(nodePort?.variant).toEqual({ of: 'Service', selector: 'spec.type: NodePort' });
    expect(snapshot.findResource('svc')?.resource.name).toBe('Service');
  });

  it('finds categories by slug, name and the article\'s spellings', () => {
    for (const typed of ['config-storage', 'ConfigMap&Storage', 'ConfigMapAndStorage', 'Config & Storage', 'configmap＆storage'])
      expect(snapshot.findCategory(typed)?.slug, typed).toBe('config-storage');
  });

  it('lists PersistentVolume under both categories the article gives it', () => {
    expect(snapshot.resourcesIn('config-storage').map((r) => r.name)).toContain('PersistentVolume');
    expect(snapshot.resourcesIn('cluster').map((r) => r.name)).toContain('PersistentVolume');
    expect(snapshot.resource('PersistentVolume')?.category).toBe('config-storage');
  });
});

describe('resolveResource', () => {
  it('is exact only for the canonical slug and name', () => {
    expect(resolveResource(snapshot, { category: 'service', name: 'NodePort' })).toMatchObject({ exact: true, categoryFits: true });
    expect(resolveResource(snapshot, { category: 'Service', name: 'nodeport' })).toMatchObject({ exact: false, categoryFits: true, resource: { name: 'NodePort' } });
  });

  it('finds a right name under a wrong category and says it does not fit', () => {
    expect(resolveResource(snapshot, { category: 'metadata', name: 'Pod' })).toMatchObject({ categoryFits: false, category: { slug: 'workloads' } });
  });

  it('answers the category the client addressed when it lists the resource', () => {
    expect(resolveResource(snapshot, { category: 'cluster', name: 'pv' })).toMatchObject({ categoryFits: true, category: { slug: 'cluster' } });
  });

  it('suggests close matches for an unknown name', () => {
    const error = (() => {
      try {
        resolveResource(snapshot, { category: 'workloads', name: 'statefullsett' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NOT_FOUND');
    expect((error as AppError).details.suggestions).toContainEqual({ name: 'StatefulSet', category: 'workloads', href: '/resources/workloads/StatefulSet' });
  });
});

describe('relation walks', () => {
  it('follows the whole child chain CronJob → Job → Pod', () => {
    expect(snapshot.children('CronJob', 5).map((s) => [s.resource.name, s.depth])).toEqual([['Job', 1], ['Pod', 2]]);
    expect(snapshot.children('CronJob', 1).map((s) => s.resource.name)).toEqual(['Job']);
  });

  it('follows parents from Pod up to Deployment and CronJob', () => {
    const parents = snapshot.parents('Pod', 3).map((s) => `${s.resource.name}@${s.depth}`);
    expect(parents).toEqual(expect.arrayContaining(['ReplicaSet@1', 'Job@1', 'Deployment@2', 'CronJob@2']));
  });

  it('sees a relation from both ends', () => {
    const fromIngress = snapshot.relationsOf('Ingress', { kinds: ['routes_to'], direction: 'outgoing' }).map((r) => r.other.name);
    const toService = snapshot.relationsOf('Service', { kinds: ['routes_to'], direction: 'incoming' }).map((r) => r.other.name);
    expect(fromIngress).toContain('Service');
    expect(toService).toContain('Ingress');
  });

  it('lists the variants of Service', () => {
    expect(snapshot.variants('Service').map((r) => r.name).sort()).toEqual(['ClusterIP', 'ExternalIP', 'ExternalName', 'Headless', 'LoadBalancer', 'NodePort', 'None-Selector']);
  });

  it('knows ReplicationController and ReplicaSet are alternatives', () => {
    expect(snapshot.alternatives('ReplicationController').map((a) => a.other.name)).toContain('ReplicaSet');
  });

  it('finds the smallest stored comparison covering a set of resources', () => {
    expect(snapshot.comparisonCovering(['NodePort', 'ClusterIP'])?.resources).toEqual(expect.arrayContaining(['ClusterIP', 'NodePort']));
    expect(snapshot.comparisonCovering(['Pod', 'Secret'])).toBeUndefined();
  });
});

describe('filterResources and paginate', () => {
  it('filters by group, namespaced and category', () => {
    const apps = filterResources(snapshot, { group: ['apps'] }).map((r) => r.name);
    expect(apps).toEqual(['ReplicaSet', 'Deployment', 'DaemonSet', 'StatefulSet', 'ControllerRevision']);
    const clusterScoped = filterResources(snapshot, { namespaced: false }).map((r) => r.name);
    expect(clusterScoped).toEqual(expect.arrayContaining(['Node', 'Namespace', 'ClusterRole', 'PersistentVolume']));
    expect(clusterScoped).not.toContain('Pod');
    expect(filterResources(snapshot, { category: ['cluster'] }).map((r) => r.name)).toContain('PersistentVolume');
  });

  it('rejects an unknown category naming the filter', () => {
    expect(() => filterResources(snapshot, { category: ['nope'] })).toThrow(/Unknown category "nope"/);
  });

  it('pages forwards and backwards without gaps or overlap', () => {
    const all = snapshot.resources;
    const scope = listScope(snapshot, 'resources');
    const first = paginate(all, { first: 10 }, scope);
    const second = paginate(all, { first: 10, after: encodeCursor(first.offset + 9, scope) }, scope);
    expect(second.items[0]).toBe(all[10]);
    const back = paginate(all, { last: 10, before: encodeCursor(second.offset, scope) }, scope);
    expect(back.items).toEqual(first.items);
    expect(back.hasPreviousPage).toBe(false);
    expect(second.hasPreviousPage).toBe(true);
  });

  it('rejects a cursor it did not issue', () => {
    expect(() => paginate(snapshot.resources, { after: 'bm9wZQ' }, listScope(snapshot, 'resources'))).toThrow(/after is not a cursor/);
  });

  it('refuses a cursor of another list or filter, or of another knowledge revision', () => {
    const scope = listScope(snapshot, 'resources', { category: ['workloads'] });
    const cursor = encodeCursor(5, scope);
    expect(decodeCursor(cursor, 'after', listScope(snapshot, 'resources', { category: ['workloads'], kind: undefined }))).toBe(5);
    expect(() => decodeCursor(cursor, 'after', listScope(snapshot, 'resources', { category: ['service'] }))).toThrow(/after pages another list or filter/);
    expect(() => decodeCursor(cursor, 'after', listScope(snapshot, 'category:workloads'))).toThrow(/another list/);
    expect(() => decodeCursor(cursor, 'after', { ...scope, revision: scope.revision + 1 })).toThrow(/issued at knowledge revision/);
  });
});
