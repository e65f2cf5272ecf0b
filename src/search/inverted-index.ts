import SearchableMap from 'minisearch/SearchableMap';
import { runToEnd, STEP, type BuildSteps } from './build-steps.js';
import type { IndexSource } from './index-source.js';
import { scanTermRuns } from './scan-term-runs.js';
import type { TermDictionary } from './term-dictionary.js';
import { runTerms } from './tokenize.js';

/**
 * A full-text index whose postings carry their final weight. It scores exactly as MiniSearch
 * (BM25+ per field, k 1.2, b 0.7, d 0.5, times the field boost, summed over fields) but computes
 * each term's weight in each document once, at build time, into flat typed arrays: a query then
 * only adds numbers along a few arrays instead of building an object per matching document and
 * field, which is what made MiniSearch take a second per question at 50,000 resources.
 */
export interface InvertedIndex {
  /** Every indexed term, for exact, prefix and fuzzy lookup; the value is the term's number. */
  readonly terms: TermDictionary;
  /** Postings of term t are `docs[start[t] .. start[t + 1]]`, ascending, with their `weights`. */
  readonly start: Int32Array;
  readonly docs: Int32Array;
  readonly weights: Float64Array;
  readonly documentCount: number;
  /** What the weights were computed from, for updating the index after a write (see update-index.ts). */
  readonly source?: IndexSource;
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
  const build = new IndexBuild(
    fields.length,
    fields.map((f) => boosts[f]),
    documents.length,
  );
  for (let doc = 0; doc < documents.length; doc += DOCS_PER_STEP) {
    yield;
    build.addDocuments(documents, fields, doc, Math.min(documents.length, doc + DOCS_PER_STEP));
  }
  yield;
  build.measureLengths();
  for (let e = 0; e < build.entries; e += STEP) {
    yield;
    build.countTerms(e, Math.min(build.entries, e + STEP));
  }
  yield;
  build.startOrder();
  for (let e = 0; e < build.entries; e += STEP) {
    yield;
    build.orderEntries(e, Math.min(build.entries, e + STEP));
  }
  for (let t = 0; t < build.termCount; ) {
    yield;
    t = build.weighTerms(t, STEP);
  }
  const terms = new SearchableMap<number>();
  const ids = build.termIds.entries();
  for (let t = 0; t < build.termCount; t += STEP) {
    yield;
    addTerms(terms, ids, STEP);
  }
  yield;
  return build.finish(terms);
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
  // One entry per term, field and document that holds it: (document × fields + field, frequency).
  private readonly entryTerm = new GrowableInts();
  private readonly entrySlot = new GrowableInts();
  private readonly entryFreq = new GrowableInts();
  private readonly fieldLength: Int32Array; // distinct terms, as MiniSearch counts length
  private readonly fieldDocs = new GrowableInts(); // per term × fields: documents holding the term in that field
  // Each distinct run's term numbers: a run repeats thousands of times ("Pod", "ノード") and is tokenized once.
  private readonly idsOfRun = new Map<string, number | Int32Array>();
  // Per term: its frequency in the field being read, and 1 + the last document holding it.
  private frequency = new Int32Array(1024);
  private postedIn = new Int32Array(1024);
  // The terms of the field being read, in first-seen order.
  private touchedIds = new Int32Array(1024);
  private touched = 0;
  // Distinct (term, document) pairs: the postings' final length.
  private postings = 0;
  private averageLength: number[] = [];
  private offset = new Int32Array(0);
  private fill = new Int32Array(0);
  private order = new Int32Array(0);
  private start = new Int32Array(0);
  private docs = new Int32Array(0);
  private weighed = 0;
  private weights = new Float64Array(0);

