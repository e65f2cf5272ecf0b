import { z } from 'zod';
import { resourceMarkdownUrl, resourceUrl } from '../knowledge/knowledge-urls.js';
import { MatchedField, MatchSnippet } from '../answers/answer-shapes.js';
import { CONFIDENCE_FEATURES } from '../search/confidence.js';
import { FIELD_BOOST, type SearchField } from '../search/search-document.js';
import { MAX_SEARCH_LIMIT, SearchQuery, searchResources } from '../search/search-resources.js';
import { questionLanguage } from './answer-language.js';
import { defineRoute } from './route-definition.js';
import { ok, notModified, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

/** `GET /search` query string: the core's SearchQuery with `limit` and `explain` read from text. */
export const SearchRequestQuery = z.strictObject({
  ...SearchQuery.shape,
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_LIMIT).default(10).meta({ description: `at most this many hits (1-${MAX_SEARCH_LIMIT})` }),
  explain: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'true: each hit also says why it scored (terms, fields, tasks, weights)' }),
});

/** The field of a hit's kind that the query names. */
export const SearchHitField = MatchedField.meta({ id: 'SearchHitField' });

const ROUNDED = z.number();
/** Why a hit scored: the parts of its score. */
export const SearchExplanation = z
  .object({
    score: ROUNDED,
    textScore: ROUNDED.meta({ description: 'BM25 over the hit\'s prose (field boosts applied), before coverage' }),
    coverage: ROUNDED.meta({ description: 'share of the query\'s words the hit\'s prose matched' }),
    coverageExponent: ROUNDED,
    nameScore: ROUNDED.meta({ description: 'BM25 over the hit\'s name, aliases and shortNames' }),
    nameCoverage: ROUNDED.meta({ description: 'share of the query\'s words its names matched' }),
    task: z.object({ text: z.string(), coverage: ROUNDED }).nullable().meta({ description: 'the hit\'s task saying most of what the query says' }),
    terms: z.array(
      z.object({
        term: z.string(),
        matched: z.array(z.string()).meta({ description: 'index terms reached: the term itself, prefix extensions, typos' }),
        weight: ROUNDED,
        fields: z.array(z.object({ field: z.enum(Object.keys(FIELD_BOOST) as [SearchField, ...SearchField[]]), boost: ROUNDED })),
      }),
    ),
    tasks: z.array(z.string()).meta({ description: 'the hit\'s tasks holding a matched term' }),
    field: z.object({ path: z.string(), clue: z.string(), weight: ROUNDED }).nullable(),
    name: z.object({ share: ROUNDED, whole: z.boolean() }).nullable().meta({ description: 'the share of the query naming this resource' }),
    confidenceFeatures: z.object(Object.fromEntries(CONFIDENCE_FEATURES.map((f) => [f, ROUNDED])) as Record<(typeof CONFIDENCE_FEATURES)[number], typeof ROUNDED>),
    otherProduct: z.string().nullable().meta({ description: 'the product other than Kubernetes the query is about (every confidence is then capped under the abstention threshold)' }),
  })
  .meta({ id: 'SearchExplanation' });

/** Where a hit matched, with the matching words marked. */
export const SearchSnippet = MatchSnippet.meta({ id: 'SearchSnippet' });

/** One ranked hit. */
export const SearchHitBody = z
  .object({
    name: z.string(),
    category: z.string(),
    displayName: z.string(),
    summary: z.string(),
    score: z.number().meta({ description: 'relevance; comparable only within one answer' }),
    confidence: z.number().min(0).max(1).meta({ description: 'probability the hit answers the query, calibrated on kubedex\'s dev questions; never above a better-ranked hit\'s' }),
    field: SearchHitField.nullable().meta({ description: 'the field of the hit\'s kind the query names, if any' }),
    snippet: SearchSnippet,
    links: z.object({ self: z.string(), markdown: z.string() }),
    explanation: SearchExplanation.optional().meta({ description: 'with explain=true only' }),
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
      'Full-text search over names, aliases, shortNames, summaries, descriptions, facts, tasks and apiVersions of both languages, and the field reference; misspellings are tolerated. Each hit carries a calibrated `confidence` and the `field` the query names; `explain=true` says why each hit scored. Snippets are in `lang`, else in the language Accept-Language asks for, else in the language of `q`; Content-Language says which.',
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
          results: searchResources(snapshot, { ...query, lang }).map(({ resource: r, score, confidence, field, snippet, explanation }) => ({
            name: r.name,
            category: r.category,
            displayName: r.text[lang].name,
            summary: r.text[lang].summary,
            score,
            confidence,
            field,
            snippet,
            links: { self: resourceUrl(r), markdown: resourceMarkdownUrl(r) },
            ...(explanation ? { explanation } : {}),
          })),
        }),
      });
    },
  }),
];
