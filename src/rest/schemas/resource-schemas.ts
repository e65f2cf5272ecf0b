import { z } from 'zod';
import { ALIAS_KINDS, DISTRIBUTIONS, RELATION_KINDS, RESOURCE_STATUSES } from '../../knowledge/vocabulary.js';
import { Href, Links, ResourceRef, WholeListFields } from './common-schemas.js';
import { ComparisonBody } from './comparison-schemas.js';

/** Kubernetes API facts of a resource's kind. */
export const KubernetesFactsBody = z
  .object({
    kind: z.string(),
    group: z.string().meta({ description: 'API group; empty for the core group' }),
    version: z.string(),
    apiVersion: z.string().meta({ description: 'as written in a manifest', example: 'apps/v1' }),
    plural: z.string(),
    singular: z.string().meta({ description: 'the lower-cased kind', example: 'deployment' }),
    shortNames: z.array(z.string()),
    namespaced: z.boolean(),
    verbs: z.array(z.string()).meta({ description: 'API verbs served; `create` alone for review kinds' }),
    servedVersions: z.array(z.string()).meta({ description: 'every apiVersion a v1.36 API server serves, preferred first; empty for a removed kind' }),
  })
  .meta({ id: 'KubernetesFacts', description: 'what kubectl api-resources reports for the kind' });

/** One apiVersion a kind has been served under. */
export const ApiVersionEntryBody = z
  .object({
    apiVersion: z.string().meta({ example: 'batch/v1beta1' }),
    introducedIn: z.string().nullable().meta({ description: 'release that first served it', example: 'v1.8' }),
    deprecatedIn: z.string().nullable().meta({ description: 'release that deprecated it', example: 'v1.21' }),
    removedIn: z.string().nullable().meta({ description: 'first release that no longer serves it', example: 'v1.25' }),
    replacement: z.string().nullable().meta({ description: 'apiVersion to migrate to', example: 'batch/v1' }),
    note: z.string().nullable().meta({ description: "kubedex's remark, in the answer's language" }),
  })
  .meta({ id: 'ApiVersionEntry', description: 'one apiVersion a kind has been served under' });

/** A resource in a list: enough to choose it, and its link. */
export const ResourceSummary = z
  .object({
    name: z.string(),
    category: z.string().meta({ description: 'home category slug' }),
    displayName: z.string(),
    summary: z.string(),
    kind: z.string().nullable(),
    apiVersion: z.string().nullable(),
    namespaced: z.boolean().nullable(),
    status: z.enum(RESOURCE_STATUSES),
    variantOf: z.string().nullable(),
    href: Href,
  })
  .meta({ id: 'ResourceSummary', description: 'a resource in a list' });

/** A relation seen from one resource. */
export const RelationEntry = z
  .object({
    kind: z.enum(RELATION_KINDS),
    direction: z.enum(['outgoing', 'incoming']).meta({ description: 'outgoing: this resource → other' }),
    resource: ResourceRef,
    note: z.string(),
  })
  .meta({ id: 'RelationEntry', description: 'a relation from the point of view of one resource' });

/** A resource with everything kubedex knows about it. */
export const ResourceBody = z
  .object({
    name: z.string().meta({ example: 'NodePort' }),
    category: z.string().meta({ description: 'home category slug', example: 'service' }),
    listedIn: z.array(z.string()).meta({ description: 'every category slug that lists it, home first' }),
    displayName: z.string(),
    summary: z.string(),
    description: z.string(),
    kubernetes: KubernetesFactsBody.nullable(),
    variant: z.object({ of: ResourceRef, selector: z.string().meta({ example: 'spec.type: NodePort' }) }).nullable(),
    variants: z.array(z.object({ resource: ResourceRef, selector: z.string() })),
    status: z.enum(RESOURCE_STATUSES),
    distribution: z.enum(DISTRIBUTIONS).meta({ description: 'builtin, or addon: an official add-on API whose CRDs must be installed' }),
    supersededBy: ResourceRef.nullable(),
    tasks: z.array(z.string()).meta({ description: 'what people want to do when they need this resource' }),
    apiVersionHistory: z.array(ApiVersionEntryBody).meta({ description: 'every apiVersion the kind has been served under, oldest first' }),
    aliases: z.array(z.object({ name: z.string(), kind: z.enum(ALIAS_KINDS) })),
    facts: z.array(
      z.object({ key: z.string(), value: z.unknown().meta({ description: 'any JSON value' }), label: z.string(), note: z.string().nullable() }),
    ),
    exampleManifest: z.string().nullable(),
    source: z.object({ fromArticle: z.boolean(), articleSection: z.string().nullable(), docsUrl: z.string().nullable() }),
    updatedAt: z.string().meta({ format: 'date-time' }),
    links: Links,
    relations: z.array(RelationEntry).optional().meta({ description: 'with ?include=relations' }),
    comparisons: z.array(ComparisonBody).optional().meta({ description: 'with ?include=comparisons' }),
  })
  .meta({ id: 'Resource', description: 'a resource in one language, with links to what relates to it' });

/** A resource in a list, with what `include` embedded. */
export const ResourceListItem = ResourceSummary.extend({
  relations: z.array(RelationEntry).optional().meta({ description: 'with ?include=relations' }),
  comparisons: z.array(ComparisonBody).optional().meta({ description: 'with ?include=comparisons' }),
}).meta({ id: 'ResourceListItem', description: 'a resource in a list, with embeds' });

/** A page of resources. */
export const ResourcePage = z
  .object({
    items: z.array(ResourceListItem),
    total: z.number().int().meta({ description: 'resources matching the filters, over all pages' }),
    limit: z.number().int(),
    next: z.string().nullable().meta({ description: 'cursor of the next page (pass it as `cursor` with the same filters), null on the last page' }),
    previous: z.string().nullable().meta({ description: 'cursor of the page before, of the same size, null on the first page' }),
    links: Links.meta({ description: 'self, first, and next/prev when there are such pages' }),
  })
  .meta({ id: 'ResourcePage', description: 'one page of resources matching the filters' });

/** One step of a parent or child chain. */
export const ChainStepBody = z
  .object({
    resource: ResourceSummary,
    depth: z.number().int().min(1),
    via: z.object({ kind: z.enum(RELATION_KINDS), from: z.string(), to: z.string(), note: z.string() }),
  })
  .meta({ id: 'ChainStep', description: 'a resource reached through parent_of relations, and how far it is' });

/** An alternative to a resource and why. */
export const AlternativeBody = z.object({ resource: ResourceSummary, note: z.string() }).meta({ id: 'Alternative' });

/** An answer about one resource's neighbours. */
export function aboutResource<T extends z.ZodType>(item: T, id: string, description: string) {
  return z.object({ resource: ResourceRef, items: z.array(item), ...WholeListFields, links: Links }).meta({ id, description });
}
