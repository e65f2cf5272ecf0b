import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from './graphql-js.js';
import type { GraphQLContext } from './context.js';

/** How much one request may ask for; each bound is rejected with its own `extensions.code`. */
export const LIMITS = {
  /** Bytes of query text: bounds parsing before anything else runs. */
  documentBytes: 16 * 1024,
  /** Aliased fields: aliases multiply work without adding depth. */
  aliases: 15,
  /** Nesting of selections: `resources { edges { node { children { resource { ... } } } } }`. */
  depth: 12,
  /** Estimated work: each field costs 1, lists multiply by their size (page size, chain depth × 10). */
  complexity: 5000,
} as const;

/** The codes limit rejections carry, for clients to tell them apart. */
export const LIMIT_CODES = {
  documentBytes: 'DOCUMENT_TOO_LARGE',
  aliases: 'TOO_MANY_ALIASES',
  depth: 'QUERY_TOO_DEEP',
  complexity: 'QUERY_TOO_COMPLEX',
} as const;

function rejection(message: string, code: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * Enforces LIMITS inside Apollo's request pipeline. Depth and cost are measured after the operation
 * is resolved because arguments in variables (`first: $n`, `depth: $d`) change the cost; an error
 * thrown here stops the request before any resolver runs.
 */
export function limitsPlugin(limits = LIMITS): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ source }) {
          const bytes = Buffer.byteLength(source);
          if (bytes > limits.documentBytes)
            throw rejection(`Document is ${bytes} bytes; the limit is ${limits.documentBytes}.`, LIMIT_CODES.documentBytes, 413);
        },
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const errors: GraphQLError[] = [];
          const report = (error: GraphQLError) => errors.push(error);
          validate(schema, document, [
            maxAliasesRule({
              n: limits.aliases,
              propagateOnRejection: false,
              onReject: [() => report(rejection(`Query uses more than ${limits.aliases} aliases.`, LIMIT_CODES.aliases))],
            }),
            createComplexityRule({
              context: contextValue,
              variableValues: request.variables ?? {},
              operationName: operationName ?? undefined,
              validate: (result) => {
                if (result.depth > limits.depth)
                  report(rejection(`Query depth is ${result.depth}; the limit is ${limits.depth}.`, LIMIT_CODES.depth));
                if (result.complexity > limits.complexity)
                  report(rejection(`Query cost is ${result.complexity}; the limit is ${limits.complexity}. Ask for smaller pages or shallower chains.`, LIMIT_CODES.complexity));
              },
            }),
          ]);
          // Apollo answers a thrown error as the request's one error: the first limit broken is reported.
          const first = errors[0];
          if (first) throw first;
        },
      };
    },
  };
}
