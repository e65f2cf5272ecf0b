import SearchableMap from 'minisearch/SearchableMap';
import { runToEnd, STEP, type BuildSteps } from './build-steps.js';
import { scanTermRuns } from './scan-term-runs.js';
import type { TermDictionary } from './term-dictionary.js';
import { runTerms } from './tokenize.js';

/**
 * A full-text index that scores exactly as MiniSearch (BM25+ per field, k 1.2, b 0.7, d 0.5, times
 * the field boost, summed over fields) over flat typed arrays: a query adds numbers along a few
 * arrays instead of building an object per matching document and field, which is what made
 * MiniSearch take a second per question at 50,000 resources.
 *
 * As in Lucene, weights are computed when a query reads a posting, from statistics (document
 * frequency per term and field, each field's length normalisation per document), not stored; and
 * documents written since the last full build live in a small overlay beside the base's postings,
 * which stay as they are: a write allocates in proportion to the documents, not to the postings, so
 * it neither copies hundreds of megabytes nor makes the garbage collector stop the world for them.
 */
export interface InvertedIndex {
  /** Every indexed term, for exact, prefix and fuzzy lookup; the value is the term's number. */
  readonly terms: TermDictionary;
  /** The field boosts, in the order of the fields' numbers. */
  readonly boosts: readonly number[];
  readonly documentCount: number;
  /** Per document × fields: distinct terms, as MiniSearch counts a field's length. */
  readonly fieldLength: Int32Array;
  /**
   * Per field: the sum of its lengths over every document, for BM25's length normalisation
   * k · (1 − b + b · length / average length), computed as a query reads a posting: a write adds and
   * takes the lengths of the documents it changed instead of redoing a norm per document and field.
   */
  readonly lengthTotals: Float64Array;
  /** The numbers of the terms: the full build's, shared by every index updated from it, then the later ones (see update-index.ts). */
  readonly termIds: TermNumbers;
  /** The postings of the last full build or compaction, in its own document numbers. */
  readonly base: BasePostings;
  /** The documents written since `base`; null when the index is `base` alone, in the same numbers. */
  readonly overlay: Overlay | null;
}

/** Postings of term t are `slots[start[t] .. start[t + 1]]`, ascending: document × fields + field, with the term's frequency there. */
export interface BasePostings {
  readonly terms: TermDictionary;
  /** The full build's terms this base holds no more (its dictionary leaves them out). */
  readonly gone: ReadonlySet<string>;
  readonly documentCount: number;
  readonly start: Int32Array;
  readonly slots: Int32Array;
  readonly freqs: Int32Array;
  /** Per term × fields: documents holding the term in that field. */
  readonly fieldDocs: Int32Array;
  /** Per term: documents holding it in any field. */
  readonly termDocs: Int32Array;
  readonly fieldLength: Int32Array;
}

/** The documents written since the base: which base documents are still current, and the new documents' own postings. */
export interface Overlay {
  /** Per base document: its number now, or -1 once removed or rewritten. Ascending where kept. */
  readonly currentOfBase: Int32Array;
  /** Per document: its number in the base, or -1 for a document of the overlay. */
  readonly baseOfCurrent: Int32Array;
  /** The overlay's documents, ascending. */
  readonly documents: readonly OverlayDocument[];
  /** Per term: the overlay's postings, ascending slots in the current numbers. */
  readonly byTerm: ReadonlyMap<number, { readonly slots: Int32Array; readonly freqs: Int32Array }>;
  /** Terms of the base's dictionary no current document holds (the index's dictionary leaves them out). */
  readonly gone: ReadonlySet<string>;
}

/** One document of an overlay: its postings in field order, and its fields' lengths. */
export interface OverlayDocument {
  readonly doc: number;
  readonly term: readonly number[];
  readonly name: readonly string[];
  readonly field: readonly number[];
  readonly freq: readonly number[];
  readonly lengths: readonly number[];
}

/** Term numbers: a full build's, never changed (too large to copy per write), then the terms later writes brought. */
export interface TermNumbers {
  readonly base: ReadonlyMap<string, number>;
  /** The full build's terms by number. */
  readonly baseNames: readonly string[];
  /** The full build's dictionary, which the dictionary of a compacted base layers its changes over. */
  readonly baseTerms: TermDictionary;
  readonly later: ReadonlyMap<string, number>;
}

