import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from './example-queries.js';
import './graphiql-page.css';
import { labelEditors } from './label-editors.js';

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

/** POSTs to this server's /graphql; the preflight header satisfies Apollo's CSRF prevention on any method. */
async function fetcher(params: FetcherParams, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { ...(options?.headers as Record<string, string> | undefined), 'Content-Type': 'application/json', Accept: 'application/json', 'Apollo-Require-Preflight': 'true' },
    body: JSON.stringify(params),
  });
  return response.json();
}

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_TABS} defaultEditorToolsVisibility={false} isHeadersEditorEnabled defaultTheme="light">
      <GraphiQL.Logo>
        <a href="/">kubedex</a> GraphiQL
      </GraphiQL.Logo>
    </GraphiQL>,
  );
  labelEditors(container);
}
