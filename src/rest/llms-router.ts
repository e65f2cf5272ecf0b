import { z } from 'zod';
import { renderLlmsFullTxt, renderLlmsTxt } from '../llms/render-llms-txt.js';
import { answerLanguage } from './answer-language.js';
import { publicBase } from '../public-base.js';
import { MarkdownQuery } from './markdown-router.js';
import { defineRoute } from './route-definition.js';
import { notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

const llmsDocument = (path: '/llms.txt' | '/llms-full.txt', render: typeof renderLlmsTxt, summary: string, description: string, operationId: string, link: string) =>
  defineRoute({
    method: 'get',
    path,
    operationId,
    link,
    summary,
    description,
    tags: ['llms'],
    query: MarkdownQuery,
    responses: { ...ok(z.string(), summary, 'text/plain'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot, deps }) => {
      const language = answerLanguage(req, query.lang);
      const baseUrl = publicBase(req, deps.config);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        baseUrl,
        type: 'text/plain; charset=utf-8',
        body: () => render(snapshot, { lang: language.lang, baseUrl }),
      });
    },
  });

/** `GET /llms.txt` and `GET /llms-full.txt`, following the llms.txt convention. */
export const llmsRoutes = [
  llmsDocument(
    '/llms.txt',
    renderLlmsTxt,
    'Index of the knowledge for language models (llms.txt)',
    'As llmstxt.org describes it: a title, a summary, then per category a link to each resource\'s Markdown page. Links are absolute, from PUBLIC_URL.',
    'getLlmsTxt',
    'llms',
  ),
  llmsDocument(
    '/llms-full.txt',
    renderLlmsFullTxt,
    'The whole knowledge as one Markdown document (llms-full.txt)',
    'Every resource\'s Markdown page, category by category, in one document for a language model\'s context.',
    'getLlmsFullTxt',
    'llms-full',
  ),
];