// MiniSearch's defaults, so that ranking stays what the search eval was tuned on.
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Indexes the fields `boosts` names of documents; a document's number in the index is its position in `documents`. */
export function buildInvertedIndex<F extends string>(documents: readonly Record<NoInfer<F>, string>[], boosts: Record<F, number>): InvertedIndex {
  return runToEnd(invertedIndexSteps(documents, boosts));
}

/**
 * The same build as steps: it yields every few thousand units of work, so that a caller can spread
 * it over the event loop (see runInSlices) and answer requests between two steps. The work itself is
 * in plain functions called once per step: V8 optimizes those, not a loop that runs inside a generator.
 */
export function* invertedIndexSteps<F extends string>(documents: readonly Record<NoInfer<F>, string>[], boosts: Record<F, number>): BuildSteps<InvertedIndex> {
  const fields = Object.keys(boosts) as F[];
  const build = new IndexBuild(fields.length, documents.length);
  for (let doc = 0; doc < documents.length; doc += DOCS_PER_STEP) {
    yield;
    build.addDocuments(documents, fields, doc, Math.min(documents.length, doc + DOCS_PER_STEP));
  }
  yield;
  build.startCount();
  for (let e = 0; e < build.entries; e += STEP) {
    yield;
    build.countTerms(e, Math.min(build.entries, e + STEP));
  }
  yield;
  const postings = build.startOrder();
  for (let e = 0; e < build.entries; e += STEP) {
    yield;
    build.orderEntries(postings, e, Math.min(build.entries, e + STEP));
  }
  const terms = new SearchableMap<number>();
  const ids = build.termIds.entries();
  for (let t = 0; t < build.termCount; t += TERMS_PER_STEP) {
    yield;
    addTerms(terms, ids, TERMS_PER_STEP);
  }
  yield;
  const termIds = { base: build.termIds, baseNames: [...build.termIds.keys()], baseTerms: terms, later: new Map() };
  return baseIndex(postings.finish(terms, new Set(), build.fieldLength), fields.map((f) => boosts[f]), termIds);
}

function addTerms(terms: SearchableMap<number>, ids: Iterator<[string, number]>, count: number): void {
  for (let i = 0; i < count; i++) {
    const next = ids.next();
    if (next.done) return;
    terms.set(next.value[0], next.value[1]);
  }
}

// The state of one index build, between its steps.
class IndexBuild {
  readonly termIds = new Map<string, number>();
  // One entry per term, field and document that holds it, in document and field order.
  private readonly entryTerm = new GrowableInts();
  private readonly entrySlot = new GrowableInts();
  private readonly entryFreq = new GrowableInts();
  readonly fieldLength: Int32Array;
  // Each distinct run's term numbers: a run repeats thousands of times ("Pod", "ノード") and is tokenized once.
  private readonly idsOfRun = new Map<string, number | Int32Array>();
  // Per term: its frequency in the field being read.
  private frequency = new Int32Array(1024);
  // The terms of the field being read, in first-seen order.
  private touchedIds = new Int32Array(1024);
  private touched = 0;
  private offset = new Int32Array(0);

  constructor(
    private readonly fieldCount: number,
    private readonly n: number,
  ) {
    this.fieldLength = new Int32Array(n * fieldCount);
  }

  get entries(): number {
    return this.entryTerm.length;
  }

  get termCount(): number {
    return this.termIds.size;
  }

  addDocuments<F extends string>(documents: readonly Record<F, string>[], fields: readonly F[], from: number, to: number): void {
    const { fieldCount } = this;
    for (let doc = from; doc < to; doc++) {
      const document = documents[doc];
      if (document === undefined) continue;
      for (let f = 0; f < fieldCount; f++) {
        const slot = doc * fieldCount + f;
        const text = document[fields[f] as F];
        this.touched = 0;
        scanTermRuns(text, (start, end, latin) => this.count(this.runIds(text.slice(start, end), latin)));
        const { touched, frequency } = this;
        this.fieldLength[slot] = touched;
        for (let i = 0; i < touched; i++) {
          const id = this.touchedIds[i] ?? 0;
          this.entryTerm.push(id);
          this.entrySlot.push(slot);
          this.entryFreq.push(frequency[id] ?? 0);
          frequency[id] = 0;
        }
      }
    }
  }

