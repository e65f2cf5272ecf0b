import { z } from 'zod';
import { knowledgeGraph } from '../knowledge/knowledge-graph.js';
import { graphToMermaid } from '../knowledge/knowledge-graph-mermaid.js';
import { requireCategory } from '../knowledge/require-category.js';
import { RELATION_KINDS, typedTerm } from '../knowledge/vocabulary.js';
import { answerLanguage } from './answer-language.js';
import { resourceHref } from '../knowledge/knowledge-urls.js';
import { defineRoute } from './route-definition.js';
import { GraphBody } from './schemas/catalogue-schemas.js';
import { KnowledgeHeaders, notModified, problems } from './schemas/responses.js';
import { LangParam, listParam } from './schemas/query-params.js';
import { sendRepresentation } from './send-representation.js';

/** `GET /graph` options. */
export const GraphQuery = z.strictObject({
  format: z.enum(['json', 'mermaid']).default('json').meta({ description: 'json: nodes and edges; mermaid: a flowchart as text' }),
  category: listParam(z.string(), 'only resources these categories list').optional(),
  kind: listParam(typedTerm(RELATION_KINDS), `only edges of these relation kinds (${RELATION_KINDS.join(', ')}), any case`).optional(),
  lang: LangParam,
});

/** `GET /graph`: nodes and edges as JSON, or a Mermaid flowchart. */
export const graphRoutes = [
  defineRoute({
    method: 'get',
    path: '/graph',
    operationId: 'getGraph',
    summary: 'The knowledge as a graph (JSON or Mermaid)',
    description: 'Every resource as a node and every relation as an edge, as JSON or, with `format=mermaid` or `Accept: text/vnd.mermaid`, as a Mermaid flowchart; filters narrow it to a category or relation kinds.',
    tags: ['graph'],
    link: 'graph',
    query: GraphQuery,
    responses: {
      200: {
        description: 'Nodes and edges (JSON), or a Mermaid flowchart with ?format=mermaid (text/plain)',
        headers: KnowledgeHeaders,
        content: { 'application/json': GraphBody, 'text/plain': z.string().meta({ description: 'Mermaid flowchart' }) },
      },
      ...notModified,
      ...problems(400, 406),
    },
    handler: ({ req, res, query, snapshot }) => {
      const categories = query.category?.map((key, i) => requireCategory(snapshot, key, { field: `category.${i}`, use: 'filter' }).slug);
      const graph = knowledgeGraph(snapshot, { categories, relationKinds: query.kind });
      const language = answerLanguage(req, query.lang);
      const lang = language.lang;
      if (query.format === 'mermaid') {
        sendRepresentation(req, res, { snapshot, language, query, type: 'text/plain', body: () => graphToMermaid(snapshot, graph, lang) });
        return;
      }
      sendRepresentation(req, res, {
        snapshot,
        language,
        query,
        body: () => ({
          nodes: graph.nodes.map((n) => ({ id: n.name, category: n.category, displayName: n.text[lang].name, kind: n.kubernetes?.kind ?? null, href: resourceHref(n) })),
          edges: graph.edges.map((e) => ({ from: e.from, to: e.to, kind: e.kind, note: e.text[lang].note })),
          links: { self: req.originalUrl, mermaid: '/graph?format=mermaid' },
        }),
      });
    },
  }),
];
