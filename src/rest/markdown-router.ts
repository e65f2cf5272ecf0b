import { z } from 'zod';
import { renderResourceMarkdown } from '../llms/render-resource-markdown.js';
import { addressResource } from './address-resource.js';
import { answerLanguage } from './answer-language.js';
import { publicBase } from '../public-base.js';
import { ResourceAddress } from './resources-router.js';
import { defineRoute } from './route-definition.js';
import { LangParam } from './schemas/query-params.js';
import { movedToCanonical, notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

/** Query string of the Markdown and llms.txt routes. */
export const MarkdownQuery = z.strictObject({ lang: LangParam });

/** `GET /resources/{category}/{name}.md`: a resource as a Markdown page. */
export const markdownRoutes = [
  defineRoute({
    method: 'get',
    path: '/resources/{category}/{name}.md',
    operationId: 'getResourceMarkdown',
    link: 'resource-markdown',
    summary: 'One resource as Markdown',
    description: 'Addressed like GET /resources/{category}/{name} (aliases, any case); for language models and readers.',
    tags: ['llms'],
    params: ResourceAddress,
    query: MarkdownQuery,
    responses: { ...ok(z.string(), 'The resource page in Markdown', 'text/markdown'), ...movedToCanonical, ...notModified, ...problems(400, 404, 406) },
    handler: ({ req, res, params, query, snapshot, deps }) => {
      const found = addressResource(snapshot, { req, res }, { ...params, suffix: '.md' });
      if (!found) return;
      const language = answerLanguage(req, query.lang);
      const baseUrl = publicBase(req, deps.config);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        baseUrl,
        type: 'text/markdown; charset=utf-8',
        body: () => renderResourceMarkdown(snapshot, found.resource, { lang: language.lang, baseUrl }),
      });
    },
  }),
];
