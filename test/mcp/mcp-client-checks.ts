import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { expect } from 'vitest';

/** The same checks for any transport: tools listed, structured output, tool errors, resources. */
export async function checkKubedexMcp(client: Client): Promise<void> {
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name).sort()).toEqual(['api_versions', 'ask', 'check_manifest', 'compare_resources', 'explain_field', 'get_relations', 'get_resource', 'list_category', 'search_resources']);
  for (const tool of tools) expect(tool.outputSchema).toBeDefined();

  const search = await client.callTool({ name: 'search_resources', arguments: { q: 'ノードごとに1つずつPodを配置したい', limit: 3 } });
  expect(search.isError).toBeFalsy();
  const results = (search.structuredContent as { results: { name: string; uri: string }[] }).results;
  expect(results.map((r) => r.name)).toContain('DaemonSet');

  const got = await client.callTool({ name: 'get_resource', arguments: { name: 'deamonset', lang: 'en' } });
  expect((got.structuredContent as { name: string; kubernetes: { apiVersion: string } }).name).toBe('DaemonSet');
  expect((got.structuredContent as { kubernetes: { apiVersion: string } }).kubernetes.apiVersion).toBe('apps/v1');

  const listed = await client.callTool({ name: 'list_category', arguments: { category: 'ConfigMap&Storage' } });
  expect((listed.structuredContent as { category: { slug: string } }).category.slug).toBe('config-storage');

  const relations = await client.callTool({ name: 'get_relations', arguments: { name: 'Deployment', depth: 2 } });
  const children = (relations.structuredContent as { children: { name: string; depth: number }[] }).children;
  expect(children).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'ReplicaSet', depth: 1 }), expect.objectContaining({ name: 'Pod', depth: 2 })]));

  const compared = await client.callTool({ name: 'compare_resources', arguments: { names: ['Job', 'cj'] } });
  expect((compared.structuredContent as { comparison: { slug: string } }).comparison.slug).toBe('job-vs-cronjob');

  const asked = await client.callTool({ name: 'ask', arguments: { q: 'NodePortとExternalIPの違い' } });
  const answer = asked.structuredContent as { lang: string; comparison: { resources: string[] }; citations: unknown[] };
  expect(answer.lang).toBe('ja');
  expect(answer.comparison.resources).toEqual(expect.arrayContaining(['NodePort', 'ExternalIP']));
  expect(answer.citations.length).toBeGreaterThan(0);

  // Bad arguments are tool errors that say what was wrong, not protocol failures.
  const unknown = await client.callTool({ name: 'get_resource', arguments: { name: 'DaemonSett' } });
  expect(unknown.isError).toBe(true);
  expect(JSON.stringify(unknown.content)).toMatch(/DaemonSett.*Did you mean: DaemonSet/s);
  const invalid = await client.callTool({ name: 'get_relations', arguments: { name: 'Pod', depth: 99 } });
  expect(invalid.isError).toBe(true);
  expect(JSON.stringify(invalid.content)).toMatch(/depth/);
  const badCategory = await client.callTool({ name: 'list_category', arguments: { category: 'nope' } });
  expect(badCategory.isError).toBe(true);
  expect(JSON.stringify(badCategory.content)).toMatch(/nope/);

  const { resources } = await client.listResources();
  expect(resources.map((r) => r.uri)).toContain('kubedex://resources/workloads/DaemonSet');
  const read = await client.readResource({ uri: 'kubedex://resources/workloads/ds' });
  const content = read.contents[0] as { mimeType: string; text: string };
  expect(content.mimeType).toBe('text/markdown');
  expect(content.text).toMatch(/^# DaemonSet/);
  const templates = await client.listResourceTemplates();
  expect(templates.resourceTemplates[0]?.uriTemplate).toBe('kubedex://resources/{category}/{name}');
}
