import type { ValueNode } from 'graphql';
import { GraphQLError, Kind } from './graphql-js.js';
import type { JsonValue } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';

function literalToJson(node: ValueNode): JsonValue {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    case Kind.VARIABLE:
      throw new GraphQLError('JSON literals cannot contain variables');
  }
}

/** Any JSON value, as a fact stores it (a string, number, boolean, list or object). */
export const JsonScalar = builder.scalarType('JSON', {
  description: 'Any JSON value: string, number, boolean, null, list or object.',
  serialize: (value) => value as JsonValue,
  parseValue: (value) => value as JsonValue,
  parseLiteral: literalToJson,
});

/** A point in time, written as an ISO 8601 string in UTC. */
export const DateTimeScalar = builder.scalarType('DateTime', {
  description: 'A point in time as an ISO 8601 string in UTC, e.g. `2026-11-30T08:00:00.000Z`.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return date;
  },
});
