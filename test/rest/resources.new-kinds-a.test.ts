import { describe, expect, it } from 'vitest';
import { DISCOVERY_KINDS_A } from '../seed/discovery/new-kinds-a.js';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

const apiVersion = (group: string, version: string) => (group ? `${group}/${version}` : version);

describe('GET /resources/<Kind> for the kinds beyond the article', () => {
  it.each(DISCOVERY_KINDS_A.map((d) => [d.kind, d] as const))('reaches %s and answers the facts discovery reports', async (kind, discovered) => {
    const moved = await t.api.get(`/resources/${kind}`).expect(301);
    const canonical = moved.headers.location as string;
    expect(canonical).toMatch(new RegExp(`^/resources/[a-z-]+/${kind}$`));
    const res = await t.api.get(`${canonical}?lang=en`).expect(200);
    expect(res.body.name).toBe(kind);
    expect(res.body.kubernetes).toEqual({
      kind,
      group: discovered.group,
      version: discovered.version,
      apiVersion: apiVersion(discovered.group, discovered.version),
      plural: discovered.plural,
      singular: discovered.singular,
      shortNames: discovered.shortNames,
      namespaced: discovered.namespaced,
      verbs: discovered.verbs,
      servedVersions: discovered.servedVersions.map((v) => apiVersion(discovered.group, v)),
    });
  });

  it('reaches a new kind by its plural and shortName as kubectl accepts them', async () => {
    expect((await t.api.get('/resources/pc').expect(301)).headers.location).toBe('/resources/workloads/PriorityClass');
    expect((await t.api.get('/resources/runtimeclasses').expect(301)).headers.location).toBe('/resources/cluster/RuntimeClass');
    expect((await t.api.get('/resources/gtw').expect(301)).headers.location).toBe('/resources/service/Gateway');
    expect((await t.api.get('/resources/vac').expect(301)).headers.location).toBe('/resources/config-storage/VolumeAttributesClass');
  });

  it('marks the Gateway API kinds as add-ons and Endpoints as deprecated in favour of EndpointSlice', async () => {
    const gateway = await t.api.get('/resources/service/HTTPRoute?lang=en').expect(200);
    expect(gateway.body.distribution).toBe('addon');
    const endpoints = await t.api.get('/resources/service/Endpoints?lang=en').expect(200);
    expect(endpoints.body).toMatchObject({ status: 'deprecated', distribution: 'builtin' });
    expect(endpoints.body.supersededBy).toMatchObject({ name: 'EndpointSlice' });
  });

  it('answers the apiVersion history of a new kind with what the deprecation guide says', async () => {
    const res = await t.api.get('/resources/cluster/RuntimeClass?lang=en').expect(200);
    expect(res.body.apiVersionHistory.map((v: { apiVersion: string; removedIn: string | null }) => [v.apiVersion, v.removedIn])).toEqual([
      ['node.k8s.io/v1alpha1', 'v1.24'],
      ['node.k8s.io/v1beta1', 'v1.25'],
      ['node.k8s.io/v1', null],
    ]);
  });
});
