import { AppError } from '../errors.js';
import { ChainDepth, DEFAULT_CHAIN_DEPTH, MAX_CHAIN_DEPTH } from '../knowledge/chain-depth.js';
import type { Category, Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { AliasRef } from './alias.js';
import { ApiVersionEntryRef } from './api-version-entry.js';
import { builder } from './builder.js';
import { ChainStepRef } from './chain-step.js';
import { FactRef } from './fact.js';
import { MAX_FIELD_DEPTH } from '../reference/field-tree.js';
import { FieldReferenceRef, resolveResourceFields } from './field-reference.js';
import { langArg, langOf } from './lang.js';
import { parseArg } from './parse-arg.js';
import { CategoryRef, ComparisonRef, CorrectionRef, RelationRef, ResourceRef } from './refs.js';
import { ResourceSourcesRef } from './resource-sources.js';
import { DateTimeScalar } from './scalars.js';
import { VariantRef } from './variant.js';
import { DistributionEnum, RelationDirectionEnum, RelationKindEnum, ResourceStatusEnum } from './vocabulary-enums.js';

/** A category every resource must have; a missing one is a broken snapshot, not a client error. */
export function homeCategory(snapshot: KnowledgeSnapshot, resource: Resource): Category {
  const category = snapshot.category(resource.category);
  if (!category) throw new AppError('INTERNAL', { message: `resource ${resource.name} has no category ${resource.category}` });
  return category;
}

builder.node(ResourceRef, {
  description: 'A Kubernetes resource (Pod, Deployment, Service/NodePort, ...) and everything kubedex knows about it.',
  id: { resolve: (r) => r.name },
  loadOne: (name, ctx) => ctx.snapshot.resource(name) ?? null,
  fields: (t) => {
    const kubernetes = (description: string, pick: (k: NonNullable<Resource['kubernetes']>) => string) =>
      t.string({ nullable: true, description: `${description} Null when the resource is no Kubernetes kind of its own.`, resolve: (r) => (r.kubernetes ? pick(r.kubernetes) : null) });
    const chainArgs = {
      depth: t.arg.int({ defaultValue: DEFAULT_CHAIN_DEPTH, description: `How many levels to walk (1..${MAX_CHAIN_DEPTH}).` }),
    };
    // A chain can fan out at every level, so its selection costs once per possible item per level.
    const chainComplexity = (args: { depth?: number | null }) => ({ field: 2, multiplier: 10 * Math.max(1, Math.min(args.depth ?? DEFAULT_CHAIN_DEPTH, MAX_CHAIN_DEPTH)) });
    return {
      name: t.exposeString('name', { description: 'Canonical name, e.g. `Deployment` or `NodePort`.' }),
      displayName: t.string({ description: 'Name to show people.', args: langArg, resolve: (r, args, ctx) => r.text[langOf(args, ctx)].name }),
      kind: kubernetes('Kubernetes kind, e.g. `Deployment`.', (k) => k.kind),
      apiVersion: kubernetes('apiVersion as written in a manifest: `v1` for the core group, else `group/version`.', (k) => k.apiVersion),
      group: kubernetes('API group; the empty string is the core group.', (k) => k.group),
      version: kubernetes('API version within the group, e.g. `v1`.', (k) => k.version),
      plural: kubernetes('Plural resource name as kubectl and URLs use it, e.g. `deployments`.', (k) => k.plural),
      singular: kubernetes('Singular resource name, the lower-cased kind, e.g. `deployment`.', (k) => k.singular),
      shortNames: t.stringList({ description: 'kubectl short names, e.g. `deploy`.', resolve: (r) => r.kubernetes?.shortNames ?? [] }),
      verbs: t.stringList({ description: 'API verbs the kind serves (`create` alone for review kinds); empty when no kind of its own.', resolve: (r) => r.kubernetes?.verbs ?? [] }),
      servedVersions: t.stringList({
        description: 'Every apiVersion a v1.36 API server serves the kind under, preferred first; empty for a removed kind.',
        resolve: (r) => r.kubernetes?.servedVersions ?? [],
      }),
      apiVersionHistory: t.field({
        type: [ApiVersionEntryRef],
        description: 'Every apiVersion the kind has been served under, oldest first, with deprecation and removal releases.',
        resolve: (r) => r.apiVersionHistory,
      }),
      fields: t.field({
        type: FieldReferenceRef,
        description:
          'The upstream field reference of its kind, as `kubectl explain` shows it, with kubedex\'s notes beside the upstream text: the tree `depth` levels deep (default 2), or the field at `path` (`spec.strategy.rollingUpdate.maxSurge`, any case) with `depth` levels of children (default 1). An unknown path fails with NOT_FOUND and `extensions.closest`; a resource that is no kind (Volume) fails with NOT_FOUND.',
        args: {
          path: t.arg.string({ required: false, description: 'Dotted field path; list indexes are ignored.' }),
          depth: t.arg.int({ required: false, description: `Levels to expand (0..${MAX_FIELD_DEPTH}).` }),
        },
        complexity: { field: 5, multiplier: 1 },
        resolve: (r, args, ctx) => resolveResourceFields(ctx.snapshot, r, args),
      }),
      distribution: t.field({ type: DistributionEnum, description: 'Built in, or an add-on whose CRDs must be installed.', resolve: (r) => r.distribution }),
      tasks: t.stringList({ description: 'What people want to do when they need this resource.', args: langArg, resolve: (r, args, ctx) => r.tasks.map((task) => task[langOf(args, ctx)]) }),
      namespaced: t.boolean({ nullable: true, description: 'Whether objects of the kind live in a Namespace; null when no kind of its own.', resolve: (r) => r.kubernetes?.namespaced ?? null }),
      status: t.field({ type: ResourceStatusEnum, description: 'Lifecycle status.', resolve: (r) => r.status }),
      supersededBy: t.field({
        type: ResourceRef,
        nullable: true,
        description: 'The resource to use instead, when this one is superseded.',
        resolve: (r, _args, ctx) => (r.supersededBy === null ? null : (ctx.snapshot.resource(r.supersededBy) ?? null)),
      }),
      category: t.field({ type: CategoryRef, description: 'The category the resource belongs to.', resolve: (r, _args, ctx) => homeCategory(ctx.snapshot, r) }),
      listedIn: t.field({
        type: [CategoryRef],
        description: 'Other categories that also list the resource.',
        resolve: (r, _args, ctx) => r.listedIn.flatMap((l) => ctx.snapshot.category(l.category) ?? []),
      }),
      summary: t.string({ description: 'One-sentence summary.', args: langArg, resolve: (r, args, ctx) => r.text[langOf(args, ctx)].summary }),
      description: t.string({ description: 'Full description.', args: langArg, resolve: (r, args, ctx) => r.text[langOf(args, ctx)].description }),
      aliases: t.field({ type: [AliasRef], description: 'Other names that lead to the resource (short names excluded).', resolve: (r) => r.aliases }),
      exampleManifest: t.string({ nullable: true, description: 'An example manifest in YAML.', resolve: (r) => r.exampleManifest }),
      sources: t.field({ type: ResourceSourcesRef, description: 'Where the knowledge comes from.', resolve: (r) => r }),
      facts: t.field({ type: [FactRef], description: 'Key facts, in their stored order.', resolve: (r) => r.facts }),
      variant: t.field({ type: VariantRef, nullable: true, description: 'What this is a variant of; null unless it is a variant.', resolve: (r) => r.variant }),
      relations: t.field({
        type: [RelationRef],
        description: 'Relations touching the resource, optionally of some kinds and one direction.',
        args: {
          kind: t.arg({ type: [RelationKindEnum], required: false, description: 'Only relations of these kinds (one or a list).' }),
          direction: t.arg({ type: RelationDirectionEnum, required: false, description: 'Only relations pointing this way; default both.' }),
        },
        resolve: (r, args, ctx) =>
          ctx.snapshot.relationsOf(r.name, { kinds: args.kind ?? undefined, direction: args.direction ?? undefined }).map((x) => x.relation),
      }),
      parents: t.field({
        type: [ChainStepRef],
        description: 'What manages the resource, level by level (Pod ← ReplicaSet ← Deployment).',
        args: chainArgs,
        complexity: chainComplexity,
        resolve: (r, args, ctx) => ctx.snapshot.parents(r.name, parseArg(ChainDepth, args.depth, 'depth')),
      }),
      children: t.field({
        type: [ChainStepRef],
        description: 'What the resource manages, level by level (CronJob → Job → Pod).',
        args: chainArgs,
        complexity: chainComplexity,
        resolve: (r, args, ctx) => ctx.snapshot.children(r.name, parseArg(ChainDepth, args.depth, 'depth')),
      }),
      alternatives: t.field({
        type: [ResourceRef],
        description: 'Resources that can do the same job (ReplicationController ↔ ReplicaSet).',
        resolve: (r, _args, ctx) => ctx.snapshot.alternatives(r.name).map((x) => x.other),
      }),
      variants: t.field({ type: [ResourceRef], description: 'Variants of this resource (NodePort, Headless, ... of Service).', resolve: (r, _args, ctx) => ctx.snapshot.variants(r.name) }),
      comparisons: t.field({ type: [ComparisonRef], description: 'Stored comparisons that include the resource.', resolve: (r, _args, ctx) => ctx.snapshot.comparisonsOf(r.name) }),
      corrections: t.field({ type: [CorrectionRef], description: 'Corrections kubedex made to what the source article says about it.', resolve: (r, _args, ctx) => ctx.snapshot.correctionsOf(r.name) }),
      updatedAt: t.field({ type: DateTimeScalar, description: 'When the stored knowledge about the resource last changed.', resolve: (r) => r.updatedAt }),
    };
  },
});
