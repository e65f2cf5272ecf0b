import { z } from 'zod';
import { DEFAULT_CHAIN_DEPTH, MAX_CHAIN_DEPTH } from '../knowledge/chain-depth.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { type Lang, RELATION_DIRECTIONS, RELATION_KINDS, type RelationDirection, type RelationKind, typedTerm } from '../knowledge/vocabulary.js';
import { addressResource } from './address-resource.js';
import { answerLanguage } from './answer-language.js';
import { presentComparison } from './present-comparison.js';
import { presentRef, presentRelation, presentSummary, resourceLinks } from './present-resource.js';
import { ResourceAddress } from './resources-router.js';
import { defineRoute, type RouteContext } from './route-definition.js';
import { ComparisonBody } from './schemas/comparison-schemas.js';
import { LangParam, listParam } from './schemas/query-params.js';
import { aboutResource, AlternativeBody, ChainStepBody, RelationEntry } from './schemas/resource-schemas.js';
import { movedToCanonical, notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';
import { wholeList } from './whole-list.js';

const LangOnly = z.strictObject({ lang: LangParam });
const RelationsQuery = z.strictObject({
  kind: listParam(typedTerm(RELATION_KINDS), `relation kinds (${RELATION_KINDS.join(', ')}), any case`).optional(),
  direction: typedTerm(RELATION_DIRECTIONS).optional().meta({ description: 'outgoing: this → other; incoming: other → this; any case' }),
  lang: LangParam,
});
const ChainQuery = z.strictObject({
  depth: z.coerce.number().int().min(1).max(MAX_CHAIN_DEPTH).default(DEFAULT_CHAIN_DEPTH).meta({ description: `levels to walk, 1 to ${MAX_CHAIN_DEPTH}` }),
  lang: LangParam,
});

type Neighbours = (snapshot: KnowledgeSnapshot, r: Resource, lang: Lang, query: Record<string, unknown>) => unknown[];

/** A `GET /resources/{category}/{name}/{suffix}` route answering items about the addressed resource. */
function neighbourRoute<Q extends z.ZodObject>(spec: {
  suffix: string;
  operationId: string;
  summary: string;
  description: string;
  query: Q;
  item: z.ZodType;
  schemaId: string;
  items: Neighbours;
}) {
  return defineRoute({
    method: 'get',
    path: `/resources/{category}/{name}/${spec.suffix}`,
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    tags: ['resources'],
    link: `resource-${spec.suffix}`,
    params: ResourceAddress,
    query: spec.query,
    responses: {
      ...ok(aboutResource(spec.item, spec.schemaId, spec.summary), spec.summary),
      ...movedToCanonical,
      ...notModified,
      ...problems(400, 404, 406),
    },
    handler: ({ req, res, params, query, snapshot }: RouteContext<z.output<typeof ResourceAddress>, Record<string, unknown>>) => {
      const found = addressResource(snapshot, { req, res }, { ...params, suffix: `/${spec.suffix}` });
      if (!found) return;
      const language = answerLanguage(req, query.lang as Lang | undefined);
      const r = found.resource;
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () =>
          wholeList(spec.items(snapshot, r, language.lang, query), {
            resource: presentRef(r, language.lang),
            links: { self: `${resourceLinks(r).self}/${spec.suffix}`, resource: resourceLinks(r).self },
          }),
      });
    },
  });
}

function chain(direction: 'parents' | 'children'): Neighbours {
  return (snapshot, r, lang, query) =>
    snapshot[direction](r.name, query.depth as number).map((step) => ({
      resource: presentSummary(step.resource, lang),
      depth: step.depth,
      via: { kind: step.via.kind, from: step.via.from, to: step.via.to, note: step.via.text[lang].note },
    }));
}

/** The relations, parents, children, alternatives and comparisons of one resource. */
export const resourceNeighbourRoutes = [
  neighbourRoute({
    suffix: 'relations',
    description: 'Every relation the resource takes part in, outgoing and incoming, with the other end and a note; `kind` and `direction` narrow them. Addressed like GET /resources/{category}/{name}.',
    operationId: 'listResourceRelations',
    summary: 'Relations of a resource, by kind and direction',
    query: RelationsQuery,
    item: RelationEntry,
    schemaId: 'ResourceRelations',
    items: (snapshot, r, lang, query) =>
      snapshot
        .relationsOf(r.name, { kinds: query.kind as RelationKind[] | undefined, direction: query.direction as RelationDirection | undefined })
        .map((e) => presentRelation(e, lang)),
  }),
  neighbourRoute({
    suffix: 'parents',
    description: 'Walks parent_of relations upwards to `depth` levels (at most 5): each step names the resource, its depth and the relation that led there.',
    operationId: 'listResourceParents',
    summary: 'What manages a resource, level by level (Pod ← ReplicaSet ← Deployment)',
    query: ChainQuery,
    item: ChainStepBody,
    schemaId: 'ResourceParents',
    items: chain('parents'),
  }),
  neighbourRoute({
    suffix: 'children',
    description: 'Walks parent_of relations downwards to `depth` levels (at most 5): each step names the resource, its depth and the relation that led there.',
    operationId: 'listResourceChildren',
    summary: 'What a resource manages, level by level (CronJob → Job → Pod)',
    query: ChainQuery,
    item: ChainStepBody,
    schemaId: 'ResourceChildren',
    items: chain('children'),
  }),
  neighbourRoute({
    suffix: 'alternatives',
    description: 'Resources related by alternative_to in either direction, with a note on when to pick which.',
    operationId: 'listResourceAlternatives',
    summary: 'Resources that can do the same job',
    query: LangOnly,
    item: AlternativeBody,
    schemaId: 'ResourceAlternatives',
    items: (snapshot, r, lang) => snapshot.alternatives(r.name).map((e) => ({ resource: presentSummary(e.other, lang), note: e.relation.text[lang].note })),
  }),
  neighbourRoute({
    suffix: 'comparisons',
    description: 'The stored comparisons whose members include this resource, each with its aspects and verdict.',
    operationId: 'listResourceComparisons',
    summary: 'Stored comparisons that include a resource',
    query: LangOnly,
    item: ComparisonBody,
    schemaId: 'ResourceComparisons',
    items: (snapshot, r, lang) => snapshot.comparisonsOf(r.name).map((c) => presentComparison(snapshot, c, lang)),
  }),
];
