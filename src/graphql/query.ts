import { compareResources, MAX_COMPARED } from '../knowledge/compare-resources.js';
import { filterResources } from '../knowledge/filter-resources.js';
import { findComparison } from '../knowledge/find-comparison.js';
import { listScope } from '../knowledge/paginate.js';
import { answerLangFor } from '../knowledge/negotiate-lang.js';
import { requireCategory } from '../knowledge/require-category.js';
import { resolveResource } from '../knowledge/resolve-resource.js';
import { MAX_SEARCH_LIMIT, SearchQuery, searchResources } from '../search/search-resources.js';
import { builder } from './builder.js';
import { connectionComplexity, connectionFrom, ResourceConnection } from './connections.js';
import { LangEnum } from './lang.js';
import { parseArg } from './parse-arg.js';
import { MetaRef } from './meta.js';
import { CategoryRef, ComparisonRef, CorrectionRef, ResourceRef } from './refs.js';
import { ResourceComparisonRef } from './resource-comparison.js';
import { ResourceFilterInput, toResourceFilter } from './resource-filter.js';
import { SearchHitRef } from './search-hit.js';

builder.queryFields((t) => ({
  category: t.field({
    type: CategoryRef,
    nullable: true,
    description: 'A category by slug, name or alias, ignoring case (`config-storage`, `ConfigMap&Storage`). Unknown: NOT_FOUND with every category, closest first, in `extensions.suggestions`.',
    args: { slug: t.arg.string({ required: true, description: 'Slug, name or alias of the category.' }) },
    resolve: (_root, args, ctx) => requireCategory(ctx.snapshot, args.slug, { field: 'slug', use: 'address' }),
  }),
  categories: t.field({ type: [CategoryRef], description: 'Every category, in the source article\'s order.', resolve: (_root, _args, ctx) => ctx.snapshot.categories }),
  resource: t.field({
    type: ResourceRef,
    nullable: true,
    description:
      'A resource as people type it: canonical name, alias, short name, plural or kind, ignoring case (`DeamonSet`, `ds`). Unknown: NOT_FOUND with close matches in `extensions.suggestions`.',
    args: {
      name: t.arg.string({ required: true, description: 'Name, alias, short name or plural of the resource.' }),
      category: t.arg.string({ required: false, description: 'Category the client has in mind; used to rank suggestions. The resource is found even when another category holds it.' }),
    },
    resolve: (_root, args, ctx) => resolveResource(ctx.snapshot, { name: args.name, category: args.category ?? undefined }).resource,
  }),
  resources: t.connection(
    {
      type: ResourceRef,
      nullable: true,
      description: 'Resources matching a filter, in category then article order, a page at a time. Null, with the error, for a bad filter or cursor.',
      args: { filter: t.arg({ type: ResourceFilterInput, required: false, description: 'Conditions every listed resource meets.' }) },
      complexity: connectionComplexity,
      resolve: (_root, args, ctx) => {
        const filter = toResourceFilter(args.filter);
        return connectionFrom(filterResources(ctx.snapshot, filter), args, listScope(ctx.snapshot, 'resources', filter));
      },
    },
    ResourceConnection,
  ),
  comparison: t.field({
    type: ComparisonRef,
    nullable: true,
    description: 'A stored comparison by slug, ignoring case. Unknown: NOT_FOUND with the closest slugs in `extensions.suggestions`.',
    args: { slug: t.arg.string({ required: true, description: 'Slug of the comparison, e.g. `deployment-vs-statefulset`.' }) },
    resolve: (_root, args, ctx) => findComparison(ctx.snapshot, args.slug),
  }),
  comparisons: t.field({ type: [ComparisonRef], description: 'Every stored comparison.', resolve: (_root, _args, ctx) => ctx.snapshot.comparisons }),
  compare: t.field({
    type: ResourceComparisonRef,
    nullable: true,
    description: `Resources side by side (2 to ${MAX_COMPARED}, named as people type them): a stored comparison when one covers them, else their facts. Null, with the error, when a name is unknown.`,
    args: { names: t.arg.stringList({ required: true, description: 'Names, aliases or short names of the resources.' }) },
    resolve: (_root, args, ctx) => compareResources(ctx.snapshot, args.names),
  }),
  corrections: t.field({
    type: [CorrectionRef],
    nullable: { list: true, items: false },
    description: 'Corrections to the source article, optionally only those about one resource. Null, with the error, when that resource is unknown.',
    args: { resource: t.arg.string({ required: false, description: 'Only corrections about this resource (name, alias or short name).' }) },
    resolve: (_root, args, ctx) =>
      args.resource == null ? ctx.snapshot.corrections : ctx.snapshot.correctionsOf(resolveResource(ctx.snapshot, { name: args.resource }).resource.name),
  }),
  meta: t.field({ type: MetaRef, description: 'Which knowledge answered, and in which languages.', resolve: (_root, _args, ctx) => ctx.snapshot }),
  search: t.field({
    type: [SearchHitRef],
    nullable: { list: true, items: false },
    description: 'Resources ranked for words or a question in Japanese or English, tolerant of typos. Null, with the error, for a bad argument.',
    args: {
      q: t.arg.string({ required: true, description: 'Words or a question.' }),
      lang: t.arg({ type: LangEnum, required: false, description: 'Language of the snippets; default: Accept-Language if sent, else the language of `q`.' }),
      category: t.arg.string({ required: false, description: 'Only resources this category lists (slug, name or alias).' }),
      limit: t.arg.int({ defaultValue: 10, description: `At most this many hits (1..${MAX_SEARCH_LIMIT}).` }),
    },
    complexity: (args) => ({ field: 5, multiplier: args.limit ?? 10 }),
    resolve: (_root, args, ctx) =>
      searchResources(
        ctx.snapshot,
        parseArg(
          SearchQuery,
          {
            q: args.q,
            lang: answerLangFor({ explicit: args.lang ?? undefined, acceptLanguage: ctx.acceptLanguage, question: args.q }).lang,
            category: args.category ?? undefined,
            limit: args.limit,
          },
          'search',
        ),
      ),
  }),
}));
