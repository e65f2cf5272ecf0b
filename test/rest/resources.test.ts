import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

describe('GET /resources/:category/:name', () => {
  it('answers the canonical URL with the resource, its Kubernetes facts and links', async () => {
    const res = await t.api.get('/resources/service/NodePort?lang=en').expect(200);
    expect(res.body).toMatchObject({
      name: 'NodePort',
      category: 'service',
      kubernetes: { kind: 'Service', apiVersion: 'v1' },
      variant: { of: { name: 'Service', href: '/resources/service/Service' }, selector: 'spec.type: NodePort' },
      links: { self: '/resources/service/NodePort', category: '/categories/service', relations: '/resources/service/NodePort/relations' },
    });
    expect(res.headers['content-language']).toBe('en');
    expect(res.headers.link).toBeUndefined();
    expect(res.body.relations).toBeUndefined();
  });

  it('matches case-insensitively and answers with a canonical link', async () => {
    const res = await t.api.get('/resources/Service/nodeport').expect(200);
    expect(res.body.name).toBe('NodePort');
    expect(res.headers.link).toBe('</resources/service/NodePort>; rel="canonical"');
    expect(res.headers['content-location']).toBe('/resources/service/NodePort');
  });

  it('resolves misspellings and shortNames to the canonical resource', async () => {
    for (const path of ['/resources/workloads/deamonset', '/resources/Workloads/ds', '/resources/workloads/daemonsets']) {
      const res = await t.api.get(path).expect(200);
      expect(res.body.name).toBe('DaemonSet');
      expect(res.headers.link).toBe('</resources/workloads/DaemonSet>; rel="canonical"');
    }
  });

  it('accepts a category alias such as ConfigMap&Storage', async () => {
    const res = await t.api.get('/resources/ConfigMap%26Storage/ConfigMap').expect(200);
    expect(res.body).toMatchObject({ name: 'ConfigMap', category: 'config-storage' });
    expect(res.headers['content-location']).toBe('/resources/config-storage/ConfigMap');
  });

  it('serves PersistentVolume under cluster, which lists it too', async () => {
    const res = await t.api.get('/resources/cluster/PersistentVolume').expect(200);
    expect(res.body).toMatchObject({ name: 'PersistentVolume', category: 'config-storage' });
    expect(res.body.listedIn).toEqual(expect.arrayContaining(['config-storage', 'cluster']));
  });

  it('redirects a right name under a wrong category to the canonical URL, keeping the query', async () => {
    const res = await t.api.get('/resources/workloads/NodePort?lang=en').expect(301);
    expect(res.headers.location).toBe('/resources/service/NodePort?lang=en');
    const head = await t.api.head('/resources/service/Deployment').expect(301);
    expect(head.headers.location).toBe('/resources/workloads/Deployment');
  });

  it('answers 404 with close matches and their URLs for an unknown name', async () => {
    const res = await t.api.get('/resources/workloads/Deploymnet').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(res.body.suggestions).toContainEqual({ name: 'Deployment', category: 'workloads', href: '/resources/workloads/Deployment' });
  });

  it('embeds relations and comparisons with ?include', async () => {
    const res = await t.api.get('/resources/workloads/Deployment?include=relations,comparisons&lang=en').expect(200);
    expect(res.body.relations).toContainEqual(
      expect.objectContaining({ kind: 'parent_of', direction: 'outgoing', resource: expect.objectContaining({ name: 'ReplicaSet' }) }),
    );
    expect(res.body.comparisons.map((c: { slug: string }) => c.slug)).toContain('deployment-vs-statefulset');
  });

  it('names the failing parameter for a bad include, lang or unknown parameter', async () => {
    const bad = await t.api.get('/resources/workloads/Pod?include=everything').expect(400);
    expect(bad.body.errors[0].path).toBe('include');
    const lang = await t.api.get('/resources/workloads/Pod?lang=en_US').expect(400);
    expect(lang.body.errors[0].path).toBe('lang');
    const unknown = await t.api.get('/resources/workloads/Pod?colour=blue').expect(400);
    expect(unknown.body.errors).toEqual([{ path: 'colour', message: 'unknown parameter' }]);
  });
});

