import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { checkManifests, FINDING_SEVERITIES } from '../checks/check-manifests.js';
import { readManifests } from '../checks/read-manifests.js';
import { listApiVersions } from '../knowledge/api-version-catalogue.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { resourceUrl } from '../knowledge/knowledge-urls.js';
import { KNOWLEDGE_RELEASE, KubernetesRelease } from '../knowledge/kubernetes-release.js';
import { structured, toolResult } from './tool-error.js';
import { StrictToolLang, toolLang } from './tool-lang.js';

const release = KubernetesRelease.describe('a Kubernetes release such as v1.25');
const nullable = z.string().nullable();
const Finding = z.object({
  index: z.number().int(),
  kind: nullable,
  apiVersion: nullable,
  name: nullable,
  severity: z.enum(FINDING_SEVERITIES),
  message: z.string(),
  path: nullable,
  deprecatedIn: nullable,
  removedIn: nullable,
  replacement: nullable,
  resource: nullable,
});
const ApiVersion = z.object({ kind: z.string(), apiVersion: z.string(), introducedIn: nullable, deprecatedIn: nullable, removedIn: nullable, replacement: nullable, note: nullable, url: z.string() });

/** Registers the API version tools: the history across kinds and the manifest check. */
export function registerVersionTools(server: McpServer, store: KnowledgeStore, baseUrl: string): void {
  server.registerTool(
    'check_manifest',
    {
      title: 'Check manifests against a Kubernetes release',
      description:
        'Finds what a cluster of a given release would refuse or warn about in one or more manifests (multi-document YAML or JSON): removed or deprecated apiVersions with their replacement, unknown kinds or apiVersions, and fields that fail the schema.',
      inputSchema: {
        manifests: z.string().min(1).max(512 * 1024).describe('one or more manifests: multi-document YAML or JSON'),
        kubernetesVersion: release.optional().describe(`the cluster's release; default ${KNOWLEDGE_RELEASE}`),
        lang: StrictToolLang,
      },
      outputSchema: { kubernetesVersion: z.string(), checked: z.number().int(), findings: z.array(Finding) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const kubernetesVersion = args.kubernetesVersion ?? KNOWLEDGE_RELEASE;
        const manifests = readManifests(args.manifests);
        const findings = checkManifests(store.snapshot, { manifests, kubernetesVersion, lang: toolLang(args.lang, args.manifests) });
        return structured({ kubernetesVersion, checked: manifests.length, findings: findings.map((f) => ({ ...f, resource: f.resource === null ? null : `${baseUrl.replace(/\/$/, '')}${f.resource}` })) });
      }),
  );

  server.registerTool(
    'api_versions',
    {
      title: 'API version history',
      description: 'Every apiVersion kinds have been served under, with the release that deprecated it, the first release that no longer serves it, and the replacement. Filter by kind, group or release.',
      inputSchema: {
        kind: z.string().min(1).max(100).optional().describe('only this kind, e.g. CronJob'),
        group: z.string().max(253).optional().describe('only this API group; empty for the core group'),
        removedIn: release.optional().describe('only versions first unserved in exactly this release'),
        deprecatedIn: release.optional().describe('only versions deprecated in exactly this release'),
        lang: StrictToolLang,
      },
      outputSchema: { items: z.array(ApiVersion) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const l = toolLang(args.lang, args.kind);
        const items = listApiVersions(store.snapshot, args).map(({ resource, text, group: _group, ...v }) => ({ ...v, note: text?.[l].note ?? null, url: resourceUrl(resource, baseUrl) }));
        return structured({ items });
      }),
  );
}
