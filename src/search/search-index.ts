import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import { runInSlices, runToEnd, type BuildSteps } from './build-steps.js';
import { invertedIndexSteps, type InvertedIndex } from './inverted-index.js';
import type { TermScores } from './score-terms.js';
import { NAME_FIELD_BOOST, PROSE_FIELD_BOOST, searchDocument, type SearchDocument } from './search-document.js';

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

/** Whether the snapshot's index is built already, so that a search on it will not build it. */
export function hasSearchIndex(snapshot: KnowledgeSnapshot): boolean {
  return indexes.has(snapshot);
}

/**
 * Builds a snapshot's index in slices of a few milliseconds that let the event loop answer requests
 * in between (seconds of work at 50,000 resources), and keeps it for searchIndexOf. The store awaits
 * it before it swaps the snapshot in, so that no search waits on a build.
 */
export async function prepareSearchIndex(snapshot: KnowledgeSnapshot): Promise<void> {
  if (indexes.has(snapshot)) return;
  const index = await runInSlices(searchIndexSteps(snapshot));
  // A search may have built it meanwhile (the store's first load serves before its index exists): keep that one.
  if (!indexes.has(snapshot)) indexes.set(snapshot, index);
}

/** Indexes every resource of a snapshot in both languages. */
export function buildSearchIndex(snapshot: KnowledgeSnapshot): SearchIndex {
  return runToEnd(searchIndexSteps(snapshot));
}

function* searchIndexSteps(snapshot: KnowledgeSnapshot): BuildSteps<SearchIndex> {
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
  yield;
  const tasks = { ...(yield* invertedIndexSteps(taskDocs, { ja: 1, en: 1 })), resourceOf: Int32Array.from(resourceOf) };
  const documents: SearchDocument[] = [];
  for (const r of snapshot.resources) {
    if (documents.length % DOCUMENTS_PER_STEP === 0) yield;
    documents.push(searchDocument(r));
  }
  const names = yield* invertedIndexSteps(documents, NAME_FIELD_BOOST);
  return { ...(yield* invertedIndexSteps(documents, PROSE_FIELD_BOOST)), names, positionOf, docsOfKind, tasks };
}

// searchDocument renders a resource's facts and texts: a few microseconds each.
const DOCUMENTS_PER_STEP = 512;
