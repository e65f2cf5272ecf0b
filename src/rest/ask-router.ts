import { z } from 'zod';
import { answerQuestion, AskQuery } from '../answers/answer-question.js';
import { AnswerCitation, AnswerComparison, AnsweredField, AnsweredVersions } from '../answers/answer-shapes.js';
import { presentField, presentVersions } from '../answers/present-answer.js';
import { resourceUrl } from '../knowledge/knowledge-urls.js';
import { publicBase } from '../public-base.js';
import { questionLanguage } from './answer-language.js';
import { defineRoute } from './route-definition.js';
import { ok, notModified, problems } from './schemas/responses.js';
import { SearchHitField, SearchSnippet } from './search-router.js';
import { sendRepresentation } from './send-representation.js';

/** `GET /ask` query string: the core's AskQuery with `limit` read from text. */
export const AskRequestQuery = z.strictObject({
  ...AskQuery.shape,
  limit: z.coerce.number().int().min(1).max(10).default(3).meta({ description: 'how many matching resources to return (1-10)' }),
});

const Citation = AnswerCitation.meta({ id: 'Citation' });
const FieldAnswerSchema = AnsweredField.meta({ id: 'AnswerField' });
const VersionAnswerSchema = AnsweredVersions.meta({ id: 'AnswerVersions' });

/** The body of `GET /ask`. */
export const AnswerBody = z
  .object({
    question: z.string(),
    lang: z.enum(['ja', 'en']),
    answer: z.string().meta({ description: 'Markdown passage built from the knowledge (deterministic)' }),
    matches: z.array(
      z.object({
        name: z.string(),
        category: z.string(),
        displayName: z.string(),
        summary: z.string(),
        score: z.number(),
        confidence: z.number().min(0).max(1).meta({ description: 'calibrated probability the match answers the question' }),
        field: SearchHitField.nullable(),
        snippet: SearchSnippet,
        href: z.string(),
      }),
    ).meta({ description: 'empty when the question is declined' }),
    declined: z.boolean().meta({ description: 'true when the knowledge does not cover the question; `answer` then says so' }),
    closestTopics: z
      .array(z.object({ name: z.string(), displayName: z.string(), href: z.string() }))
      .meta({ description: 'when declined: the closest resources kubedex does cover' }),
    comparison: AnswerComparison.nullable(),
    field: FieldAnswerSchema.nullable().meta({ description: 'the field the question asks about, when it names one (maxSurge, spec.backoffLimit)' }),
    versions: VersionAnswerSchema.nullable().meta({ description: 'the apiVersion history, when the question asks about versions, deprecation or removal' }),
    citations: z.array(Citation),
  })
  .meta({ id: 'Answer' });

/** `GET /ask`: a short answer for chatbots, with citations. */
export const askRoutes = [
  defineRoute({
    method: 'get',
    path: '/ask',
    operationId: 'ask',
    summary: 'Answer a question from the knowledge, with citations',
    description:
      'Deterministic (no model, no network): the best matching resources with a calibrated `confidence`, or `matches: []` and `declined: true` with the closest covered topics when the knowledge does not cover the question; a passage answering what is asked (a comparison when the question compares: 「違い」, "difference between", "vs"; the apiVersion history when it asks what replaced a kind or whether an apiVersion is served; the field with its type, default and meaning when it names one; else the best match\'s summary and key facts), and citations. The answer is in `lang`, else in the language Accept-Language asks for, else in the language of `q`; Content-Language says which.',
    tags: ['search'],
    link: 'ask',
    query: AskRequestQuery,
    responses: { ...ok(AnswerBody, 'The answer'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, query, snapshot, deps }) => {
      const baseUrl = publicBase(req, deps.config);
      const language = questionLanguage(req, query.lang, query.q);
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        baseUrl,
        body: (): z.infer<typeof AnswerBody> => {
          const answer = answerQuestion(snapshot, { ...query, lang: language.lang }, { baseUrl });
          return {
            question: answer.question,
            lang: answer.lang,
            answer: answer.passage,
            matches: answer.matches.map(({ resource: r, score, confidence, field, snippet }) => ({
              name: r.name,
              category: r.category,
              displayName: r.text[answer.lang].name,
              summary: r.text[answer.lang].summary,
              score,
              confidence,
              field,
              snippet,
              href: resourceUrl(r, baseUrl),
            })),
            declined: answer.declined,
            closestTopics: answer.closestTopics.map((r) => ({ name: r.name, displayName: r.text[answer.lang].name, href: resourceUrl(r, baseUrl) })),
            comparison: answer.comparison,
            field: answer.field && presentField(answer.field),
            versions: answer.versions && presentVersions(answer.versions, answer.lang),
            citations: answer.citations,
          };
        },
      });
    },
  }),
];
