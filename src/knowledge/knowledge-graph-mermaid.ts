import type { KnowledgeGraph } from './knowledge-graph.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import type { Lang } from './vocabulary.js';

/**
 * The graph as a Mermaid flowchart: one subgraph per home category, node labels in `lang`,
 * edges labelled with the relation kind.
 */
export function graphToMermaid(snapshot: KnowledgeSnapshot, graph: KnowledgeGraph, lang: Lang): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.name, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const category of snapshot.categories) {
    const members = graph.nodes.filter((n) => n.category === category.slug);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${category.slug}["${escape(category.text[lang].name)}"]`);
    for (const n of members) lines.push(`    ${ids.get(n.name)}["${escape(n.text[lang].name)}"]`);
    lines.push('  end');
  }
  for (const e of graph.edges) {
    const arrow = e.kind === 'alternative_to' ? '<-.->' : '-->';
    lines.push(`  ${ids.get(e.from)} ${arrow}|${e.kind}| ${ids.get(e.to)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Mermaid labels are quoted; a quote inside one must be an entity. */
function escape(text: string): string {
  return text.replaceAll('"', '#quot;');
}
