import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { answerQuestion } from '../answers/answer-question.js';
import { comparisonView, MAX_COMPARED } from '../knowledge/compare-resources.js';
import { citationFor } from '../answers/citation.js';
import { ChainDepth, DEFAULT_CHAIN_DEPTH, MAX_CHAIN_DEPTH } from '../knowledge/chain-depth.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { requireCategory } from '../knowledge/require-category.js';
import { resolveResource } from '../knowledge/resolve-resource.js';
import { Lang, RelationKind } from '../knowledge/vocabulary.js';
import { AnswerCitation, AnswerComparison, AnsweredField, AnsweredVersions, MatchedField, MatchSnippet } from '../answers/answer-shapes.js';
import { renderResourceMarkdown } from '../llms/render-resource-markdown.js';
import { MAX_SEARCH_LIMIT, searchResources } from '../search/search-resources.js';
import { RelatedResource, resourceRef, ResourceRef, resourceView, ResourceView } from './mcp-views.js';
import { structured, toolResult } from './tool-error.js';
import { toolLang, ToolLang } from './tool-lang.js';
import { presentField, presentVersions } from '../answers/present-answer.js';

const lang = ToolLang;
// Every string and list argument is bounded: no name is longer than this, and a longer one would only cost fuzzy matching and be echoed back.
const MAX_NAME_LENGTH = 200;
const name = z.string().min(1).max(MAX_NAME_LENGTH).describe('resource name, alias or shortName, any case (Deployment, deploy, DeamonSet, NodePort)');
const category = z.string().min(1).max(MAX_NAME_LENGTH);
const confidence = z.number().min(0).max(1).describe('calibrated probability the hit answers the question');
const ChainStep = z.object({ name: z.string(), depth: z.number().int(), kind: RelationKind, note: z.string() });

