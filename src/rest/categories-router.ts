import { z } from 'zod';
import type { Category } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { requireCategory } from '../knowledge/require-category.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { answerLanguage } from './answer-language.js';
import { presentSummary } from './present-resource.js';
import { categoryHref } from '../knowledge/knowledge-urls.js';
import { defineRoute } from './route-definition.js';
import { CategoryBody, CategorySummary } from './schemas/catalogue-schemas.js';
import { listOf } from './schemas/common-schemas.js';
import { LangParam, PathName } from './schemas/query-params.js';
import { notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';
import { wholeList } from './whole-list.js';

const LangOnly = z.strictObject({ lang: LangParam });

function summary(snapshot: KnowledgeSnapshot, c: Category, lang: Lang) {
  return { slug: c.slug, name: c.text[lang].name, description: c.text[lang].description, aliases: c.aliases, resourceCount: snapshot.resourcesIn(c.slug).length, href: categoryHref(c) };
}

/** `GET /categories` and `GET /categories/{category}`. */
export const categoryRoutes = [
  defineRoute({
    method: 'get',
    path: '/categories',
    operationId: 'listCategories',
    summary: 'The categories, in the article order',
    description: "The five categories in the source article's order, each with its description, aliases and resource count.",
    tags: ['categories'],
    link: 'categories',
    query: LangOnly,
    responses: { ...ok(listOf(CategorySummary, 'CategoryList', 'the categories'), 'The categories'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot }) => {
      const language = answerLanguage(req, query.lang);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () => wholeList(snapshot.categories.map((c) => summary(snapshot, c, language.lang)), { links: { self: '/categories' } }),
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/categories/{category}',
    operationId: 'getCategory',
    summary: 'A category with its resources',
    description: 'Slug, name or alias in any case (`ConfigMap&Storage` finds config-storage); a non-canonical spelling answers with Link rel=canonical.',
    tags: ['categories'],
    link: 'category',
    params: z.object({ category: PathName.meta({ example: 'config-storage' }) }),
    query: LangOnly,
    responses: { ...ok(CategoryBody, 'The category'), ...notModified, ...problems(400, 404, 406) },
    handler: ({ req, res, params, query, snapshot }) => {
      const category = requireCategory(snapshot, params.category, { field: 'category', use: 'address' });
      const canonical = categoryHref(category);
      if (req.path !== canonical) res.set('Link', `<${canonical}>; rel="canonical"`).set('Content-Location', canonical);
      const language = answerLanguage(req, query.lang);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () => ({
          ...summary(snapshot, category, language.lang),
          resources: snapshot.resourcesIn(category.slug).map((r) => presentSummary(r, language.lang)),
          links: { self: canonical, resources: `/resources?category=${category.slug}` },
        }),
      });
    },
  }),
];
