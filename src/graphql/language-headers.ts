import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.js';

/**
 * Says which language text fields without their own `lang` argument answered in (Content-Language)
 * and that the answer depends on Accept-Language (Vary), so that a cache in front never serves one
 * language for another.
 */
export function languageHeaders(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set('content-language', contextValue.lang);
          const vary = response.http.headers.get('vary');
          response.http.headers.set('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
        },
      };
    },
  };
}
