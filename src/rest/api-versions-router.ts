import { listApiVersions } from '../knowledge/api-version-catalogue.js';
import { resourceHref } from '../knowledge/knowledge-urls.js';
import { answerLanguage } from './answer-language.js';
import { defineRoute } from './route-definition.js';
import { ApiVersionList, ApiVersionsQuery } from './schemas/api-version-schemas.js';
import { notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';
import { wholeList } from './whole-list.js';

/** `GET /api-versions`: the apiVersion history of every kind, filtered. */
export const apiVersionRoutes = [
  defineRoute({
    method: 'get',
    path: '/api-versions',
    operationId: 'listApiVersions',
    summary: 'Every apiVersion of every kind, with deprecation and removal releases',
    description:
      'What `kubectl api-resources` never tells you: each apiVersion a kind has been served under, the release that deprecated it, the first release that no longer serves it, and what replaces it. Filter by kind, group or release.',
    tags: ['api-versions'],
    link: 'apiVersions',
    query: ApiVersionsQuery,
    responses: { ...ok(ApiVersionList, 'The apiVersions matching the filters'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot }) => {
      const language = answerLanguage(req, query.lang);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () => {
          const items = listApiVersions(snapshot, query).map(({ resource, text, ...entry }) => ({ ...entry, note: text?.[language.lang].note ?? null, resource: resourceHref(resource) }));
          return wholeList(items, { links: { self: req.originalUrl } });
        },
      });
    },
  }),
];
