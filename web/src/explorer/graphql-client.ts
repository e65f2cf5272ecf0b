/** A GraphQL error as kubedex answers it: a message and a code in `extensions.code`. */
export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; suggestions?: unknown };
}

/** A failed request: the server's GraphQL errors, or what went wrong on the way. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorEntry[] = [],
  ) {
    super(message);
  }

  /** The first error's code (`NOT_FOUND`, `VALIDATION_FAILED`, ...), if the server gave one. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** Runs one operation against this server's public GraphQL API, the only way the explorer reads knowledge. */
export async function requestGraphQL<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('kubedex could not be reached');
  }
  let body: { data?: T | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`kubedex answered ${response.status} without a GraphQL result`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors);
  if (!response.ok || body.data == null) throw new GraphQLRequestError(`kubedex answered ${response.status}`);
  return body.data;
}
