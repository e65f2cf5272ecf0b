import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { resolveResource } from '../knowledge/resolve-resource.js';
import { fieldInLanguage, fieldTextSources } from '../reference/field-in-language.js';
import { MAX_FIELD_DEPTH } from '../reference/field-tree.js';
import { resourceFields } from '../reference/resource-fields.js';
import { resourceRef, ResourceRef } from './mcp-views.js';
import { FieldTextSources } from '../rest/schemas/field-schemas.js';
import { structured, toolResult } from './tool-error.js';
import { StrictToolLang, toolLang } from './tool-lang.js';

const Field = z.object({
  name: z.string(),
  path: z.string(),
  type: z.string().describe('as kubectl explain prints it, e.g. <IntOrString>'),
  required: z.boolean(),
  description: z.string().nullable().describe('upstream English description'),
  enum: z.array(z.string()).nullable(),
  note: z.string().nullable().describe("kubedex's own note, in the answer language"),
  hasChildren: z.boolean(),
  get children(): z.ZodArray<typeof Field> {
    return z.array(Field);
  },
});

/** Registers `explain_field`: the upstream field reference of a resource's kind, with kubedex's notes. */
export function registerFieldTools(server: McpServer, store: KnowledgeStore, baseUrl: string): void {
  server.registerTool(
    'explain_field',
    {
      title: 'Explain a field of a Kubernetes kind',
      description:
        "Like kubectl explain: one field of a resource's kind (path such as spec.strategy.rollingUpdate.maxSurge, any case) with its type, whether it is required, the upstream English description and kubedex's own note; without a path, the field tree. An unknown path answers the closest paths.",
      inputSchema: {
        resource: z.string().min(1).describe('resource name, alias or shortName (Deployment, deploy, NodePort)'),
        path: z.string().min(1).max(500).optional().describe('dotted field path; omit for the tree'),
        depth: z.number().int().min(0).max(MAX_FIELD_DEPTH).optional().describe('levels to expand: default 1 below a path, 2 for the tree'),
        lang: StrictToolLang,
      },
      outputSchema: {
        resource: ResourceRef,
        apiVersion: z.string(),
        kind: z.string(),
        sources: FieldTextSources,
        fields: z.array(Field),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const snapshot = store.snapshot;
        const { resource } = resolveResource(snapshot, { name: args.resource });
        const lang = toolLang(args.lang, args.resource, args.path);
        const answer = resourceFields(snapshot, resource, { ...(args.path ? { path: args.path } : {}), ...(args.depth !== undefined ? { depth: args.depth } : {}) });
        return structured({
          resource: resourceRef(resource, lang, baseUrl),
          apiVersion: answer.apiVersion,
          kind: answer.kind,
          sources: fieldTextSources(answer.source, lang),
          fields: answer.fields.map((field) => fieldInLanguage(field, lang)),
        });
      }),
  );
}