  // The term numbers of a run, numbered on first sight in text order (as a Map of the field's terms would).
  private runIds(run: string, latin: boolean): number | Int32Array {
    const known = this.idsOfRun.get(run);
    if (known !== undefined) return known;
    const terms = runTerms(run, latin);
    const ids = Int32Array.from(terms, (term) => this.termId(term));
    const value = ids.length === 1 ? (ids[0] ?? 0) : ids;
    this.idsOfRun.set(run, value);
    return value;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      this.termIds.set(term, (id = this.termIds.size));
      if (id >= this.frequency.length) {
        const size = this.frequency.length * 2;
        this.frequency = grown(this.frequency, size);
        this.touchedIds = grown(this.touchedIds, size);
      }
    }
    return id;
  }

  private count(ids: number | Int32Array): void {
    if (typeof ids === 'number') this.countOne(ids);
    else for (const id of ids) this.countOne(id);
  }

  private countOne(id: number): void {
    const { frequency } = this;
    if (frequency[id] === 0) this.touchedIds[this.touched++] = id;
    frequency[id] = (frequency[id] ?? 0) + 1;
  }

  startCount(): void {
    this.offset = new Int32Array(this.termCount + 1);
  }

  // Group entries by term with a counting sort, which keeps document and field order within a term.
  countTerms(from: number, to: number): void {
    const { offset, entryTerm } = this;
    for (let e = from; e < to; e++) {
      const t = entryTerm.at(e) + 1;
      offset[t] = (offset[t] ?? 0) + 1;
    }
  }

  startOrder(): PostingWriter {
    const { offset, termCount } = this;
    for (let t = 0; t < termCount; t++) offset[t + 1] = (offset[t + 1] ?? 0) + (offset[t] ?? 0);
    return new PostingWriter(offset, this.fieldCount, this.n);
  }

  orderEntries(postings: PostingWriter, from: number, to: number): void {
    const { entryTerm, entrySlot, entryFreq } = this;
    for (let e = from; e < to; e++) postings.place(entryTerm.at(e), entrySlot.at(e), entryFreq.at(e));
  }
}

/**
 * Fills the postings of an index whose length per term is known (`start`), in any order of terms
 * but, within a term, in ascending slots; counts each term's documents as it goes, and finishes the
 * index with the length normalisation of every document's fields. A full build and an update share it.
 */
export class PostingWriter {
  private readonly fill: Int32Array;
  readonly slots: Int32Array;
  readonly freqs: Int32Array;
  private readonly fieldDocs: Int32Array;
  private readonly termDocs: Int32Array;
  private readonly lastDoc: Int32Array;

  constructor(
    readonly start: Int32Array,
    private readonly fieldCount: number,
    private readonly documentCount: number,
  ) {
    const termCount = start.length - 1;
    const entries = start[termCount] ?? 0;
    this.fill = start.slice(0, termCount);
    this.slots = new Int32Array(entries);
    this.freqs = new Int32Array(entries);
    this.fieldDocs = new Int32Array(termCount * fieldCount);
    this.termDocs = new Int32Array(termCount);
    this.lastDoc = new Int32Array(termCount).fill(-1);
  }

  place(term: number, slot: number, freq: number): void {
    const at = this.fill[term] ?? 0;
    this.slots[at] = slot;
    this.freqs[at] = freq;
    this.fill[term] = at + 1;
    const f = slot % this.fieldCount;
    const doc = (slot - f) / this.fieldCount;
    this.fieldDocs[term * this.fieldCount + f] = (this.fieldDocs[term * this.fieldCount + f] ?? 0) + 1;
    if (this.lastDoc[term] !== doc) {
      this.lastDoc[term] = doc;
      this.termDocs[term] = (this.termDocs[term] ?? 0) + 1;
    }
  }

  /** The base postings, in this writer's document numbers; `terms` is their dictionary. */
  finish(terms: TermDictionary, gone: ReadonlySet<string>, fieldLength: Int32Array): BasePostings {
    const { start, slots, freqs, fieldDocs, termDocs, documentCount } = this;
    return { terms, gone, documentCount, start, slots, freqs, fieldDocs, termDocs, fieldLength };
  }
}

