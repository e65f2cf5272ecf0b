import { answerQuestion, AskQuery, type Answer } from '../answers/answer-question.js';
import type { FieldAnswer } from '../answers/asked-field.js';
import type { VersionAnswer } from '../answers/asked-versions.js';
import type { Citation } from '../answers/citation.js';
import { answerLangFor } from '../knowledge/negotiate-lang.js';
import type { ComparisonView } from '../knowledge/compare-resources.js';
import type { ApiVersionEntry } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { builder } from './builder.js';
import { LangEnum } from './lang.js';
import { parseArg } from './parse-arg.js';
import { ResourceRef } from './refs.js';
import { SearchHitRef } from './search-hit.js';

type AnswerAspect = ComparisonView['aspects'][number];

const AnswerCellRef = builder.objectRef<{ resource: string; text: string }>('AnswerComparisonCell').implement({
  description: 'One cell of an answer\'s comparison: a resource\'s text on one aspect.',
  fields: (t) => ({
    resource: t.exposeString('resource', { description: 'Canonical name of the resource of this column.' }),
    text: t.exposeString('text', { description: 'The cell, in the answer\'s language.' }),
  }),
});

const AnswerAspectRef = builder.objectRef<AnswerAspect>('AnswerComparisonAspect').implement({
  description: 'One row of an answer\'s comparison.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the row.' }),
    label: t.exposeString('label', { description: 'What the row compares, in the answer\'s language.' }),
    cells: t.field({ type: [AnswerCellRef], description: 'One cell per compared resource, in column order.', resolve: (a) => Object.entries(a.cells).map(([resource, text]) => ({ resource, text })) }),
  }),
});

const AnswerComparisonRef = builder.objectRef<ComparisonView>('AnswerComparison').implement({
  description: 'The comparison an answer gives, in the answer\'s language: a stored one with its verdict, or one built from what tells the resources apart.',
  fields: (t) => ({
    slug: t.exposeString('slug', { nullable: true, description: 'The stored comparison\'s slug; null when built for the question.' }),
    title: t.exposeString('title', { description: 'Title.' }),
    verdict: t.exposeString('verdict', { nullable: true, description: 'When to use which; null for a built comparison.' }),
    resources: t.field({ type: [ResourceRef], description: 'The compared resources, in column order.', resolve: (c, _args, ctx) => c.resources.map((n) => ctx.snapshot.mustResource(n)) }),
    aspects: t.field({ type: [AnswerAspectRef], description: 'The rows, most telling first.', resolve: (c) => c.aspects }),
  }),
});

const AnswerFieldRef = builder.objectRef<FieldAnswer>('AnswerField').implement({
  description: 'The field a question asks about: the upstream reference (English) beside kubedex\'s note.',
  fields: (t) => ({
    resource: t.field({ type: ResourceRef, description: 'The resource whose kind holds the field.', resolve: (f) => f.resource }),
    apiVersion: t.exposeString('apiVersion', { description: 'apiVersion of the kind, e.g. `apps/v1`.' }),
    kind: t.exposeString('kind', { description: 'The kind, e.g. `Deployment`.' }),
    path: t.exposeString('path', { description: 'Canonical dotted path, e.g. `spec.strategy.rollingUpdate.maxSurge`.' }),
    type: t.exposeString('type', { description: 'As kubectl explain prints it, e.g. `<IntOrString>`.' }),
    required: t.exposeBoolean('required', { description: 'Whether the field is required.' }),
    default: t.exposeString('default', { nullable: true, description: 'The default as kubedex\'s note or the upstream description states it; null when neither does.' }),
    description: t.exposeString('description', { nullable: true, description: 'Upstream English description.' }),
    note: t.exposeString('note', { nullable: true, description: 'kubedex\'s note, in the answer\'s language.' }),
    url: t.exposeString('url', { description: 'The field\'s page of the REST field reference.' }),
  }),
});

type LocalizedEntry = { entry: ApiVersionEntry; lang: Lang };

const AnswerApiVersionRef = builder.objectRef<LocalizedEntry>('AnswerApiVersion').implement({
  description: 'One apiVersion of the kind, with kubedex\'s note in the answer\'s language.',
  fields: (t) => ({
    apiVersion: t.string({ description: 'As written in a manifest, e.g. `batch/v1beta1`.', resolve: (v) => v.entry.apiVersion }),
    introducedIn: t.string({ nullable: true, description: 'Release that first served it; null when unknown.', resolve: (v) => v.entry.introducedIn }),
    deprecatedIn: t.string({ nullable: true, description: 'Release that deprecated it; null while not deprecated.', resolve: (v) => v.entry.deprecatedIn }),
    removedIn: t.string({ nullable: true, description: 'First release that no longer serves it; null while served.', resolve: (v) => v.entry.removedIn }),
    replacement: t.string({ nullable: true, description: 'The apiVersion to migrate to; null when there is none.', resolve: (v) => v.entry.replacement }),
    note: t.string({ nullable: true, description: 'kubedex\'s remark, in the answer\'s language.', resolve: (v) => v.entry.text?.[v.lang].note ?? null }),
  }),
});

