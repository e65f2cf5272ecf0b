import { z } from 'zod';
import { CORRECTION_KINDS, typedTerm } from '../knowledge/vocabulary.js';
import { answerLanguage } from './answer-language.js';
import { presentRef } from './present-resource.js';
import { defineRoute } from './route-definition.js';
import { CorrectionBody } from './schemas/catalogue-schemas.js';
import { listOf } from './schemas/common-schemas.js';
import { LangParam, listParam } from './schemas/query-params.js';
import { notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';
import { wholeList } from './whole-list.js';

/** `GET /corrections` options. */
export const CorrectionsQuery = z.strictObject({
  kind: listParam(typedTerm(CORRECTION_KINDS), `${CORRECTION_KINDS.join(', ')}, any case`).optional(),
  lang: LangParam,
});

/** `GET /corrections`: what kubedex corrected in its source article. */
export const correctionRoutes = [
  defineRoute({
    method: 'get',
    path: '/corrections',
    operationId: 'listCorrections',
    summary: 'Corrections of the source article',
    description: 'Each thing the source article gets wrong or leaves out, with what kubedex holds instead and where.',
    tags: ['corrections'],
    link: 'corrections',
    query: CorrectionsQuery,
    responses: { ...ok(listOf(CorrectionBody, 'CorrectionList', 'corrections of the source article'), 'The corrections'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot }) => {
      const language = answerLanguage(req, query.lang);
      const lang = language.lang;
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () =>
          wholeList(
            snapshot.corrections
              .filter((c) => !query.kind || query.kind.includes(c.kind))
              .map((c) => {
                const resource = c.resource === null ? undefined : snapshot.resource(c.resource);
                return {
                  slug: c.slug,
                  kind: c.kind,
                  articleSection: c.articleSection,
                  articleText: c.articleText,
                  correct: c.text[lang].correct,
                  reason: c.text[lang].reason,
                  resource: resource ? presentRef(resource, lang) : null,
                };
              }),
            { links: { self: req.originalUrl } },
          ),
      });
    },
  }),
];