/** Each field's lengths summed over every document (integers: the sum is exact in any order). */
export function lengthTotals(fieldLength: Int32Array, fieldCount: number): Float64Array {
  const totals = new Float64Array(fieldCount);
  for (let slot = 0; slot < fieldLength.length; slot++) totals[slot % fieldCount] = (totals[slot % fieldCount] ?? 0) + (fieldLength[slot] ?? 0);
  return totals;
}

/** Each field's average length, from its total over `documentCount` documents. */
function averageLengths(index: Pick<InvertedIndex, 'lengthTotals' | 'documentCount'>): Float64Array {
  const { lengthTotals: totals, documentCount } = index;
  return totals.map((total) => (documentCount === 0 ? 0 : total / documentCount));
}

/** An index that is its base alone. */
export function baseIndex(base: BasePostings, boosts: readonly number[], termIds: TermNumbers): InvertedIndex {
  return { terms: base.terms, boosts, documentCount: base.documentCount, fieldLength: base.fieldLength, lengthTotals: lengthTotals(base.fieldLength, boosts.length), termIds, base, overlay: null };
}

function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

// The postings of one term in the current numbers, ascending: read in place without an overlay, merged into scratch arrays with one.
interface TermEntries {
  slots: Int32Array;
  freqs: Int32Array;
  from: number;
  to: number;
}

let scratchSlots = new Int32Array(1024);
let scratchFreqs = new Int32Array(1024);

function entriesOf(index: InvertedIndex, term: number): TermEntries {
  const { base, overlay } = index;
  const from = term < base.start.length - 1 ? (base.start[term] ?? 0) : 0;
  const to = term < base.start.length - 1 ? (base.start[term + 1] ?? 0) : 0;
  if (!overlay) return { slots: base.slots, freqs: base.freqs, from, to };
  const added = overlay.byTerm.get(term);
  const size = to - from + (added?.slots.length ?? 0);
  if (size > scratchSlots.length) {
    scratchSlots = new Int32Array(Math.max(size, scratchSlots.length * 2));
    scratchFreqs = new Int32Array(scratchSlots.length);
  }
  const fieldCount = index.boosts.length;
  const { currentOfBase } = overlay;
  let count = 0;
  let a = 0;
  for (let i = from; i < to; i++) {
    const slot = base.slots[i] ?? 0;
    const f = slot % fieldCount;
    const doc = currentOfBase[(slot - f) / fieldCount] ?? -1;
    if (doc < 0) continue;
    const moved = doc * fieldCount + f;
    if (added)
      for (; a < added.slots.length && (added.slots[a] ?? 0) < moved; a++) {
        scratchSlots[count] = added.slots[a] ?? 0;
        scratchFreqs[count++] = added.freqs[a] ?? 0;
      }
    scratchSlots[count] = moved;
    scratchFreqs[count++] = base.freqs[i] ?? 0;
  }
  if (added)
    for (; a < added.slots.length; a++) {
      scratchSlots[count] = added.slots[a] ?? 0;
      scratchFreqs[count++] = added.freqs[a] ?? 0;
    }
  return { slots: scratchSlots, freqs: scratchFreqs, from: 0, to: count };
}

/** A term's IDF in each field, `Math.log(1 + (n − df + ½) / (df + ½))`, from its entries (without an overlay, from the base's counts). */
function fieldIdf(index: InvertedIndex, term: number, entries: TermEntries): Float64Array {
  const fieldCount = index.boosts.length;
  const n = index.documentCount;
  const holding = new Int32Array(fieldCount);
  if (index.overlay) for (let i = entries.from; i < entries.to; i++) {
    const f = (entries.slots[i] ?? 0) % fieldCount;
    holding[f] = (holding[f] ?? 0) + 1;
  }
  else holding.set(index.base.fieldDocs.subarray(term * fieldCount, (term + 1) * fieldCount));
  const idf = new Float64Array(fieldCount);
  for (let f = 0; f < fieldCount; f++) idf[f] = Math.log(1 + (n - (holding[f] ?? 0) + 0.5) / ((holding[f] ?? 0) + 0.5));
  return idf;
}

