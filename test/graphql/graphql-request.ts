import type { Express } from 'express';
import request from 'supertest';

/** A parsed JSON body, as JSON.parse types it: tests read answers by shape and let assertions check it. */
type Json = ReturnType<typeof JSON.parse>;

/** One GraphQL answer as the tests read it. */
export interface GraphQLAnswer<D = Record<string, Json>> {
  status: number;
  data?: D | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, Json> }[];
  headers: Record<string, string>;
}

/** POSTs a document to /graphql over real HTTP (supertest) and returns status, data and errors. */
export async function graphql<D = Record<string, Json>>(
  app: Express,
  query: string,
  options: { variables?: Record<string, unknown>; operationName?: string; headers?: Record<string, string>; extensions?: Record<string, unknown> } = {},
): Promise<GraphQLAnswer<D>> {
  let req = request(app).post('/graphql').set('content-type', 'application/json').set('accept', 'application/graphql-response+json, application/json');
  for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
  const res = await req.send({ query, operationName: options.operationName, variables: options.variables, extensions: options.extensions });
  const body = JSON.parse(res.text) as { data?: D | null; errors?: GraphQLAnswer['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers as Record<string, string> };
}

/** The `extensions.code` of each error of an answer. */
export function codes(answer: GraphQLAnswer): string[] {
  return (answer.errors ?? []).map((e) => String(e.extensions?.code));
}