describe('language', () => {
  it('defaults to Japanese and varies on Accept-Language', async () => {
    const ja = await t.api.get('/resources/workloads/Pod').expect(200);
    expect(ja.headers['content-language']).toBe('ja');
    expect(ja.headers.vary).toMatch(/Accept-Language/);
    const en = await t.api.get('/resources/workloads/Pod').set('Accept-Language', 'en-US,en;q=0.9').expect(200);
    expect(en.headers['content-language']).toBe('en');
    expect(en.body.summary).not.toBe(ja.body.summary);
    expect(en.headers.etag).not.toBe(ja.headers.etag);
  });

  it('lets ?lang win over Accept-Language, and then does not vary on it', async () => {
    const res = await t.api.get('/resources/workloads/Pod?lang=ja').set('Accept-Language', 'en').expect(200);
    expect(res.headers['content-language']).toBe('ja');
    expect(res.headers.vary ?? '').not.toMatch(/Accept-Language/);
  });
});

describe('GET /resources/:name', () => {
  it('redirects a bare name, alias or shortName to the canonical URL', async () => {
    expect((await t.api.get('/resources/deploy').expect(301)).headers.location).toBe('/resources/workloads/Deployment');
    expect((await t.api.get('/resources/DeamonSet').expect(301)).headers.location).toBe('/resources/workloads/DaemonSet');
  });

  it('answers 404 with suggestions for an unknown name', async () => {
    const res = await t.api.get('/resources/Statefulst').expect(404);
    expect(res.body.suggestions[0]).toMatchObject({ name: 'StatefulSet', href: '/resources/workloads/StatefulSet' });
  });

  it('answers 404 naming an unknown category, with the categories then close resources', async () => {
    const res = await t.api.get('/resources/workloadz/Deploymnet').expect(404);
    expect(res.body.detail).toMatch(/No category "workloadz"/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['category', 'name']);
    expect(res.body.suggestions[0]).toEqual({ name: 'workloads', href: '/categories/workloads' });
    expect(res.body.suggestions).toContainEqual({ name: 'Deployment', category: 'workloads', href: '/resources/workloads/Deployment' });
  });

  it('answers 404 naming an unknown resource in a known category, with close resources only', async () => {
    const res = await t.api.get('/resources/cluster/PriorityKlass').expect(404);
    expect(res.body.detail).toMatch(/No resource named "PriorityKlass" in cluster/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['name']);
    expect(res.body.suggestions.map((s: { name: string }) => s.name)).toEqual(['PriorityClass']);
    expect((await t.api.get('/resources/cluster/FooClass').expect(404)).body.suggestions).toEqual([]);
  });
});