/**
 * The documents holding `term` and its weight in each (its fields' BM25+ weights times their
 * boosts, summed in field order), ascending, into `docs` and `weights` from 0; returns how many.
 */
export function termPostings(index: InvertedIndex, term: number, docs: Int32Array, weights: Float64Array): number {
  const entries = entriesOf(index, term);
  return weighEntries(index, fieldIdf(index, term, entries), entries, entries.from, entries.to, docs, weights);
}

function weighEntries(index: InvertedIndex, idf: Float64Array, entries: TermEntries, from: number, to: number, docs: Int32Array, weights: Float64Array): number {
  const { boosts, fieldLength } = index;
  const { slots, freqs } = entries;
  const fieldCount = boosts.length;
  const average = averageLengths(index);
  let count = 0;
  let lastDoc = -1;
  for (let i = from; i < to; i++) {
    const slot = slots[i] ?? 0;
    const f = slot % fieldCount;
    const doc = (slot - f) / fieldCount;
    const freq = freqs[i] ?? 0;
    const norm = BM25.k * (1 - BM25.b + (BM25.b * (fieldLength[slot] ?? 0)) / ((average[f] ?? 0) || 1));
    const weight = (boosts[f] ?? 1) * ((idf[f] ?? 0) * (BM25.d + (freq * (BM25.k + 1)) / (freq + norm)));
    if (doc === lastDoc) weights[count - 1] = (weights[count - 1] ?? 0) + weight;
    else {
      docs[count] = doc;
      weights[count] = weight;
      count++;
      lastDoc = doc;
    }
  }
  return count;
}

/** Whether `doc` holds `term` (for telling which terms a hit matched). */
export function holds(index: InvertedIndex, term: number, doc: number): boolean {
  return postingWeight(index, term, doc) !== null;
}

/** The weight of `term` in `doc`, null when the document does not hold it (for explaining a score). */
export function postingWeight(index: InvertedIndex, term: number, doc: number): number | null {
  const fieldCount = index.boosts.length;
  const entries = entriesOf(index, term);
  // The first entry at or after the document's first slot.
  let lo = entries.from;
  let hi = entries.to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries.slots[mid] ?? 0) < doc * fieldCount) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < entries.to && (entries.slots[to] ?? 0) < (doc + 1) * fieldCount) to++;
  if (to === lo) return null;
  const weights = new Float64Array(1);
  weighEntries(index, fieldIdf(index, term, entries), entries, lo, to, new Int32Array(1), weights);
  return weights[0] ?? 0;
}

/** How many documents hold a term, 0 for a term the index does not know. */
export function documentFrequency(index: InvertedIndex, term: string): number {
  const id = index.terms.get(term);
  if (id === undefined) return 0;
  if (!index.overlay) return index.base.termDocs[id] ?? 0;
  const fieldCount = index.boosts.length;
  const { slots, from, to } = entriesOf(index, id);
  let documents = 0;
  let lastDoc = -1;
  for (let i = from; i < to; i++) {
    const doc = Math.floor((slots[i] ?? 0) / fieldCount);
    if (doc !== lastDoc) documents++;
    lastDoc = doc;
  }
  return documents;
}

// Terms put in the dictionary's tree per step: each insertion walks and splits its radix tree (about a microsecond).
const TERMS_PER_STEP = 4096;

// Documents tokenized per step: a few milliseconds of work at 50,000 resources' text lengths.
const DOCS_PER_STEP = 16;

// A list of int32 that grows without boxing: tens of millions of entries at 50,000 resources. It grows
// by blocks, never by copying: doubling one array of 100 MB held reads for 50 ms and more at once.
class GrowableInts {
  private readonly blocks: Int32Array[] = [];
  length = 0;

  push(value: number): void {
    const offset = this.length & BLOCK_MASK;
    if (offset === 0) this.blocks.push(new Int32Array(BLOCK_SIZE));
    (this.blocks[this.blocks.length - 1] as Int32Array)[offset] = value;
    this.length++;
  }

  at(i: number): number {
    return this.blocks[i >>> BLOCK_BITS]?.[i & BLOCK_MASK] ?? 0;
  }
}

const BLOCK_BITS = 16;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1;
