import { z } from 'zod';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { AnnotatedField } from '../reference/annotate-field.js';
import type { ReferenceSource, SchemaRelease } from '../reference/field-reference-data.js';
import { MAX_FIELD_DEPTH } from '../reference/field-tree.js';
import { resourceFields, type ResourceFieldsAnswer } from '../reference/resource-fields.js';
import { builder } from './builder.js';
import { langArg, langOf } from './lang.js';
import { parseArg } from './parse-arg.js';

const SchemaReleaseRef = builder.objectRef<SchemaRelease>('SchemaRelease').implement({
  description: 'The upstream release a schema comes from, and how kubedex knows it.',
  fields: (t) => ({
    project: t.exposeString('project', { description: '`Kubernetes`, or the add-on project, e.g. `Gateway API`.' }),
    version: t.exposeString('version', { nullable: true, description: 'e.g. `v1.36.0`, `v1.24` (the last release serving a removed apiVersion), `v1.5.1`; null when unknown.' }),
    from: t.exposeString('from', { nullable: true, description: '`package-changelog` (the package says so) or `api-version-history` (the release before removedIn); null when unknown.' }),
  }),
});

const ReferenceSourceRef = builder.objectRef<ReferenceSource>('FieldReferenceSource').implement({
  description: 'Where the upstream field texts come from: every `Field.description` is Kubernetes\' own English API documentation.',
  fields: (t) => ({
    package: t.exposeString('package', { description: 'npm package the reference was generated from at install time, e.g. `kubernetes-models`.' }),
    packageVersion: t.exposeString('packageVersion', { description: 'Its version, e.g. `5.1.0`.' }),
    kubernetesVersion: t.exposeString('kubernetesVersion', { description: 'Kubernetes release the schema comes from, e.g. `v1.36.0`, or `unknown`; for an add-on, that of the Kubernetes types it embeds.' }),
    language: t.exposeString('language', { description: 'Language of the upstream texts: always `en`.' }),
    schema: t.exposeString('schema', { description: "`kubernetes` (a built-in kind's OpenAPI model) or `addon-crd` (an add-on API's CRD schema, served once its CRDs are installed)." }),
    release: t.field({ type: SchemaReleaseRef, description: 'The upstream release the schema comes from.', resolve: (source) => source.release }),
  }),
});

const FieldRef = builder.objectRef<AnnotatedField>('Field');
FieldRef.implement({
  description: 'One field of a Kubernetes kind, as `kubectl explain` shows it, with kubedex\'s note beside the upstream description.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Field name, e.g. `maxSurge`.' }),
    path: t.exposeString('path', { description: 'Dotted path from the object root, e.g. `spec.strategy.rollingUpdate.maxSurge`.' }),
    type: t.exposeString('type', { description: 'Type as kubectl explain prints it, e.g. `<IntOrString>`, `<[]Container>`.' }),
    required: t.exposeBoolean('required', { description: 'Whether the schema requires the field.' }),
    description: t.exposeString('description', { nullable: true, description: 'Upstream English description (see FieldReference.source).' }),
    enum: t.exposeStringList('enum', { nullable: true, description: 'Allowed values, where the schema lists them.' }),
    note: t.string({
      nullable: true,
      description: 'kubedex\'s own note on the field (defaults, ranges, gotchas); null when it has none.',
      args: langArg,
      resolve: (field, args, ctx) => field.note?.[langOf(args, ctx)] ?? null,
    }),
    hasChildren: t.exposeBoolean('hasChildren', { description: 'Whether the field has fields of its own, expanded or not at this depth.' }),
    children: t.field({ type: [FieldRef], description: 'Its fields, as deep as `Resource.fields(depth:)` asked.', resolve: (field) => field.children }),
  }),
});

/** The GraphQL `FieldReference` type. */
export const FieldReferenceRef = builder.objectRef<ResourceFieldsAnswer>('FieldReference').implement({
  description: 'The upstream field reference of a resource\'s kind (a variant answers its kind\'s fields).',
  fields: (t) => ({
    apiVersion: t.exposeString('apiVersion', { description: 'apiVersion the fields are of, e.g. `apps/v1`.' }),
    kind: t.exposeString('kind', { description: 'Kind the fields are of, e.g. `Deployment`.' }),
    source: t.field({ type: ReferenceSourceRef, description: 'Where the upstream descriptions come from.', resolve: (answer) => answer.source }),
    fields: t.field({ type: [FieldRef], description: 'The top fields of the kind, or the one field asked for by `path`.', resolve: (answer) => answer.fields }),
  }),
});

const FieldsArgs = z.object({
  path: z.string().min(1).max(500).nullish(),
  depth: z.number().int().min(0).max(MAX_FIELD_DEPTH).nullish(),
});

/** Parses `Resource.fields` arguments and answers them from the core. */
export function resolveResourceFields(snapshot: KnowledgeSnapshot, resource: Resource, args: { path?: string | null; depth?: number | null }): ResourceFieldsAnswer {
  const { path, depth } = parseArg(FieldsArgs, args, 'fields');
  return resourceFields(snapshot, resource, { ...(path ? { path } : {}), ...(depth !== null && depth !== undefined ? { depth } : {}) });
}