describe('GET /resources', () => {
  it('gives top-level next and previous cursors, null at the ends, that walk every match once', async () => {
    const all = (await t.api.get('/resources?category=workloads&limit=100').expect(200)).body;
    const names: string[] = [];
    let page = (await t.api.get('/resources?category=workloads&limit=7').expect(200)).body;
    expect(page.previous).toBeNull();
    for (;;) {
      expect(page.total).toBe(all.total);
      names.push(...page.items.map((r: { name: string }) => r.name));
      if (page.next === null) break;
      const next = (await t.api.get(`/resources?category=workloads&limit=7&cursor=${page.next}`).expect(200)).body;
      const back = (await t.api.get(`/resources?category=workloads&limit=7&cursor=${next.previous}`).expect(200)).body;
      expect(back.items).toEqual(page.items);
      page = next;
    }
    expect(names).toEqual(all.items.map((r: { name: string }) => r.name));
  });

  it('refuses a cursor under another filter with 400 on cursor', async () => {
    const { next } = (await t.api.get('/resources?category=workloads&limit=5').expect(200)).body;
    const res = await t.api.get(`/resources?category=service&limit=5&cursor=${next}`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'cursor' }] });
    expect(res.body.detail).toMatch(/another list or filter/);
    // The page size is no filter: a cursor stays good with another limit.
    await t.api.get(`/resources?category=workloads&limit=9&cursor=${next}`).expect(200);
  });

  it('refuses a cursor issued before the knowledge changed with 400 on cursor', async () => {
    const { next } = (await t.api.get('/resources?limit=5').expect(200)).body;
    await t.seeded.db.knowledgeRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
    await t.seeded.store.reload();
    const res = await t.api.get(`/resources?limit=5&cursor=${next}`).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'cursor' }] });
    expect(res.body.detail).toMatch(/issued at knowledge revision \d+, and the knowledge is now at revision \d+/);
  });

  it('lists resources with a total and paging links', async () => {
    const res = await t.api.get('/resources?limit=5').expect(200);
    expect(res.body.items).toHaveLength(5);
    expect(res.body.total).toBeGreaterThan(5);
    expect(res.body.links.next).toMatch(/^\/resources\?limit=5&cursor=/);
    expect(res.body.links.prev).toBeUndefined();
    const next = await t.api.get(res.body.links.next).expect(200);
    expect(next.body.items[0].name).not.toBe(res.body.items[0].name);
    expect(next.body.links.prev).toBe('/resources?limit=5');
  });

  it('walks every page exactly once', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/resources?limit=7';
    let total = 0;
    while (url) {
      const page: { body: { items: { name: string }[]; total: number; links: { next?: string } } } = await t.api.get(url).expect(200);
      seen.push(...page.body.items.map((i) => i.name));
      total = page.body.total;
      url = page.body.links.next;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters by category, kind, namespaced, group, status and free text', async () => {
    const workloads = await t.api.get('/resources?category=workloads&limit=100').expect(200);
    expect(workloads.body.items.every((r: { category: string }) => r.category === 'workloads')).toBe(true);
    const services = await t.api.get('/resources?kind=service&limit=100').expect(200);
    expect(services.body.items.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['Service', 'NodePort']));
    const cluster = await t.api.get('/resources?namespaced=false&limit=100').expect(200);
    expect(cluster.body.items.map((r: { name: string }) => r.name)).toContain('Namespace');
    expect(cluster.body.items.every((r: { namespaced: boolean }) => r.namespaced === false)).toBe(true);
    const apps = await t.api.get('/resources?group=apps&limit=100').expect(200);
    expect(apps.body.items.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['Deployment', 'DaemonSet']));
    const superseded = await t.api.get('/resources?status=superseded').expect(200);
    expect(superseded.body.items.map((r: { name: string }) => r.name)).toContain('ReplicationController');
    const text = await t.api.get('/resources?q=cron').expect(200);
    expect(text.body.items.map((r: { name: string }) => r.name)).toContain('CronJob');
  });

  it('embeds relations in list items with ?include=relations', async () => {
    const res = await t.api.get('/resources?category=workloads&include=relations').expect(200);
    const deployment = res.body.items.find((r: { name: string }) => r.name === 'Deployment');
    expect(deployment.relations.length).toBeGreaterThan(0);
  });

  it('rejects bad filters and cursors, naming the parameter', async () => {
    expect((await t.api.get('/resources?limit=0').expect(400)).body.errors[0].path).toBe('limit');
    expect((await t.api.get('/resources?limit=101').expect(400)).body.errors[0].path).toBe('limit');
    expect((await t.api.get('/resources?namespaced=yes').expect(400)).body.errors[0].path).toBe('namespaced');
    expect((await t.api.get('/resources?status=gone').expect(400)).body.errors[0].path).toBe('status');
    expect((await t.api.get('/resources?cursor=bogus').expect(400)).body.errors[0].path).toBe('cursor');
    expect((await t.api.get('/resources?category=nowhere').expect(400)).body.errors[0].path).toBe('category.0');
    expect((await t.api.get('/resources?sort=name').expect(400)).body.errors[0]).toEqual({ path: 'sort', message: 'unknown parameter' });
  });
});

describe('every REST list', () => {
  it.each(['/categories', '/comparisons', '/corrections', '/api-versions', '/resources/workloads/Deployment/relations', '/resources/workloads/Deployment/children', '/resources/workloads/Deployment/alternatives'])(
    '%s carries total, and next/previous null as it is answered whole',
    async (path) => {
      const body = (await t.api.get(path).expect(200)).body;
      expect(body.items.length).toBeGreaterThan(0);
      expect(body).toMatchObject({ total: body.items.length, next: null, previous: null });
    },
  );

  it('has its cursors typed in the OpenAPI document', async () => {
    const doc = (await t.api.get('/openapi.json').expect(200)).body;
    const page = doc.components.schemas.ResourcePage;
    expect(page.required).toEqual(expect.arrayContaining(['total', 'next', 'previous']));
    expect(page.properties.next.type).toEqual(['string', 'null']);
    expect(doc.components.schemas.CategoryList.properties.next.type).toBe('null');
  });
});
