import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import { PothosValidationError } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';
import { isAbstractType } from './graphql-js.js';

/** A decoded global id of a type that implements Node, or null for any other string. */
function nodeIdOf(globalId: string, info: GraphQLResolveInfo): { typename: string; id: string } | null {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch (error) {
    if (error instanceof PothosValidationError) return null;
    throw error;
  }
  // Only a Node type can be loaded by id: `Foo:1`, `Query:x` or `__proto__:x` name nothing.
  const node = info.schema.getType('Node');
  return isAbstractType(node) && info.schema.getPossibleTypes(node).some((t) => t.name === decoded.typename) ? decoded : null;
}

/**
 * The objects the ids name, in order; null for each id that names nothing, whether unknown,
 * malformed or crafted. Ids arrive as plain strings rather than parsed global-id arguments so that
 * one bad id cannot fail the whole field, let alone its siblings.
 */
async function loadNodes(globalIds: readonly string[], ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<unknown[]> {
  const decoded = globalIds.map((id) => nodeIdOf(id, info));
  const valid = decoded.filter((d) => d !== null);
  const loaded = await resolveNodes(builder, ctx, info, valid);
  let next = 0;
  return decoded.map((d) => (d === null ? null : (loaded[next++] ?? null)));
}

const NodeInterface = builder.nodeInterfaceRef();

builder.queryFields((t) => ({
  node: t.field({
    type: NodeInterface,
    nullable: true,
    description: 'Any object by its global id; null when nothing has that id (an unknown, malformed or foreign id).',
    args: { id: t.arg.id({ required: true, description: 'A global id as an `id` field answered it.' }) },
    resolve: async (_root, args, ctx, info) => (await loadNodes([String(args.id)], ctx, info))[0] as never,
  }),
  nodes: t.field({
    type: [NodeInterface],
    nullable: { list: false, items: true },
    description: 'Several objects by global id, in the order asked; null in place of each id that names nothing.',
    args: { ids: t.arg.idList({ required: true, description: 'Global ids as `id` fields answered them.' }) },
    resolve: (_root, args, ctx, info) => loadNodes(args.ids.map(String), ctx, info) as never,
  }),
}));
