import type { TokenScope } from '../auth/api-tokens.js';
import { requireScope } from '../auth/require-scope.js';
import { AppError } from '../errors.js';
import type { WriteActor } from '../writes/write-transaction.js';
import type { GraphQLContext } from './context.js';

/** The store and actor of a mutation, or UNAUTHENTICATED/FORBIDDEN. */
export function writer(ctx: GraphQLContext, scope: TokenScope): { store: NonNullable<GraphQLContext['store']>; actor: WriteActor } {
  const actor = requireScope(ctx.credentials ?? {}, scope);
  if (!ctx.store) throw new AppError('DATABASE_UNAVAILABLE', { message: 'This server takes no writes' });
  return { store: ctx.store, actor };
}
