import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.js';

/**
 * Marks every GraphQL answer `Cache-Control: no-store` (graphql-answer-cache.ts then makes answers
 * to GET without errors public, with an ETag), as Apollo's default cache control plugin
 * did for this schema, which declares no cache hints. That plugin is disabled because it wraps
 * every field resolver to collect hints, a cost paid on each field of each request for a header
 * that was always the same.
 */
export function noStore(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
