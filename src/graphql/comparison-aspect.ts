import type { ComparisonAspect, Localized } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';
import { langArg, langOf } from './lang.js';
import { ResourceRef } from './refs.js';

/** One cell of a comparison table: an aspect of one resource. */
export interface CellShape {
  aspect: string;
  resource: string;
  text: Localized<string>;
}

/** The cells of an aspect, one per compared resource, in the comparison's order. */
export function cellsOf(aspect: ComparisonAspect): CellShape[] {
  return Object.entries(aspect.cells).map(([resource, text]) => ({ aspect: aspect.key, resource, text }));
}

/** The GraphQL `ComparisonCell` type. */
export const ComparisonCellRef = builder.objectRef<CellShape>('ComparisonCell').implement({
  description: 'One cell of a comparison table: how one resource fares on one aspect.',
  fields: (t) => ({
    aspect: t.exposeString('aspect', { description: 'Key of the aspect (row) the cell belongs to.' }),
    resource: t.field({
      type: ResourceRef,
      description: 'The resource (column) the cell describes.',
      resolve: (cell, _args, ctx) => {
        const resource = ctx.snapshot.resource(cell.resource);
        if (!resource) throw new Error(`comparison cell points at missing resource ${cell.resource}`);
        return resource;
      },
    }),
    text: t.string({ description: 'The cell\'s content.', args: langArg, resolve: (cell, args, ctx) => cell.text[langOf(args, ctx)] }),
  }),
});

/** The GraphQL `ComparisonAspect` type. */
export const ComparisonAspectRef = builder.objectRef<ComparisonAspect>('ComparisonAspect').implement({
  description: 'One row of a comparison table: an aspect and how each resource fares on it.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the aspect, e.g. `scaling`.' }),
    label: t.string({ description: 'What the aspect is, in words.', args: langArg, resolve: (a, args, ctx) => a.text[langOf(args, ctx)].label }),
    cells: t.field({ type: [ComparisonCellRef], description: 'One cell per compared resource, in column order.', resolve: (a) => cellsOf(a) }),
  }),
});