const AnswerVersionsRef = builder.objectRef<VersionAnswer & { lang: Lang }>('AnswerVersions').implement({
  description: 'The apiVersion history a version or deprecation question gets.',
  fields: (t) => ({
    resource: t.field({ type: ResourceRef, description: 'The resource of the kind.', resolve: (v) => v.resource }),
    kind: t.exposeString('kind', { description: 'The kind.' }),
    release: t.exposeString('release', { description: 'The Kubernetes release the answer speaks of.' }),
    asked: t.field({ type: AnswerApiVersionRef, nullable: true, description: 'The apiVersion the question names; null when it names none.', resolve: (v) => (v.asked ? { entry: v.asked, lang: v.lang } : null) }),
    askedServed: t.exposeBoolean('askedServed', { nullable: true, description: 'Whether `release` still serves the asked apiVersion.' }),
    askedReplacement: t.exposeString('askedReplacement', { nullable: true, description: 'The apiVersion to move to at `release`; null when none is served.' }),
    supersededBy: t.field({ type: ResourceRef, nullable: true, description: 'What took over from a removed or superseded kind.', resolve: (v) => v.supersededBy }),
    history: t.field({ type: [AnswerApiVersionRef], description: 'Every apiVersion of the kind, oldest first.', resolve: (v) => v.history.map((entry) => ({ entry, lang: v.lang })) }),
  }),
});

const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'Where a statement of an answer can be checked.',
  fields: (t) => ({
    resource: t.exposeString('resource', { description: 'Canonical name of the resource cited.' }),
    kubedexUrl: t.exposeString('kubedexUrl', { description: 'kubedex\'s page of the resource (a path on this server).' }),
    markdownUrl: t.exposeString('markdownUrl', { description: 'Its Markdown rendition.' }),
    docsUrl: t.exposeString('docsUrl', { nullable: true, description: 'The official Kubernetes documentation.' }),
    articleSection: t.string({ nullable: true, description: 'The section of the source article that describes it.', resolve: (c) => c.article?.section ?? null }),
  }),
});

const AnswerRef = builder.objectRef<Answer>('Answer').implement({
  description: 'An answer built only from kubedex\'s knowledge (no model, the same every time), in one language.',
  fields: (t) => ({
    question: t.exposeString('question', { description: 'The question as asked.' }),
    lang: t.field({ type: LangEnum, description: 'The language of every text of the answer.', resolve: (a) => a.lang }),
    passage: t.exposeString('passage', { description: 'Markdown: the comparison, apiVersion history or field asked for, else the best match\'s summary and key facts.' }),
    matches: t.field({ type: [SearchHitRef], description: 'The best matching resources, best first: the ranking `search` gives; empty when declined.', resolve: (a) => a.matches }),
    declined: t.exposeBoolean('declined', { description: 'True when nothing in the knowledge answers the question (the best match is below the abstention threshold): the passage says so.' }),
    closestTopics: t.field({ type: [ResourceRef], description: 'When declined, the closest resources kubedex does cover, best first; otherwise empty.', resolve: (a) => a.closestTopics }),
    comparison: t.field({ type: AnswerComparisonRef, nullable: true, description: 'The comparison, when the question compares.', resolve: (a) => a.comparison }),
    field: t.field({ type: AnswerFieldRef, nullable: true, description: 'The field, when the question names one.', resolve: (a) => a.field }),
    versions: t.field({
      type: AnswerVersionsRef,
      nullable: true,
      description: 'The apiVersion history, when the question asks about versions or removal.',
      resolve: (a) => (a.versions ? { ...a.versions, lang: a.lang } : null),
    }),
    citations: t.field({ type: [CitationRef], description: 'Every resource the answer used or matched.', resolve: (a) => a.citations }),
  }),
});

builder.queryFields((t) => ({
  ask: t.field({
    type: AnswerRef,
    nullable: true,
    description: 'Answers a question about Kubernetes resources from the knowledge, as REST `/ask` and MCP `ask` do. Null, with the error, for a bad argument.',
    args: {
      q: t.arg.string({ required: true, description: 'A question in Japanese or English.' }),
      lang: t.arg({ type: LangEnum, required: false, description: 'Language of the answer; default: Accept-Language if sent, else the language of `q`.' }),
      limit: t.arg.int({ defaultValue: 3, description: 'How many matching resources to return (1..10).' }),
    },
    complexity: (args) => ({ field: 10, multiplier: args.limit ?? 3 }),
    resolve: (_root, args, ctx) => {
      const lang = answerLangFor({ explicit: args.lang ?? undefined, acceptLanguage: ctx.acceptLanguage, question: args.q }).lang;
      return answerQuestion(ctx.snapshot, parseArg(AskQuery, { q: args.q, lang, limit: args.limit }, 'ask'));
    },
  }),
}));
