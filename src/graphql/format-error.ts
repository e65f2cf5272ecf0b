import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { GraphQLError } from './graphql-js.js';
import { databaseUnavailableError } from '../db/database-unavailable.js';
import { AppError, RETRY_AFTER_SECONDS } from '../errors.js';
import type { GraphQLContext } from './context.js';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

// A stale expectedVersion is what a mutation client knows as a conflict (REST answers it 412).
const GRAPHQL_CODES: Partial<Record<string, string>> = { STALE_VERSION: 'CONFLICT' };

/** The public form of an error, or undefined when it must be masked as an internal error. */
function publicError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const unwrapped = unwrapResolverError(error);
  // Apollo also wraps errors thrown outside resolvers (context creation: no snapshot loaded yet).
  const inner = unwrapped instanceof GraphQLError && unwrapped.originalError !== undefined ? unwrapped.originalError : unwrapped;
  // A resolver that needed the database and lost it reports DATABASE_UNAVAILABLE, whichever query failed.
  const original = inner instanceof AppError ? inner : (databaseUnavailableError(inner) ?? unwrapped);
  if (original instanceof AppError) {
    // INTERNAL means a broken snapshot or a bug: its message is for the log, not for clients.
    if (original.code === 'INTERNAL') return undefined;
    const issues = original.issues.length > 0 ? { issues: original.issues } : {};
    const retryAfter = RETRY_AFTER_SECONDS[original.code];
    const retry = retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter };
    return { ...formatted, message: original.message, extensions: { ...original.details, ...issues, ...retry, code: GRAPHQL_CODES[original.code] ?? original.code } };
  }
  // Pothos rejects malformed input of its own (a global id that is not one) before a resolver runs.
  if (original instanceof PothosValidationError) return { ...formatted, extensions: { code: 'VALIDATION_FAILED' } };
  // Apollo, graphql-js and the limits give every error they mean clients to see a code of its own;
  // Apollo gives INTERNAL_SERVER_ERROR to everything else (a thrown Error, a bug).
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== INTERNAL) return formatted;
  // A GraphQLError built on purpose before execution is meant for clients even without a code
  // (Apollo's persisted query checks have none). One raised while executing a field (it has a path:
  // a non-null violation, an unresolvable abstract type) or wrapping a thrown Error is our bug.
  const wrapsThrownError = original instanceof GraphQLError && original.originalError !== undefined && !(original.originalError instanceof GraphQLError);
  if (original instanceof GraphQLError && !wrapsThrownError && !formatted.path) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  return undefined;
}

/** Apollo's formatError: AppError codes pass through as `extensions.code`; anything unknown is masked without its stack. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return publicError(formatted, error) ?? { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: INTERNAL } };
}

/** Logs each error formatError masks, with the request id, so a masked answer can be traced. */
export function internalErrorLogger(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors)
            if (!publicError({ message: error.message, extensions: error.extensions, ...(error.path ? { path: error.path } : {}) }, error))
              logger.error({ err: unwrapResolverError(error), reqId: contextValue.requestId, path: error.path }, 'graphql internal error');
        },
      };
    },
  };
}
