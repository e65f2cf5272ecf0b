import { useEffect, useState } from 'react';
import { GraphQLRequestError, requestGraphQL } from './graphql-client.js';

/** Where one query is: waiting, failed, or answered. */
export type QueryState<T> = { status: 'loading' } | { status: 'error'; error: GraphQLRequestError } | { status: 'done'; data: T };

/**
 * Runs a query whenever its text or variables change; an answer that arrives after the view moved on
 * is dropped. `retry` runs it again after an error.
 */
export function useGraphQL<T>(query: string | null, variables: Record<string, unknown>): QueryState<T> & { retry: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    requestGraphQL<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof GraphQLRequestError ? error : new GraphQLRequestError(String(error)) });
      },
    );
    return () => controller.abort();
  }, [query, key, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