/** Registers the kubedex tools: search, get, list, relations, compare, ask. Each reads the current snapshot. */
export function registerTools(server: McpServer, store: KnowledgeStore, baseUrl: string): void {
  server.registerTool(
    'search_resources',
    {
      title: 'Search Kubernetes resources',
      description: 'Full-text search over kubedex (Japanese or English, typo tolerant). Returns ranked resources with a calibrated confidence, the field the question names, and a highlighted snippet.',
      inputSchema: { q: z.string().trim().min(1).max(500).describe('words or a question'), lang, category: category.optional().describe('only this category (workloads, service, config-storage, cluster, metadata)'), limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(10) },
      outputSchema: { results: z.array(ResourceRef.extend({ score: z.number(), confidence, field: MatchedField.nullable(), snippet: MatchSnippet })) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const l = toolLang(args.lang, args.q);
        const hits = searchResources(store.snapshot, { ...args, lang: l });
        return structured({ results: hits.map((h) => ({ ...resourceRef(h.resource, l, baseUrl), score: h.score, confidence: h.confidence, field: h.field, snippet: h.snippet })) });
      }),
  );

  server.registerTool(
    'get_resource',
    {
      title: 'Get a Kubernetes resource',
      description: 'One resource in full: summary, description, API facts (apiVersion, kind, shortNames), facts, relations and sources.',
      inputSchema: { name, category: category.optional().describe('category slug or name; optional'), lang },
      outputSchema: ResourceView.shape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const snapshot = store.snapshot;
        const { resource } = resolveResource(snapshot, { name: args.name, ...(args.category ? { category: args.category } : {}) });
        const l = toolLang(args.lang, args.name, args.category);
        return structured(resourceView(snapshot, resource, l, baseUrl), renderResourceMarkdown(snapshot, resource, { lang: l, baseUrl }));
      }),
  );

  server.registerTool(
    'list_category',
    {
      title: 'List a category',
      description: 'The resources a category lists, in the source article\'s order. Categories: Workloads, Service, Config & Storage, Cluster, Metadata.',
      inputSchema: { category: category.describe('slug, name or alias (workloads, Service, ConfigMap&Storage, ...)'), lang },
      outputSchema: { category: z.object({ slug: z.string(), name: z.string(), description: z.string() }), resources: z.array(ResourceRef) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const snapshot = store.snapshot;
        const category = requireCategory(snapshot, args.category, { field: 'category', use: 'address' });
        const l = toolLang(args.lang, args.category);
        return structured({
          category: { slug: category.slug, name: category.text[l].name, description: category.text[l].description },
          resources: snapshot.resourcesIn(category.slug).map((r) => resourceRef(r, l, baseUrl)),
        });
      }),
  );

  server.registerTool(
    'get_relations',
    {
      title: 'Relations of a resource',
      description: 'What manages a resource (parents) and what it manages (children), level by level up to depth, plus its other relations (alternatives, variants, uses, ...).',
      inputSchema: { name, depth: ChainDepth.default(DEFAULT_CHAIN_DEPTH).describe(`levels of parents and children (1-${MAX_CHAIN_DEPTH})`), lang },
      outputSchema: {
        resource: z.string(),
        parents: z.array(ChainStep),
        children: z.array(ChainStep),
        related: z.array(RelatedResource),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const snapshot = store.snapshot;
        const { resource } = resolveResource(snapshot, { name: args.name });
        const l = toolLang(args.lang, args.name);
        const chain = (steps: ReturnType<typeof snapshot.parents>) => steps.map((s) => ({ name: s.resource.name, depth: s.depth, kind: s.via.kind, note: s.via.text[l].note }));
        return structured({
          resource: resource.name,
          parents: chain(snapshot.parents(resource.name, args.depth)),
          children: chain(snapshot.children(resource.name, args.depth)),
          related: snapshot
            .relationsOf(resource.name)
            .filter(({ relation }) => relation.kind !== 'parent_of')
            .map(({ relation, direction, other }) => ({ kind: relation.kind, direction, resource: other.name, note: relation.text[l].note })),
        });
      }),
  );

  server.registerTool(
    'compare_resources',
    {
      title: 'Compare resources',
      description: `Side-by-side comparison of 2-${MAX_COMPARED} resources: the stored comparison covering them when there is one (with a verdict), else a table of their facts.`,
      inputSchema: { names: z.array(name).min(2).max(MAX_COMPARED).describe(`2 to ${MAX_COMPARED} resource names`), lang },
      outputSchema: { comparison: AnswerComparison, citations: z.array(AnswerCitation) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const snapshot = store.snapshot;
        const l = toolLang(args.lang, args.names);
        const comparison = comparisonView(snapshot, args.names, l);
        const cited = comparison.resources.map((n) => snapshot.mustResource(n));
        return structured({ comparison, citations: cited.map((r) => citationFor(r, baseUrl)) });
      }),
  );

  server.registerTool(
    'ask',
    {
      title: 'Ask kubedex',
      description: 'Answers a question about Kubernetes resources from kubedex\'s knowledge only (deterministic): a short passage, the best matches, a comparison when the question compares, the field when it names one (type, default, meaning), the apiVersion history when it asks about versions or removal, and citations.',
      inputSchema: { q: z.string().trim().min(1).max(500).describe('a question in Japanese or English'), lang },
      outputSchema: {
        question: z.string(),
        lang: Lang,
        answer: z.string().describe('Markdown'),
        matches: z.array(ResourceRef.extend({ score: z.number(), confidence, field: MatchedField.nullable() })).describe('empty when declined'),
        declined: z.boolean().describe('true when kubedex does not cover the question'),
        closestTopics: z.array(ResourceRef).describe('when declined: the closest resources kubedex does cover'),
        comparison: AnswerComparison.nullable(),
        field: AnsweredField.nullable().describe('the field the question asks about (maxSurge, spec.backoffLimit), when it names one'),
        versions: AnsweredVersions.nullable().describe('the apiVersion history, when the question asks what replaced a kind or whether an apiVersion is served'),
        citations: z.array(AnswerCitation),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      toolResult(() => {
        const answer = answerQuestion(store.snapshot, { ...args, lang: toolLang(args.lang, args.q) }, { baseUrl });
        return structured(
          {
            question: answer.question,
            lang: answer.lang,
            answer: answer.passage,
            matches: answer.matches.map((m) => ({ ...resourceRef(m.resource, answer.lang, baseUrl), score: m.score, confidence: m.confidence, field: m.field })),
            declined: answer.declined,
            closestTopics: answer.closestTopics.map((r) => resourceRef(r, answer.lang, baseUrl)),
            comparison: answer.comparison,
            field: answer.field && presentField(answer.field),
            versions: answer.versions && presentVersions(answer.versions, answer.lang),
            citations: answer.citations,
          },
          `${answer.passage}\n\n${answer.citations.map((c) => `- ${c.resource}: ${c.kubedexUrl}${c.docsUrl ? ` · ${c.docsUrl}` : ''}`).join('\n')}`,
        );
      }),
  );
}