  constructor(
    private readonly fieldCount: number,
    private readonly boosts: number[],
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
        const { touched, frequency, postedIn } = this;
        this.fieldLength[slot] = touched;
        for (let i = 0; i < touched; i++) {
          const id = this.touchedIds[i] ?? 0;
          this.entryTerm.push(id);
          this.entrySlot.push(slot);
          this.entryFreq.push(frequency[id] ?? 0);
          frequency[id] = 0;
          this.fieldDocs.add(id * fieldCount + f, 1);
          if (postedIn[id] !== doc + 1) {
            postedIn[id] = doc + 1;
            this.postings++;
          }
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
        this.postedIn = grown(this.postedIn, size);
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

  measureLengths(): void {
    const { n, fieldCount, fieldLength } = this;
    this.averageLength = this.boosts.map((_, f) => {
      let total = 0;
      for (let doc = 0; doc < n; doc++) total += fieldLength[doc * fieldCount + f] ?? 0;
      return n === 0 ? 0 : total / n;
    });
    this.offset = new Int32Array(this.termCount + 1);
  }

  // Group entries by term (a counting sort keeps document order), then sum each document's fields.
  countTerms(from: number, to: number): void {
    const { offset, entryTerm } = this;
    for (let e = from; e < to; e++) {
      const t = entryTerm.at(e) + 1;
      offset[t] = (offset[t] ?? 0) + 1;
    }
  }

  startOrder(): void {
    const { offset, termCount } = this;
    for (let t = 0; t < termCount; t++) offset[t + 1] = (offset[t + 1] ?? 0) + (offset[t] ?? 0);
    this.order = new Int32Array(this.entries);
    this.fill = offset.slice(0, termCount);
    this.start = new Int32Array(termCount + 1);
    this.docs = new Int32Array(this.postings);
    this.weights = new Float64Array(this.postings);
  }

  orderEntries(from: number, to: number): void {
    const { order, fill, entryTerm } = this;
    for (let e = from; e < to; e++) {
      const t = entryTerm.at(e);
      const at = fill[t] ?? 0;
      order[at] = e;
      fill[t] = at + 1;
    }
  }

  /** Weighs the postings of terms from `first` on, about `budget` entries' worth; returns the next term. */
  weighTerms(first: number, budget: number): number {
    const { n, fieldCount, offset, order, entrySlot, entryFreq, fieldDocs, fieldLength, averageLength, boosts, start, docs, weights } = this;
    const idf = new Float64Array(fieldCount);
    let length = this.weighed;
    const until = length + budget;
    let t = first;
    for (; t < this.termCount && length < until; t++) {
      start[t] = length;
      for (let f = 0; f < fieldCount; f++) {
        const holding = fieldDocs.at(t * fieldCount + f);
        idf[f] = Math.log(1 + (n - holding + 0.5) / (holding + 0.5));
      }
      for (let i = offset[t] ?? 0; i < (offset[t + 1] ?? 0); i++) {
        const e = order[i] ?? 0;
        const slot = entrySlot.at(e);
        const doc = Math.floor(slot / fieldCount);
        const f = slot % fieldCount;
        const freq = entryFreq.at(e);
        const fieldLen = fieldLength[slot] ?? 0;
        const bm25 = (idf[f] ?? 0) * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * fieldLen) / (averageLength[f] || 1))));
        const weight = (boosts[f] ?? 1) * bm25;
        if (length > (start[t] ?? 0) && docs[length - 1] === doc) weights[length - 1] = (weights[length - 1] ?? 0) + weight;
        else {
          docs[length] = doc;
          weights[length] = weight;
          length++;
        }
      }
    }
    this.weighed = length;
    return t;
  }

  finish(terms: SearchableMap<number>): InvertedIndex {
    this.start[this.termCount] = this.weighed;
    const source: IndexSource = {
      boosts: this.boosts,
      termIds: this.termIds,
      baseTerms: terms,
      baseTermCount: this.termCount,
      entryTerm: this.entryTerm.view(),
      entrySlot: this.entrySlot.view(),
      entryFreq: this.entryFreq.view(),
      fieldLength: this.fieldLength,
      fieldDocs: this.fieldDocs.view(),
    };
    return { terms, start: this.start, docs: this.docs, weights: this.weights, documentCount: this.n, source };
  }
}

function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

/** Ascending postings of one term: whether `doc` holds it (for telling which terms a hit matched). */
export function holds(index: InvertedIndex, term: number, doc: number): boolean {
  return postingWeight(index, term, doc) !== null;
}

/** The weight of `term` in `doc`, null when the document does not hold it (for explaining a score). */
export function postingWeight(index: InvertedIndex, term: number, doc: number): number | null {
  let lo = index.start[term] ?? 0;
  let hi = (index.start[term + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = index.docs[mid] ?? 0;
    if (d === doc) return index.weights[mid] ?? 0;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

// Documents tokenized per step: a few milliseconds of work at 50,000 resources' text lengths.
const DOCS_PER_STEP = 16;

// A list of int32 that grows without boxing: tens of millions of entries at 50,000 resources.
class GrowableInts {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Adds to the value at `i`, growing with zeros as needed. */
  add(i: number, value: number): void {
    if (i >= this.data.length) this.grow(i + 1);
    this.data[i] = (this.data[i] ?? 0) + value;
    if (i >= this.length) this.length = i + 1;
  }

  at(i: number): number {
    return this.data[i] ?? 0;
  }

  toInt32Array(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** The values without a copy, for a list that is done growing. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  private grow(min: number): void {
    const next = new Int32Array(Math.max(min, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}
