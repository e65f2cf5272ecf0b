import { z } from 'zod';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { resourceHref } from '../knowledge/knowledge-urls.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { annotateField, type AnnotatedField } from '../reference/annotate-field.js';
import { loadFieldReference } from '../reference/field-reference-data.js';
import { DEFAULT_FIELD_DEPTH, explainField, fieldTree, MAX_FIELD_DEPTH } from '../reference/field-tree.js';
import { kindTargetOf } from '../reference/kind-target.js';
import { resourceFieldNotes } from '../reference/resource-field-notes.js';
import { addressResource } from './address-resource.js';
import { answerLanguage } from './answer-language.js';
import { presentRef } from './present-resource.js';
import { ResourceAddress } from './resources-router.js';
import { defineRoute } from './route-definition.js';
import { FieldAnswerBody, FieldTreeBody, type FieldBody } from './schemas/field-schemas.js';
import { LangParam, PathName } from './schemas/query-params.js';
import { movedToCanonical, notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

const TreeQuery = z.strictObject({
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_FIELD_DEPTH)
    .default(DEFAULT_FIELD_DEPTH)
    .meta({ description: `levels of fields, 1 (top fields) to ${MAX_FIELD_DEPTH}` }),
  lang: LangParam,
});
const FieldQuery = z.strictObject({
  depth: z.coerce.number().int().min(0).max(MAX_FIELD_DEPTH).default(1).meta({ description: `levels of children, 0 to ${MAX_FIELD_DEPTH}` }),
  lang: LangParam,
});
const FieldAddress = ResourceAddress.extend({
  path: PathName.meta({ description: 'dotted field path, any case; list indexes are ignored', example: 'spec.strategy.rollingUpdate.maxSurge' }),
});

function presentField(field: AnnotatedField, lang: Lang, base: string): z.input<typeof FieldBody> {
  return {
    name: field.name,
    path: field.path,
    type: field.type,
    required: field.required,
    description: field.description,
    enum: field.enum,
    note: field.note?.[lang] ?? null,
    hasChildren: field.hasChildren,
    href: `${base}/fields/${field.path}`,
    children: field.children.map((child) => presentField(child, lang, base)),
  };
}

function answerBase(snapshot: KnowledgeSnapshot, resource: Resource, lang: Lang) {
  const { source } = loadFieldReference();
  return {
    resource: presentRef(resource, lang),
    sources: {
      description: { by: 'upstream' as const, package: source.package, packageVersion: source.packageVersion, kubernetesVersion: source.kubernetesVersion, lang: 'en' as const },
      note: { by: 'kubedex' as const, lang },
    },
    notes: resourceFieldNotes(snapshot, resource),
  };
}

/** `GET /resources/{category}/{name}/fields` and `.../fields/{path}`: the upstream field reference of the resource's kind, with kubedex's notes. */
export const fieldRoutes = [
  defineRoute({
    method: 'get',
    path: '/resources/{category}/{name}/fields',
    operationId: 'listResourceFields',
    summary: "A resource's field tree, as kubectl explain --recursive shows it (depth-limited)",
    description: 'Variants answer their kind’s fields (NodePort answers Service). A resource that is no API kind (Volume) answers 404.',
    tags: ['fields'],
    link: 'resource-fields',
    params: ResourceAddress,
    query: TreeQuery,
    responses: { ...ok(FieldTreeBody, 'The field tree'), ...movedToCanonical, ...notModified, ...problems(400, 404, 406) },
    handler: ({ req, res, params, query, snapshot }) => {
      const found = addressResource(snapshot, { req, res }, { ...params, suffix: '/fields' });
      if (!found) return;
      const resource = found.resource;
      const tree = fieldTree(kindTargetOf(resource), { depth: query.depth });
      const language = answerLanguage(req, query.lang);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query: { ...query, reference: tree.source.packageVersion },
        body: () => {
          const { notes, ...base } = answerBase(snapshot, resource, language.lang);
          const self = resourceHref(resource);
          return {
            ...base,
            apiVersion: tree.apiVersion,
            kind: tree.kind,
            depth: tree.depth,
            fields: tree.fields.map((field) => presentField(annotateField(field, notes), language.lang, self)),
            links: { self: `${self}/fields`, resource: self },
          };
        },
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/resources/{category}/{name}/fields/{path}',
    operationId: 'getResourceField',
    summary: 'One field of a resource’s kind: path, type, description, required, children',
    description: 'An unknown path answers 404 with `closest`, the closest paths of the kind.',
    tags: ['fields'],
    params: FieldAddress,
    query: FieldQuery,
    responses: { ...ok(FieldAnswerBody, 'The field'), ...movedToCanonical, ...notModified, ...problems(400, 404, 406) },
    handler: ({ req, res, params, query, snapshot }) => {
      const found = addressResource(snapshot, { req, res }, { category: params.category, name: params.name, suffix: `/fields/${params.path}` });
      if (!found) return;
      const resource = found.resource;
      const explained = explainField(kindTargetOf(resource), params.path, { depth: query.depth });
      const language = answerLanguage(req, query.lang);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query: { ...query, reference: explained.source.packageVersion },
        body: () => {
          const { notes, ...base } = answerBase(snapshot, resource, language.lang);
          const self = resourceHref(resource);
          return {
            ...base,
            apiVersion: explained.apiVersion,
            kind: explained.kind,
            field: presentField(annotateField(explained.field, notes), language.lang, self),
            links: { self: `${self}/fields/${explained.field.path}`, fields: `${self}/fields`, resource: self },
          };
        },
      });
    },
  }),
];
