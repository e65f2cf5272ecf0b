import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import { buildInvertedIndex, type InvertedIndex } from './inverted-index.js';
import type { TermScores } from './score-terms.js';
import { NAME_FIELD_BOOST, PROSE_FIELD_BOOST, searchDocument } from './search-document.js';

/** The full-text index of one snapshot, over the resources' prose; document i is `snapshot.resources[i]`. */
export interface SearchIndex extends InvertedIndex {
  /** The same documents' names, aliases and shortNames, scored apart from the prose. */
  names: InvertedIndex;
  /** Each resource's document number. */
  positionOf: ReadonlyMap<Resource, number>;
  /** The documents of each Kubernetes kind (a kind and its variants), for field questions. */
  docsOfKind: ReadonlyMap<string, readonly number[]>;
  /** Every task of every resource as a document of its own (both languages), so a question can be matched against one task whole. */
  tasks: InvertedIndex & { resourceOf: Int32Array };
}

/** One index of a search and what the query's terms scored in it. */
export interface ScoredPart {
  index: InvertedIndex;
  scores: TermScores;
}

// A snapshot never changes, so its index is built once and dies with it.
const indexes = new WeakMap<KnowledgeSnapshot, SearchIndex>();

/** The search index of a snapshot, built on first use and kept as long as the snapshot lives. */
export function searchIndexOf(snapshot: KnowledgeSnapshot): SearchIndex {
  let index = indexes.get(snapshot);
  if (!index) {
    index = buildSearchIndex(snapshot);
    indexes.set(snapshot, index);
  }
  return index;
}

/**
 * Builds a snapshot's index now, so that the first search after a reload does not pay for it
 * (seconds at 50,000 resources). The store calls it before it swaps the snapshot in.
 */
export function warmSearchIndex(snapshot: KnowledgeSnapshot): void {
  searchIndexOf(snapshot);
}

/** Indexes every resource of a snapshot in both languages. */
export function buildSearchIndex(snapshot: KnowledgeSnapshot): SearchIndex {
  const positionOf = new Map(snapshot.resources.map((r, i) => [r, i]));
  const docsOfKind = new Map<string, number[]>();
  snapshot.resources.forEach((r, i) => {
    const kind = r.kubernetes?.kind;
    if (!kind) return;
    const docs = docsOfKind.get(kind);
    if (docs) docs.push(i);
    else docsOfKind.set(kind, [i]);
  });
  const taskDocs: { ja: string; en: string }[] = [];
  const resourceOf: number[] = [];
  snapshot.resources.forEach((r, i) => {
    for (const task of r.tasks) {
      taskDocs.push(task);
      resourceOf.push(i);
    }
  });
  const tasks = { ...buildInvertedIndex(taskDocs, { ja: 1, en: 1 }), resourceOf: Int32Array.from(resourceOf) };
  const documents = snapshot.resources.map(searchDocument);
  const names = buildInvertedIndex(documents, NAME_FIELD_BOOST);
  return { ...buildInvertedIndex(documents, PROSE_FIELD_BOOST), names, positionOf, docsOfKind, tasks };
}
