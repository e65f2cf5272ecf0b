import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';

const GraphQLRequest = z
  .object({
    query: z.string().optional().meta({ description: 'the GraphQL document (up to 16 KiB); omitted for a persisted query sent by hash' }),
    operationName: z.string().optional(),
    variables: z.record(z.string(), z.unknown()).optional(),
    extensions: z.record(z.string(), z.unknown()).optional().meta({ description: 'persistedQuery: { version, sha256Hash }' }),
  })
  .meta({ id: 'GraphQLRequest', description: 'A GraphQL request over HTTP' });

const GraphQLResponse = z
  .object({
    data: z.record(z.string(), z.unknown()).nullable().optional(),
    errors: z
      .array(z.object({ message: z.string(), path: z.array(z.union([z.string(), z.number()])).optional(), extensions: z.record(z.string(), z.unknown()).optional() }))
      .optional()
      .meta({ description: 'each with extensions.code' }),
  })
  .meta({ id: 'GraphQLResponse', description: 'A GraphQL answer: data, and errors with extensions.code' });

const JsonRpcMessage = z
  .object({ jsonrpc: z.literal('2.0'), id: z.union([z.string(), z.number(), z.null()]).optional(), method: z.string().optional(), params: z.unknown().optional(), result: z.unknown().optional(), error: z.unknown().optional() })
  .meta({ id: 'JsonRpcMessage', description: 'A JSON-RPC 2.0 message of the Model Context Protocol' });

const graphqlAnswers = {
  '200': { description: 'The answer (errors of single fields inside)', content: { 'application/graphql-response+json': { schema: GraphQLResponse }, 'application/json': { schema: GraphQLResponse } } },
  '400': { description: 'A document that cannot run: syntax, validation or a limit (depth, cost, aliases)', content: { 'application/json': { schema: GraphQLResponse } } },
  '413': { description: 'A body over 64 KiB or a document over 16 KiB', content: { 'application/json': { schema: GraphQLResponse } } },
};

/**
 * The surfaces beside REST, in the same document so that one file lists every endpoint: GraphQL
 * (its schema is `schema.graphql`) and MCP over Streamable HTTP (its tools are listed by `tools/list`).
 */
export const SURFACE_PATHS: ZodOpenApiPathsObject = {
  '/graphql': {
    get: {
      operationId: 'graphqlGet',
      summary: 'GraphQL query over GET (persisted queries)',
      description:
        'Queries only. `query`, `operationName`, `variables` and `extensions` as URL parameters (JSON-encoded where they are objects). CSRF prevention requires a non-simple request: send `apollo-require-preflight: true` or a JSON content type. The schema is in schema.graphql.',
      tags: ['graphql'],
      requestParams: { query: z.object({ query: z.string().optional(), operationName: z.string().optional(), variables: z.string().optional(), extensions: z.string().optional() }) },
      responses: graphqlAnswers,
    },
    post: {
      operationId: 'graphqlPost',
      summary: 'GraphQL query',
      description: 'Relay-style schema (node, connections), a `lang` argument on every text, limits on depth, cost, aliases and document size. The schema is in schema.graphql.',
      tags: ['graphql'],
      requestBody: { required: true, content: { 'application/json': { schema: GraphQLRequest } } },
      responses: graphqlAnswers,
    },
  },
  '/mcp': {
    post: {
      operationId: 'mcpPost',
      summary: 'Model Context Protocol over Streamable HTTP',
      description:
        'Stateless: every POST carries one JSON-RPC message (initialize, tools/list, tools/call, resources/read, ...) and gets its answer as JSON. Send `Accept: application/json, text/event-stream`. GET and DELETE are 405.',
      tags: ['mcp'],
      requestBody: { required: true, content: { 'application/json': { schema: JsonRpcMessage } } },
      responses: {
        '200': { description: 'The JSON-RPC answer', content: { 'application/json': { schema: JsonRpcMessage } } },
        '202': { description: 'A notification was accepted' },
        '400': { description: 'Not a JSON-RPC message (parse error -32700)', content: { 'application/json': { schema: JsonRpcMessage } } },
        '413': { description: 'A body over 1 MiB', content: { 'application/json': { schema: JsonRpcMessage } } },
      },
    },
  },
};
