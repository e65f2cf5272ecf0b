import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { expect } from 'vitest';

/** The same checks for any transport: tools listed, structured output, tool errors, resources. */
export async function checkKubedexMcp(client: Client): Promise<void> {
  // No notification can reach a client of the stateless HTTP endpoint, and kubedex sends none over stdio either.
  const capabilities = client.getServerCapabilities();
  expect(capabilities?.tools?.listChanged).toBe(false);
  expect(capabilities?.resources?.listChanged).toBe(false);
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
  expect(resources.map((r) => r.uri)).toEqual(expect.arrayContaining(['kubedex://resources/workloads/DaemonSet?lang=en', 'kubedex://resources/workloads/DaemonSet?lang=ja']));
  const read = await client.readResource({ uri: 'kubedex://resources/workloads/ds' });
  const content = read.contents[0] as { mimeType: string; text: string };
  expect(content.mimeType).toBe('text/markdown');
  expect(content.text).toMatch(/^# DaemonSet/);
  const templates = await client.listResourceTemplates();
  expect(templates.resourceTemplates[0]?.uriTemplate).toBe('kubedex://resources/{category}/{name}{?lang}');
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
type Structured = Record<string, unknown> & { [key: string]: never };

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<Structured> {
  const result = await client.callTool({ name, arguments: args });
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return result.structuredContent as Structured;
}

/** Tools answer in the language of their text arguments, else English, never Japanese unasked; resources read in both languages. */
export async function checkMcpLanguages(client: Client): Promise<void> {
  const english = (text: unknown) => expect(String(text)).not.toMatch(JAPANESE);
  const japanese = (text: unknown) => expect(String(text)).toMatch(JAPANESE);

  const got = (await call(client, 'get_resource', { name: 'deamonset' })) as unknown as { summary: string; uri: string; facts: { label: string }[] };
  english(got.summary);
  english(got.facts.map((f) => f.label).join(' '));
  expect(got.uri).toBe('kubedex://resources/workloads/DaemonSet?lang=en');
  japanese(((await call(client, 'get_resource', { name: 'デーモンセット' })) as unknown as { summary: string }).summary);
  japanese(((await call(client, 'get_resource', { name: 'deamonset', lang: 'ja' })) as unknown as { summary: string }).summary);

  english(((await call(client, 'list_category', { category: 'workloads' })) as unknown as { category: { description: string } }).category.description);
  english(JSON.stringify(((await call(client, 'get_relations', { name: 'Deployment' })) as unknown as { children: unknown[] }).children));
  english(((await call(client, 'compare_resources', { names: ['Job', 'cj'] })) as unknown as { comparison: { title: string; verdict: string } }).comparison.verdict);
  const field = (await call(client, 'explain_field', { resource: 'deploy', path: 'spec.replicas' })) as unknown as { sources: { note: { lang: string } }; fields: { note: string }[] };
  expect(field.sources.note.lang).toBe('en');
  english(field.fields[0]?.note);
  english(JSON.stringify(await call(client, 'api_versions', { kind: 'CronJob' })));

  const asked = (await call(client, 'ask', { q: 'what does maxSurge mean' })) as unknown as { lang: string; answer: string; field: { path: string; default: string }; matches: { uri: string }[] };
  expect(asked.lang).toBe('en');
  expect(asked.field.path).toMatch(/\.maxSurge$/);
  expect(asked.answer).toContain(`Default: ${asked.field.default}`);
  expect(asked.matches[0]?.uri).toMatch(/\?lang=en$/);
  const askedJa = (await call(client, 'ask', { q: 'PodSecurityPolicyの後継は?' })) as unknown as { lang: string; answer: string; versions: { supersededBy: string } };
  expect(askedJa.lang).toBe('ja');
  expect(askedJa.versions.supersededBy).toBeTruthy();
  japanese(askedJa.answer);

  const en = await client.readResource({ uri: 'kubedex://resources/workloads/DaemonSet?lang=en' });
  const ja = await client.readResource({ uri: 'kubedex://resources/workloads/DaemonSet?lang=ja' });
  english((en.contents[0] as { text: string }).text.split('\n').slice(0, 5).join(' '));
  japanese((ja.contents[0] as { text: string }).text);
  await expect(client.readResource({ uri: 'kubedex://resources/workloads/DaemonSet?lang=fr' })).rejects.toMatchObject({ code: -32602 });
}

/** The citations of one ask: what a client gets to link to. */
export async function askCitations(client: Client): Promise<{ kubedexUrl: string; markdownUrl: string; docsUrl: string | null }[]> {
  return ((await call(client, 'ask', { q: 'how do I run a pod on every node' })) as unknown as { citations: { kubedexUrl: string; markdownUrl: string; docsUrl: string | null }[] }).citations;
}
