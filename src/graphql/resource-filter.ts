import { AppError } from '../errors.js';
import { ResourceFilter } from '../knowledge/filter-resources.js';
import type { ResourceStatus } from '../knowledge/vocabulary.js';
import { builder } from './builder.js';
import { parseArg } from './parse-arg.js';
import { ResourceStatusEnum } from './vocabulary-enums.js';

const StringFilter = builder.inputType('StringFilter', {
  description: 'Matches a string field: `eq` one value or `in` any of several (case-insensitive). Give one of them.',
  fields: (t) => ({
    eq: t.string({ required: false, description: 'Equal to this value.' }),
    in: t.stringList({ required: false, description: 'Equal to any of these values.' }),
  }),
});

const ResourceStatusFilter = builder.inputType('ResourceStatusFilter', {
  description: 'Matches a status: `eq` one or `in` any of several. Give one of them.',
  fields: (t) => ({
    eq: t.field({ type: ResourceStatusEnum, required: false, description: 'Equal to this status.' }),
    in: t.field({ type: [ResourceStatusEnum], required: false, description: 'Any of these statuses.' }),
  }),
});

const BooleanFilter = builder.inputType('BooleanFilter', {
  description: 'Matches a yes/no field.',
  fields: (t) => ({ eq: t.boolean({ required: false, description: 'Equal to this value.' }) }),
});

const NameFilter = builder.inputType('NameFilter', {
  description: 'Matches one resource by name, alias or short name.',
  fields: (t) => ({ eq: t.string({ required: false, description: 'This resource.' }) }),
});

const TextFilter = builder.inputType('TextFilter', {
  description: 'Matches text by substring, ignoring case and separators.',
  fields: (t) => ({ contains: t.string({ required: false, description: 'Contains this text.' }) }),
});

/** The GraphQL `ResourceFilter` input: operator objects per field, in the manner of public GraphQL APIs. */
export const ResourceFilterInput = builder.inputType('ResourceFilter', {
  description: 'Which resources to list; every given condition must hold.',
  fields: (t) => ({
    category: t.field({ type: StringFilter, required: false, description: 'Listed in the category (slug, name or alias).' }),
    group: t.field({ type: StringFilter, required: false, description: 'In the API group; `core` or the empty string is the core group.' }),
    kind: t.field({ type: StringFilter, required: false, description: 'Of the Kubernetes kind.' }),
    status: t.field({ type: ResourceStatusFilter, required: false, description: 'With the lifecycle status.' }),
    namespaced: t.field({ type: BooleanFilter, required: false, description: 'Namespaced or cluster-scoped.' }),
    fromArticle: t.field({ type: BooleanFilter, required: false, description: 'Described by the source article or not.' }),
    variantOf: t.field({ type: NameFilter, required: false, description: 'Only variants of the resource.' }),
    text: t.field({ type: TextFilter, required: false, description: 'Name, alias or summary (either language) contains the text.' }),
  }),
});

type Operators<T> = { eq?: T | null; in?: readonly T[] | null } | null | undefined;

function anyOf<T>(field: string, ops: Operators<T>): T[] | undefined {
  if (!ops) return undefined;
  if (ops.eq != null && ops.in != null)
    throw new AppError('VALIDATION_FAILED', { message: `filter.${field}: give eq or in, not both`, issues: [{ path: `filter.${field}`, message: 'give eq or in, not both' }] });
  if (ops.eq != null) return [ops.eq];
  return ops.in ? [...ops.in] : undefined;
}

type FilterInput = typeof ResourceFilterInput.$inferInput;

/** Translates the GraphQL filter into the core's ResourceFilter, validated by the core's own schema. */
export function toResourceFilter(input: FilterInput | null | undefined): ResourceFilter {
  if (!input) return {};
  return parseArg(
    ResourceFilter,
    {
      category: anyOf('category', input.category),
      group: anyOf('group', input.group),
      kind: anyOf('kind', input.kind),
      status: anyOf<ResourceStatus>('status', input.status),
      namespaced: input.namespaced?.eq ?? undefined,
      fromArticle: input.fromArticle?.eq ?? undefined,
      variantOf: input.variantOf?.eq ?? undefined,
      text: input.text?.contains ?? undefined,
    },
    'filter',
  );
}
