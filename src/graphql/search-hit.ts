import { SNIPPET_FIELDS, type Snippet } from '../search/build-snippet.js';
import type { FieldMatch } from '../search/field-index.js';
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

const SearchHitFieldRef = builder.objectRef<FieldMatch>('SearchHitField').implement({
  description: 'A field of the hit\'s kind that the query names, from the upstream API reference.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'The path as `kubectl explain` writes it, list markers dropped.' }),
    type: t.exposeString('type', { description: 'The field\'s type as the reference writes it.' }),
    description: t.string({ nullable: true, description: 'The upstream reference\'s text (English).', resolve: (f) => f.description }),
    kind: t.exposeString('kind', { description: 'The kind holding the field.' }),
  }),
});

/** The GraphQL `SearchHit` type: one ranked search result. */
export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One ranked search result.',
  fields: (t) => ({
    resource: t.field({ type: ResourceRef, description: 'The resource found.', resolve: (h) => h.resource }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better, comparable within one search only.' }),
    confidence: t.exposeFloat('confidence', {
      description: "Probability in [0, 1] that the hit answers the query, calibrated on kubedex's dev questions; never above a better-ranked hit's.",
    }),
    field: t.field({ type: SearchHitFieldRef, nullable: true, description: 'The field of its kind the query names, if any.', resolve: (h) => h.field }),
    snippet: t.field({ type: SnippetRef, description: 'Why it matched.', resolve: (h) => h.snippet }),
  }),
});
