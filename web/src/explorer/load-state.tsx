import type { ReactNode } from 'react';
import { ExplorerLink } from './explorer-link.js';
import type { GraphQLRequestError } from './graphql-client.js';
import { useLang } from './language.js';
import { messagesFor } from './messages.js';
import type { QueryState } from './use-graphql.js';

/** Close matches the API names with a NOT_FOUND (`extensions.suggestions`: names, or `{ name, category }`). */
function suggestionsOf(error: GraphQLRequestError): { name: string; category?: string }[] {
  const suggestions = error.errors[0]?.extensions?.suggestions;
  if (!Array.isArray(suggestions)) return [];
  return suggestions.flatMap((s: unknown) => {
    if (typeof s === 'string') return [{ name: s }];
    if (typeof s !== 'object' || s === null || !('name' in s)) return [];
    const { name, category } = s as { name: unknown; category?: unknown };
    return [{ name: String(name), category: typeof category === 'string' ? category : undefined }];
  });
}

/** What a view shows while waiting. */
export function Loading() {
  const m = messagesFor(useLang());
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {m.loading}
    </p>
  );
}

/** What a view shows when its query failed: not-found with close matches, or the error and a retry. */
export function LoadError({ error, retry }: { error: GraphQLRequestError; retry: () => void }) {
  const m = messagesFor(useLang());
  if (error.code === 'NOT_FOUND') {
    const suggestions = suggestionsOf(error);
    return (
      <div className="state state-error" role="alert">
        <h1>{m.notFoundTitle}</h1>
        <p>{error.message}</p>
        {suggestions.length > 0 && (
          <p>
            {m.didYouMean}{' '}
            {suggestions.map(({ name, category }, i) => (
              <span key={name}>
                {i > 0 && ', '}
                <ExplorerLink to={{ view: 'resource', name, category }}>{name}</ExplorerLink>
              </span>
            ))}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="state state-error" role="alert">
      <h1>{m.errorTitle}</h1>
      <p>{error.message}</p>
      <button type="button" onClick={retry}>
        {m.retry}
      </button>
    </div>
  );
}

/** Shows loading, the error, or the view drawn from the data. */
export function Loaded<T>({ state, children }: { state: QueryState<T> & { retry: () => void }; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} retry={state.retry} />;
  return <>{children(state.data)}</>;
}
