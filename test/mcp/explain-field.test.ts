import { describe, expect, it } from 'vitest';
import { useMcpOverHttp } from '../support/mcp-over-http.js';

const t = useMcpOverHttp();

interface ExplainAnswer {
  kind: string;
  apiVersion: string;
  sources: { description: { by: string; kubernetesVersion: string; lang: string }; note: { by: string; lang: string } };
  fields: { path: string; type: string; description: string | null; children: { name: string }[] }[];
}

describe('MCP tool explain_field', () => {
  it('explains a field of a variant through its kind, marking upstream and kubedex texts', async () => {
    const result = await t.client.callTool({ name: 'explain_field', arguments: { resource: 'NodePort', path: 'spec.externalTrafficPolicy', lang: 'en' } });
    expect(result.isError).toBeFalsy();
    const answer = result.structuredContent as ExplainAnswer;
    expect(answer).toMatchObject({ kind: 'Service', apiVersion: 'v1' });
    expect(answer.sources).toEqual({
      description: { by: 'upstream', package: 'kubernetes-models', packageVersion: '5.1.0', kubernetesVersion: 'v1.36.0', schema: 'kubernetes', release: { project: 'Kubernetes', version: 'v1.36.0', from: 'package-changelog' }, lang: 'en' },
      note: { by: 'kubedex', lang: 'en' },
    });
    expect(answer.fields[0]).toMatchObject({ path: 'spec.externalTrafficPolicy', type: '<string>' });
  });

  it('explains a field of an add-on API from its CRD schema, marked with the add-on package and release', async () => {
    const result = await t.client.callTool({ name: 'explain_field', arguments: { resource: 'HTTPRoute', path: 'spec.rules.backendRefs.weight', lang: 'en' } });
    expect(result.isError).toBeFalsy();
    const answer = result.structuredContent as ExplainAnswer;
    expect(answer).toMatchObject({ kind: 'HTTPRoute', apiVersion: 'gateway.networking.k8s.io/v1' });
    expect(answer.sources.description).toMatchObject({ package: '@kubernetes-models/gateway-api', schema: 'addon-crd', release: { project: 'Gateway API', version: 'v1.5.1' } });
    expect(answer.fields[0]).toMatchObject({ path: 'spec.rules.backendRefs.weight', type: '<integer>' });
    expect(answer.fields[0]!.description).toMatch(/proportion of requests/);
  });

  it('answers the tree without a path', async () => {
    const result = await t.client.callTool({ name: 'explain_field', arguments: { resource: 'cm', depth: 1 } });
    const answer = result.structuredContent as ExplainAnswer;
    expect(answer.fields.map((field) => field.path)).toEqual(expect.arrayContaining(['data', 'binaryData', 'immutable']));
  });

  it('answers an unknown path as a tool error naming the closest paths', async () => {
    const result = await t.client.callTool({ name: 'explain_field', arguments: { resource: 'Deployment', path: 'spec.replicass' } });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/Closest paths: spec\.replicas/);
  });
});
