import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import { runInSlices, runToEnd, type BuildSteps } from './build-steps.js';
import { invertedIndexSteps, type InvertedIndex } from './inverted-index.js';
import { firstTaskOf, keptNumbers, numbersInPlace, replacedInPlace, taskNumbersInPlace } from './in-place-documents.js';
import { forEachInSteps, MAP_STEP, mapOfSteps } from './map-steps.js';
import type { TermScores } from './score-terms.js';
import { NAME_FIELD_BOOST, PROSE_FIELD_BOOST, searchDocument, type SearchDocument } from './search-document.js';
import { updateIndexSteps } from './update-index.js';

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
const building = new WeakMap<KnowledgeSnapshot, Promise<void>>();

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
export function prepareSearchIndex(snapshot: KnowledgeSnapshot): Promise<void> {
  if (indexes.has(snapshot)) return Promise.resolve();
  // A second caller (a write arriving while the first load's index is built) joins the build under way.
  let build = building.get(snapshot);
  if (!build) {
    build = runInSlices(searchIndexSteps(snapshot))
      .then((index) => {
        // A search may have built it meanwhile (the store's first load serves before its index exists): keep that one.
        if (!indexes.has(snapshot)) indexes.set(snapshot, index);
      })
      .finally(() => building.delete(snapshot));
    building.set(snapshot, build);
  }
  return build;
}

/** Indexes every resource of a snapshot in both languages. */
export function buildSearchIndex(snapshot: KnowledgeSnapshot): SearchIndex {
  return runToEnd(searchIndexSteps(snapshot));
}

/**
 * The index of `next`, a snapshot derived from `previous` by a write (its unchanged resources are
 * the same objects), made from `previous`'s index in slices: only the changed resources are
 * tokenized and the statistics are counted again, so that it ranks as a full build of `next` would.
 * Builds in full when `previous` has no index to start from, when the order of the resources both
 * hold changed, or when writes have numbered many terms since the last full build.
 */
export async function deriveSearchIndex(previous: KnowledgeSnapshot, next: KnowledgeSnapshot): Promise<void> {
  const from = indexes.get(previous);
  if (!from || indexes.has(next)) return prepareSearchIndex(next);
  const index = await runInSlices(derivedIndexSteps(from, previous, next));
  if (!index) return prepareSearchIndex(next);
  if (!indexes.has(next)) indexes.set(next, index);
}

// Whether the resources both snapshots hold are in the same order: an update renumbers postings in place.
function keepsOrder(sourceOf: Int32Array): boolean {
  let last = -1;
  for (const old of sourceOf) {
    if (old < 0) continue;
    if (old < last) return false;
    last = old;
  }
  return true;
}

// Terms numbered by writes since the full build, which stay in the index's arrays (and are copied per write) until the next full build.
function laterTerms(index: SearchIndex): number {
  return index.termIds.later.size + index.names.termIds.later.size + index.tasks.termIds.later.size;
}

const MAX_LATER_TERMS = 20_000;

