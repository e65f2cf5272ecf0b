import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { createComplexityRule } from '@pothos/plugin-complexity';
import type { RequestHandler } from 'express';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { BoundedCache, stringBytes } from '../cache/bounded-cache.js';
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
  /**
   * Estimated work: each field costs 1, lists multiply their selection by their size (page size,
   * 10 per chain level, 10 for other lists). A full page of 100 resources with their relations and
   * both ends' categories costs about 10,600; three nested `children(depth: 5)` cost about 258,000.
   */
  complexity: 20_000,
  /** Nesting of the variables' JSON: past it, any recursive walk of them (a cache key, a verdict key) would overflow the stack. */
  variablesDepth: 64,
} as const;

/** The codes limit rejections carry, for clients to tell them apart. */
export const LIMIT_CODES = {
  documentBytes: 'DOCUMENT_TOO_LARGE',
  aliases: 'TOO_MANY_ALIASES',
  depth: 'QUERY_TOO_DEEP',
  variablesDepth: 'VARIABLES_TOO_DEEP',
  complexity: 'QUERY_TOO_COMPLEX',
} as const;

function rejection(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Rejects query text over LIMITS.documentBytes before Apollo parses it. An Express middleware
 * because Apollo turns an error thrown by a plugin before parsing into a bare 500.
 */
export function documentSizeLimit(limits = LIMITS): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const bytes = typeof query === 'string' ? Buffer.byteLength(query) : 0;
    if (bytes <= limits.documentBytes) return next();
    res.status(413).json({ errors: [{ message: `Document is ${bytes} bytes; the limit is ${limits.documentBytes}.`, extensions: { code: LIMIT_CODES.documentBytes } }] });
  };
}

/**
 * Rejects variables nested deeper than LIMITS.variablesDepth before anything serializes them: a JSON
 * value thousands deep made JSON.stringify overflow the stack, which Apollo and the answer cache
 * turned into a 500. Measured without recursion.
 */
export function variablesDepthLimit(limits = LIMITS): RequestHandler {
  return (req, res, next) => {
    const variables: unknown = req.method === 'GET' ? jsonOrNull(req.query.variables) : (req.body as { variables?: unknown } | undefined)?.variables;
    const stack: [unknown, number][] = [[variables, 0]];
    while (stack.length > 0) {
      const [value, depth] = stack.pop() as [unknown, number];
      if (typeof value !== 'object' || value === null) continue;
      if (depth >= limits.variablesDepth) {
        res.status(400).json({ errors: [{ message: `Variables nest deeper than ${limits.variablesDepth} levels.`, extensions: { code: LIMIT_CODES.variablesDepth } }] });
        return;
      }
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
    next();
  };
}

/** GET carries variables as JSON text; text that does not parse is Apollo's to refuse. */
function jsonOrNull(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** A broken limit as remembered: a fresh GraphQLError is built per request, never one shared. */
type Verdict = { message: string; code: string } | null;

/** How many bytes of verdicts are remembered, and the longest variables (as JSON) worth a cache entry. */
const VERDICT_CACHE = { maxBytes: 4 * 1024 * 1024, maxVariablesChars: 1_024 };

/**
 * Enforces the other LIMITS inside Apollo's request pipeline. Depth and cost are measured after the operation
 * is resolved because arguments in variables (`first: $n`, `depth: $d`) change the cost; an error
 * thrown here stops the request before any resolver runs.
 *
 * Measuring walks the whole document again (a second validation pass), which cost as much as
 * executing a typical query. The verdict depends only on the query text, the operation chosen and
 * the variables (the schema and limits are fixed, and no complexity function here reads the
 * context), so it is remembered under those: a client repeating a query, with the same or no
 * variables, pays for one map lookup. Other variables are another key, so they get their own verdict.
 */
export function limitsPlugin(limits = LIMITS): ApolloServerPlugin<GraphQLContext> {
  const verdicts = new BoundedCache<Verdict>({ maxBytes: VERDICT_CACHE.maxBytes, sizeOf: (v) => (v ? 32 + stringBytes(v.message) + stringBytes(v.code) : 8) });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, queryHash, operationName, contextValue }) {
          const variables = request.variables ?? {};
          const variablesKey = JSON.stringify(variables);
          const key = variablesKey.length <= VERDICT_CACHE.maxVariablesChars ? `${queryHash}\n${operationName ?? ''}\n${variablesKey}` : undefined;
          let verdict = key === undefined ? undefined : verdicts.get(key);
          if (verdict === undefined) {
            verdict = measure({ limits, schema, document, variables, operationName, contextValue });
            if (key !== undefined) verdicts.set(key, verdict);
          }
          // Apollo answers a thrown error as the request's one error: the first limit broken is reported.
          if (verdict) throw rejection(verdict.message, verdict.code);
        },
      };
    },
  };
}

/** Validates the document against the alias, depth and cost limits; the first one broken, or null. */
function measure(options: {
  limits: typeof LIMITS;
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName: string | null;
  contextValue: GraphQLContext;
}): Verdict {
  const { limits, schema, document, variables, operationName, contextValue } = options;
  const broken: NonNullable<Verdict>[] = [];
  validate(schema, document, [
    maxAliasesRule({
      n: limits.aliases,
      propagateOnRejection: false,
      onReject: [() => broken.push({ message: `Query uses more than ${limits.aliases} aliases.`, code: LIMIT_CODES.aliases })],
    }),
    createComplexityRule({
      context: contextValue,
      variableValues: variables,
      operationName: operationName ?? undefined,
      validate: (result) => {
        if (result.depth > limits.depth) broken.push({ message: `Query depth is ${result.depth}; the limit is ${limits.depth}.`, code: LIMIT_CODES.depth });
        if (result.complexity > limits.complexity)
          broken.push({
            message: `Query cost is ${result.complexity}; the limit is ${limits.complexity}. Ask for smaller pages or shallower chains.`,
            code: LIMIT_CODES.complexity,
          });
      },
    }),
  ]);
  return broken[0] ?? null;
}
