import { z } from 'zod';
import type { Resource } from '../knowledge/knowledge-types.js';
import { resourceHref } from '../knowledge/knowledge-urls.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { fieldInLanguage, fieldTextSources } from '../reference/field-in-language.js';
import { DEFAULT_FIELD_DEPTH, MAX_FIELD_DEPTH } from '../reference/field-tree.js';
import { resourceFields, type ResourceFieldsAnswer } from '../reference/resource-fields.js';
import { addressResource } from './address-resource.js';
import { answerLanguage } from './answer-language.js';
import { presentRef } from './present-resource.js';
import { ResourceAddress } from './resources-router.js';
import { defineRoute } from './route-definition.js';
import { FieldAnswerBody, FieldTreeBody } from './schemas/field-schemas.js';
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

/** The REST body of a fields answer, in one language, every field linked. */
function presentFields(answer: ResourceFieldsAnswer, resource: Resource, lang: Lang) {
  const self = resourceHref(resource);
  return {
    resource: presentRef(resource, lang),
    apiVersion: answer.apiVersion,
    kind: answer.kind,
    sources: fieldTextSources(answer.source, lang),
    fields: answer.fields.map((field) => fieldInLanguage(field, lang, (path) => `${self}/fields/${path}`)),
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
      const answer = resourceFields(snapshot, resource, { depth: query.depth });
      const language = answerLanguage(req, query.lang);
      const self = resourceHref(resource);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query: { ...query, reference: answer.source.packageVersion },
        body: () => ({ ...presentFields(answer, resource, language.lang), depth: answer.depth, links: { self: `${self}/fields`, resource: self } }),
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
      const answer = resourceFields(snapshot, resource, { path: params.path, depth: query.depth });
      const language = answerLanguage(req, query.lang);
      const self = resourceHref(resource);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query: { ...query, reference: answer.source.packageVersion },
        body: () => {
          const { fields, ...rest } = presentFields(answer, resource, language.lang);
          return { ...rest, field: fields[0]!, links: { self: `${self}/fields/${fields[0]!.path}`, fields: `${self}/fields`, resource: self } };
        },
      });
    },
  }),
];
