import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import type { JsonValue } from '../knowledge/knowledge-types.js';
import type { GraphQLContext } from './context.js';

/** The one code-first schema builder: every GraphQL type and its TypeScript type come from here. */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  Scalars: {
    JSON: { Input: JsonValue; Output: JsonValue };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  relay: {
    nodeTypeOptions: { description: 'An object with a global id, refetchable through `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection (Relay cursor connections).' },
    idFieldOptions: { description: 'Global id: opaque, stable across revisions, accepted by `node(id:)`.' },
    // node and nodes are defined in node-query.ts: the plugin's parse every id up front, so one bad id failed the field.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorFieldOptions: { description: 'Opaque position of this edge; pass it as `after` or `before`.' },
    nodeFieldOptions: { description: 'The item at this edge.' },
    // The connection field already multiplies by the page size; edges must not multiply again.
    edgesFieldOptions: { description: 'The items of this page with their cursors.', complexity: { field: 0, multiplier: 1 } },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge; null on an empty page.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge; null on an empty page.' },
    firstArgOptions: { description: 'Forward paging: at most this many items after `after` (0..100).' },
    afterArgOptions: { description: 'Forward paging: start after this cursor.' },
    lastArgOptions: { description: 'Backward paging: at most this many items before `before` (0..100).' },
    beforeArgOptions: { description: 'Backward paging: end before this cursor.' },
  },
  complexity: { defaultComplexity: 1, defaultListMultiplier: 10 },
});

builder.queryType({ description: 'Everything kubedex knows, read from the in-memory knowledge snapshot.' });
