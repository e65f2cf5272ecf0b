import type { Relation, Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import type { RelationKind } from './vocabulary.js';

/** Resources as nodes and relations as directed edges, optionally narrowed. */
export interface KnowledgeGraph {
  nodes: Resource[];
  edges: Relation[];
}

/**
 * The knowledge as a graph. `categories` keeps the resources those categories list (slugs) and
 * the edges among them; `relationKinds` keeps only those edges (nodes stay).
 */
export function knowledgeGraph(
  snapshot: KnowledgeSnapshot,
  options: { categories?: readonly string[] | undefined; relationKinds?: readonly RelationKind[] | undefined } = {},
): KnowledgeGraph {
  const { categories, relationKinds } = options;
  const nodes = categories ? snapshot.resources.filter((r) => categories.some((slug) => snapshot.lists(slug, r))) : [...snapshot.resources];
  const names = new Set(nodes.map((n) => n.name));
  const edges = snapshot.relations.filter(
    (rel) => names.has(rel.from) && names.has(rel.to) && (!relationKinds || relationKinds.includes(rel.kind)),
  );
  return { nodes, edges };
}
