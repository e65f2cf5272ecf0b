import { listScope } from '../knowledge/paginate.js';
import { builder } from './builder.js';
import { connectionComplexity, connectionFrom, ResourceConnection } from './connections.js';
import { cellsOf, ComparisonAspectRef, ComparisonCellRef } from './comparison-aspect.js';
import { langArg, langOf } from './lang.js';
import { ComparisonRef, ResourceRef } from './refs.js';

builder.node(ComparisonRef, {
  description: 'A stored side-by-side comparison of resources, with a verdict on when to use which.',
  id: { resolve: (c) => c.slug },
  loadOne: (slug, ctx) => ctx.snapshot.comparison(slug) ?? null,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable key, e.g. `deployment-vs-statefulset`.' }),
    title: t.string({ description: 'Title of the comparison.', args: langArg, resolve: (c, args, ctx) => c.text[langOf(args, ctx)].title }),
    verdict: t.string({ description: 'When to use which.', args: langArg, resolve: (c, args, ctx) => c.text[langOf(args, ctx)].verdict }),
    // A connection like Category.resources: a `node` fragment selecting `resources` on both gets one shape.
    resources: t.connection(
      {
        type: ResourceRef,
        nullable: true,
        description: 'The compared resources, in column order. Null, with the error, for a bad cursor or page size.',
        complexity: connectionComplexity,
        resolve: (c, args, ctx) => connectionFrom(c.resources.flatMap((name) => ctx.snapshot.resource(name) ?? []), args, listScope(ctx.snapshot, `comparison:${c.slug}`)),
      },
      ResourceConnection,
    ),
    aspects: t.field({ type: [ComparisonAspectRef], description: 'The rows of the table, in order.', resolve: (c) => c.aspects }),
    cells: t.field({ type: [ComparisonCellRef], description: 'Every cell of the table, row by row.', resolve: (c) => c.aspects.flatMap(cellsOf) }),
  }),
});
