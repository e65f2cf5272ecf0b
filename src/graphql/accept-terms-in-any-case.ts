import type { GraphQLSchema } from 'graphql';
import { termKey } from '../knowledge/vocabulary.js';
import { GraphQLEnumType } from './graphql-js.js';

/**
 * Lets every enum of the schema accept its values as a person types them, in any case or
 * separator style (`PARENT_OF`, `Stable`, `EN`), as REST's query parameters do; answers keep the
 * one canonical spelling. graphql-js looks enum inputs up through `getValue` alone (literals and
 * variables alike), so a fallback there is the whole change.
 */
export function acceptTermsInAnyCase(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLEnumType) || type.name.startsWith('__')) continue;
    const exact = type.getValue.bind(type);
    const byKey = new Map(type.getValues().map((v) => [termKey(v.name), v]));
    type.getValue = (name) => exact(name) ?? byKey.get(termKey(name));
  }
  return schema;
}
