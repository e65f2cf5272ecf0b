import type { ValidationRule } from 'graphql';
import { GraphQLError } from './graphql-js.js';

/**
 * Rejects an operation whose root type the schema lacks (`mutation { x }`, `subscription { x }` on
 * a schema without that type) during validation, as GRAPHQL_VALIDATION_FAILED with status 400. graphql-js
 * leaves this to execution, and the cost rule, which runs before execution, threw on it: a 500.
 */
export const knownRootTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation))
      context.reportError(new GraphQLError(`kubedex answers queries only: the schema has no ${node.operation} type.`, { nodes: node }));
  },
});
