import { z } from 'zod';
import { compareResources, localizeComparison, MAX_COMPARED } from '../knowledge/compare-resources.js';
import { findComparison } from '../knowledge/find-comparison.js';
import { answerLanguage } from './answer-language.js';
import { presentComparison, presentComparisonSummary, refByName } from './present-comparison.js';
import { presentRef } from './present-resource.js';
import { comparisonHref } from '../knowledge/knowledge-urls.js';
import { defineRoute } from './route-definition.js';
import { listOf } from './schemas/common-schemas.js';
import { CompareBody, ComparisonBody, ComparisonSummary } from './schemas/comparison-schemas.js';
import { LangParam, listParam, PathName } from './schemas/query-params.js';
import { notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';
import { wholeList } from './whole-list.js';

const LangOnly = z.strictObject({ lang: LangParam });

/** `GET /compare?resources=NodePort,ExternalIP`. */
export const CompareQuery = z.strictObject({
  resources: listParam(z.string().min(1).max(200), `2 to ${MAX_COMPARED} resource names, aliases or shortNames`),
  lang: LangParam,
});

/** `GET /comparisons`, `GET /comparisons/{slug}` and `GET /compare`. */
export const comparisonRoutes = [
  defineRoute({
    method: 'get',
    path: '/comparisons',
    operationId: 'listComparisons',
    summary: 'The stored comparisons',
    description: 'Every stored side-by-side comparison, with its title and the resources it compares.',
    tags: ['comparisons'],
    link: 'comparisons',
    query: LangOnly,
    responses: { ...ok(listOf(ComparisonSummary, 'ComparisonList', 'stored comparisons'), 'Stored comparisons'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot }) => {
      const language = answerLanguage(req, query.lang);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () => wholeList(snapshot.comparisons.map((c) => presentComparisonSummary(snapshot, c, language.lang)), { links: { self: '/comparisons' } }),
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/comparisons/{slug}',
    operationId: 'getComparison',
    summary: 'One stored comparison',
    description: 'One stored comparison by slug (any case): its aspects, a cell per resource and the verdict. An unknown slug is 404 with close slugs.',
    tags: ['comparisons'],
    link: 'comparison',
    params: z.object({ slug: PathName.meta({ example: 'job-vs-cronjob' }) }),
    query: LangOnly,
    responses: { ...ok(ComparisonBody, 'The comparison'), ...notModified, ...problems(400, 404, 406) },
    handler: ({ req, res, params, query, snapshot }) => {
      const comparison = findComparison(snapshot, params.slug);
      const canonical = comparisonHref(comparison.slug);
      if (req.path !== canonical) res.set('Link', `<${canonical}>; rel="canonical"`).set('Content-Location', canonical);
      const language = answerLanguage(req, query.lang);
      sendRepresentation(req, res, { snapshot, language, query, body: () => presentComparison(snapshot, comparison, language.lang) });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/compare',
    operationId: 'compareResources',
    summary: 'Resources side by side',
    description: 'The smallest stored comparison covering every named resource when there is one, otherwise a table of their facts.',
    tags: ['comparisons'],
    link: 'compare',
    query: CompareQuery,
    responses: { ...ok(CompareBody, 'The resources side by side'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot }) => {
      const result = compareResources(snapshot, query.resources);
      const language = answerLanguage(req, query.lang);
      const lang = language.lang;
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () => {
          const view = localizeComparison(snapshot, result, lang);
          return {
            source: view.slug === null ? 'facts' : 'stored',
            title: view.title,
            verdict: view.verdict,
            requested: result.resources.map((r) => presentRef(r, lang)),
            resources: view.resources.map((n) => refByName(snapshot, n, lang)),
            aspects: view.aspects,
            comparison: view.slug === null ? null : { slug: view.slug, href: comparisonHref(view.slug) },
            links: { self: req.originalUrl, ...(view.slug === null ? {} : { comparison: comparisonHref(view.slug) }) },
          };
        },
      });
    },
  }),
];
