import { z } from 'zod';
import { resourceUrl } from '../knowledge/knowledge-urls.js';
import { formatFactValue } from '../knowledge/format-fact-value.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { AliasKind, type Lang, RelationDirection, RelationKind, ResourceStatus } from '../knowledge/vocabulary.js';
import { resourceUri } from './resource-uri.js';

/** A resource in a list: enough to pick one and fetch it. */
export const ResourceRef = z.object({
  name: z.string(),
  category: z.string(),
  displayName: z.string(),
  summary: z.string(),
  uri: z.string().describe('kubedex:// URI, readable as an MCP resource in the same language'),
  url: z.string().describe('kubedex HTTP URL'),
});

/** A relation seen from one resource, named in the vocabulary REST and GraphQL use. */
export const RelatedResource = z.object({ kind: RelationKind, direction: RelationDirection, resource: z.string(), note: z.string() });

/** One resource in full, in one language. */
export const ResourceView = ResourceRef.extend({
  description: z.string(),
  kubernetes: z
    .object({ kind: z.string(), apiVersion: z.string(), plural: z.string(), shortNames: z.array(z.string()), namespaced: z.boolean() })
    .nullable(),
  variant: z.object({ of: z.string(), selector: z.string() }).nullable(),
  status: ResourceStatus,
  aliases: z.array(z.object({ name: z.string(), kind: AliasKind })),
  facts: z.array(z.object({ key: z.string(), label: z.string(), value: z.string(), note: z.string().nullable() })),
  relations: z.array(RelatedResource),
  docsUrl: z.string().nullable(),
  articleSection: z.string().nullable(),
});

/** The reference view of a resource. */
export function resourceRef(r: Resource, lang: Lang, baseUrl: string): z.infer<typeof ResourceRef> {
  return { name: r.name, category: r.category, displayName: r.text[lang].name, summary: r.text[lang].summary, uri: resourceUri(r, lang), url: resourceUrl(r, baseUrl) };
}

/** The full view of a resource. */
export function resourceView(snapshot: KnowledgeSnapshot, r: Resource, lang: Lang, baseUrl: string): z.infer<typeof ResourceView> {
  const k = r.kubernetes;
  return {
    ...resourceRef(r, lang, baseUrl),
    description: r.text[lang].description,
    kubernetes: k ? { kind: k.kind, apiVersion: k.apiVersion, plural: k.plural, shortNames: k.shortNames, namespaced: k.namespaced } : null,
    variant: r.variant,
    status: r.status,
    aliases: r.aliases.map((a) => ({ name: a.name, kind: a.kind })),
    facts: r.facts.map((f) => ({ key: f.key, label: f.text[lang].label, value: formatFactValue(f.text[lang].value, lang), note: f.text[lang].note })),
    relations: snapshot.relationsOf(r.name).map(({ relation, direction, other }) => ({ kind: relation.kind, direction, resource: other.name, note: relation.text[lang].note })),
    docsUrl: r.docsUrl,
    articleSection: r.source.articleSection,
  };
}
