import { SNIPPET_FIELDS, type Snippet } from '../search/build-snippet.js';
import type { SearchHit } from '../search/search-resources.js';
import { builder } from './builder.js';
import { ResourceRef } from './refs.js';
import { valuesOf } from './vocabulary-enums.js';

const SnippetFieldEnum = builder.enumType('SnippetField', {
  description: 'Which text of a resource a snippet was taken from.',
  values: valuesOf(SNIPPET_FIELDS, (v) =>
    ({ name: 'The name.', alias: 'An alias.', summary: 'The summary.', description: 'A sentence of the description.', fact: 'A key fact.' })[v],
  ),
});

const SnippetRef = builder.objectRef<Snippet>('Snippet').implement({
  description: 'The passage of a hit that best shows why it matched.',
  fields: (t) => ({
    field: t.field({ type: SnippetFieldEnum, description: 'Which text the passage comes from.', resolve: (s) => s.field }),
    text: t.exposeString('text', { description: 'The passage as plain text.' }),
    highlighted: t.exposeString('highlighted', { description: 'The passage as escaped HTML with matching words in `<mark>`.' }),
  }),
});

/** The GraphQL `SearchHit` type: one ranked search result. */
export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One ranked search result.',
  fields: (t) => ({
    resource: t.field({ type: ResourceRef, description: 'The resource found.', resolve: (h) => h.resource }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better, comparable within one search only.' }),
    snippet: t.field({ type: SnippetRef, description: 'Why it matched.', resolve: (h) => h.snippet }),
  }),
});