// The next snapshot's index updated from the previous one's, or null when it must be built afresh.
// Every pass over all resources takes milliseconds at 50,000: reads may come between two. A write
// that replaced resources in place keeps every other document's number (in-place-documents.ts).
function* derivedIndexSteps(from: SearchIndex, previous: KnowledgeSnapshot, next: KnowledgeSnapshot): BuildSteps<SearchIndex | null> {
  const previousResources = previous.resources;
  const replaced = replacedInPlace(previousResources, next.resources);
  let sourceOf: Int32Array;
  if (replaced) sourceOf = keptNumbers(next.resources.length, replaced);
  else {
    const numbers = new Int32Array(next.resources.length);
    yield;
    yield* forEachInSteps(next.resources, MAP_STEP, (r, i) => (numbers[i] = from.positionOf.get(r) ?? -1));
    sourceOf = numbers;
  }
  yield;
  if (!keepsOrder(sourceOf) || laterTerms(from) > MAX_LATER_TERMS) return null;
  // `from` is the index of `previous`: its document i is previous.resources[i].
  const documents = new Map<number, SearchDocument>();
  const documentOf = (resources: readonly Resource[], cache: Map<number, SearchDocument>) => (doc: number) => {
    let document = cache.get(doc);
    if (!document) cache.set(doc, (document = searchDocument(resources[doc] as Resource)));
    return document;
  };
  const update = { sourceOf, documentOf: documentOf(next.resources, documents), previousDocumentOf: documentOf(previousResources, new Map()) };
  // Tasks are documents of their own: task k of a resource kept is the previous index's task k of it.
  const firstTask = firstTaskOf(from.tasks.resourceOf, from.positionOf.size);
  // Task t of the previous index's numbering, read from `resources` (the previous ones, or the next where they stand in place).
  const taskIn = (resources: readonly Resource[]) => (task: number) => {
    const doc = from.tasks.resourceOf[task] ?? 0;
    return resources[doc]?.tasks[task - (firstTask[doc] ?? 0)] ?? { ja: '', en: '' };
  };
  yield;
  const inPlace = replaced && taskNumbersInPlace({ previous: previousResources, next: next.resources, replaced, taskCount: from.tasks.resourceOf.length, firstTask });
  const taskUpdate = inPlace ? { sourceOf: inPlace, resourceOf: from.tasks.resourceOf, documentOf: taskIn(next.resources) } : renumberedTasks(next.resources, sourceOf, firstTask);
  const tasks = { ...(yield* updateIndexSteps(from.tasks, { ...taskUpdate, previousDocumentOf: taskIn(previousResources), fields: ['ja', 'en'] as const })), resourceOf: taskUpdate.resourceOf };
  const names = yield* updateIndexSteps(from.names, { ...update, fields: Object.keys(NAME_FIELD_BOOST) as (keyof typeof NAME_FIELD_BOOST)[] });
  const prose = yield* updateIndexSteps(from, { ...update, fields: Object.keys(PROSE_FIELD_BOOST) as (keyof typeof PROSE_FIELD_BOOST)[] });
  const { positionOf, docsOfKind } = replaced ? numbersInPlace({ from, previous: previousResources, next: next.resources, replaced }) : yield* documentNumbers(next);
  return { ...prose, names, positionOf, docsOfKind, tasks };
}

// The next index's task documents, numbered afresh: the previous number of each (-1 for a changed resource's), its text and its resource.
function renumberedTasks(resources: readonly Resource[], sourceOf: Int32Array, firstTask: Int32Array): { sourceOf: Int32Array; resourceOf: Int32Array; documentOf: (task: number) => { ja: string; en: string } } {
  const taskSourceOf: number[] = [];
  const taskTexts: { ja: string; en: string }[] = [];
  const resourceOf: number[] = [];
  resources.forEach((r, i) => {
    const old = sourceOf[i] ?? -1;
    r.tasks.forEach((task, k) => {
      taskSourceOf.push(old < 0 ? -1 : (firstTask[old] ?? 0) + k);
      taskTexts.push(task);
      resourceOf.push(i);
    });
  });
  return { sourceOf: Int32Array.from(taskSourceOf), resourceOf: Int32Array.from(resourceOf), documentOf: (task: number) => taskTexts[task] ?? { ja: '', en: '' } };
}

// Each resource's document number, and the documents of each kind.
function* documentNumbers(snapshot: KnowledgeSnapshot): BuildSteps<Pick<SearchIndex, 'positionOf' | 'docsOfKind'>> {
  const positionOf = yield* mapOfSteps(
    snapshot.resources,
    (r) => r,
    (_, i) => i,
  );
  const docsOfKind = new Map<string, number[]>();
  // As many kinds as resources at 50,000 CRDs: a list each, tens of milliseconds in one piece.
  yield;
  yield* forEachInSteps(snapshot.resources, MAP_STEP, (r, i) => addKindDoc(docsOfKind, r, i));
  return { positionOf, docsOfKind };
}

// Document `i`, resource `r`, under its kind.
function addKindDoc(docsOfKind: Map<string, number[]>, r: Resource, i: number): void {
  const kind = r.kubernetes?.kind;
  if (!kind) return;
  const docs = docsOfKind.get(kind);
  if (docs) docs.push(i);
  else docsOfKind.set(kind, [i]);
}

function* searchIndexSteps(snapshot: KnowledgeSnapshot): BuildSteps<SearchIndex> {
  const { positionOf, docsOfKind } = yield* documentNumbers(snapshot);
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
