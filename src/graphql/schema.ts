import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from './graphql-js.js';
import { acceptTermsInAnyCase } from './accept-terms-in-any-case.js';
import { builder } from './builder.js';
// Each import registers its types on the builder; the order does not matter.
import './answer.js';
import './api-versions.js';
import './category.js';
import './comparison.js';
import './correction.js';
import './node-query.js';
import './query.js';
import './relation.js';
import './resource.js';
import './record-mutations.js';
import './resource-mutations.js';

/** The executable schema, built once from the code-first definitions. */
export const schema: GraphQLSchema = acceptTermsInAnyCase(builder.toSchema({ sortSchema: false }));

/** The schema as SDL, sorted so that its committed copy diffs cleanly in review. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
