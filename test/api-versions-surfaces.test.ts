import { describe, expect, it } from 'vitest';
import { codes, graphql } from './graphql/graphql-request.js';
import { useMcpOverHttp } from './support/mcp-over-http.js';

const t = useMcpOverHttp();

const OLD_INGRESS = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: web }\n';

describe('API version history and manifest checks on GraphQL and MCP', () => {
  it('GraphQL: a resource carries its apiVersionHistory, and apiVersions lists across kinds', async () => {
    const answer = await graphql(t.seeded.app, '{ resource(name: "cj") { apiVersionHistory { apiVersion removedIn replacement } } apiVersions(removedIn: "1.25", kind: "PodDisruptionBudget") { kind apiVersion replacement resource { name } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.resource.apiVersionHistory).toContainEqual({ apiVersion: 'batch/v1beta1', removedIn: 'v1.25', replacement: 'batch/v1' });
    expect(answer.data?.apiVersions).toEqual([{ kind: 'PodDisruptionBudget', apiVersion: 'policy/v1beta1', replacement: 'policy/v1', resource: { name: 'PodDisruptionBudget' } }]);
  });

  it('GraphQL: checkManifests answers the same findings as REST, and a bad release is a VALIDATION_FAILED error', async () => {
    const query = 'query($m: String!, $v: String) { checkManifests(manifests: $m, kubernetesVersion: $v, lang: en) { kubernetesVersion checked findings { index severity removedIn replacement resource { name } } } }';
    const answer = await graphql(t.seeded.app, query, { variables: { m: OLD_INGRESS, v: 'v1.25' } });
    expect(answer.data?.checkManifests).toEqual({ kubernetesVersion: 'v1.25', checked: 1, findings: [{ index: 0, severity: 'removed', removedIn: 'v1.22', replacement: 'networking.k8s.io/v1', resource: { name: 'Ingress' } }] });
    const bad = await graphql(t.seeded.app, query, { variables: { m: OLD_INGRESS, v: 'v2' } });
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
  });

  it('MCP: check_manifest flags the removed Ingress, and api_versions lists the history', async () => {
    const result = await t.client.callTool({ name: 'check_manifest', arguments: { manifests: OLD_INGRESS, kubernetesVersion: 'v1.25' } });
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent as { findings: unknown[] }).findings).toEqual([expect.objectContaining({ severity: 'removed', removedIn: 'v1.22', replacement: 'networking.k8s.io/v1' })]);
    const history = await t.client.callTool({ name: 'api_versions', arguments: { kind: 'CronJob' } });
    expect((history.structuredContent as { items: { apiVersion: string }[] }).items.map((i) => i.apiVersion)).toEqual(['batch/v2alpha1', 'batch/v1beta1', 'batch/v1']);
  });

  it('MCP: bad YAML is a tool error that says so, not an internal error', async () => {
    const result = await t.client.callTool({ name: 'check_manifest', arguments: { manifests: 'kind: [x' } });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/VALIDATION_FAILED: Document 0 is not valid YAML/);
  });
});
