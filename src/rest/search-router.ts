import { z } from 'zod';
import { resourceMarkdownUrl, resourceUrl } from '../knowledge/knowledge-urls.js';
import { SNIPPET_FIELDS } from '../search/build-snippet.js';
import { MAX_SEARCH_LIMIT, SearchQuery, searchResources } from '../search/search-resources.js';
import { questionLanguage } from './answer-language.js';
import { defineRoute } from './route-definition.js';
import { ok, notModified, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

/** `GET /search` query string: the core's SearchQuery with `limit` read from text. */
export const SearchRequestQuery = z.strictObject({
  ...SearchQuery.shape,
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_LIMIT).default(10).meta({ description: `at most this many hits (1-${MAX_SEARCH_LIMIT})` }),
});

/** Where a hit matched, with the matching words marked. */
export const SearchSnippet = z
  .object({
    field: z.enum(SNIPPET_FIELDS),
    text: z.string(),
    highlighted: z.string().meta({ description: 'text as HTML: escaped, matching words in <mark>' }),
  })
  .meta({ id: 'SearchSnippet' });

/** One ranked hit. */
export const SearchHitBody = z
  .object({
    name: z.string(),
    category: z.string(),
    displayName: z.string(),
    summary: z.string(),
    score: z.number().meta({ description: 'relevance; comparable only within one answer' }),
    snippet: SearchSnippet,
    links: z.object({ self: z.string(), markdown: z.string() }),
  })
  .meta({ id: 'SearchHit' });

/** The body of `GET /search`. */
export const SearchResponseBody = z
  .object({ query: z.string(), lang: z.enum(['ja', 'en']), results: z.array(SearchHitBody) })
  .meta({ id: 'SearchResults' });

/** `GET /search`: ranked resources for Japanese or English text, typo tolerant. */
export const searchRoutes = [
  defineRoute({
    method: 'get',
    path: '/search',
    operationId: 'searchResources',
    summary: 'Search resources in Japanese or English',
    description:
      'Full-text search over names, aliases, shortNames, summaries, descriptions and facts of both languages; misspellings are tolerated. Snippets are in `lang`, else in the language Accept-Language asks for, else in the language of `q`; Content-Language says which.',
    tags: ['search'],
    link: 'search',
    query: SearchRequestQuery,
    responses: { ...ok(SearchResponseBody, 'Ranked hits, best first'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot }) => {
      const language = questionLanguage(req, query.lang, query.q);
      const lang = language.lang;
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: (): z.infer<typeof SearchResponseBody> => ({
          query: query.q,
          lang,
          results: searchResources(snapshot, { ...query, lang }).map(({ resource: r, score, snippet }) => ({
            name: r.name,
            category: r.category,
            displayName: r.text[lang].name,
            summary: r.text[lang].summary,
            score,
            snippet,
            links: { self: resourceUrl(r), markdown: resourceMarkdownUrl(r) },
          })),
        }),
      });
    },
  }),
];
