import SearchableMap from 'minisearch/SearchableMap';
import { runToEnd, STEP, type BuildSteps } from './build-steps.js';
import { searchTerms } from './tokenize.js';

/**
 * A full-text index whose postings carry their final weight. It scores exactly as MiniSearch
 * (BM25+ per field, k 1.2, b 0.7, d 0.5, times the field boost, summed over fields) but computes
 * each term's weight in each document once, at build time, into flat typed arrays: a query then
 * only adds numbers along a few arrays instead of building an object per matching document and
 * field, which is what made MiniSearch take a second per question at 50,000 resources.
 */
export interface InvertedIndex {
  /** Every indexed term, for exact, prefix and fuzzy lookup; the value is the term's number. */
  readonly terms: SearchableMap<number>;
  /** Postings of term t are `docs[start[t] .. start[t + 1]]`, ascending, with their `weights`. */
  readonly start: Int32Array;
  readonly docs: Int32Array;
  readonly weights: Float64Array;
  readonly documentCount: number;
}

// MiniSearch's defaults, so that ranking stays what the search eval was tuned on.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Indexes the fields `boosts` names of documents; a document's number in the index is its position in `documents`. */
export function buildInvertedIndex<F extends string>(documents: readonly Record<NoInfer<F>, string>[], boosts: Record<F, number>): InvertedIndex {
  return runToEnd(invertedIndexSteps(documents, boosts));
}

/**
 * The same build as steps: it yields every few thousand units of work, so that a caller can spread
 * it over the event loop (see runInSlices) and answer requests between two steps.
 */
export function* invertedIndexSteps<F extends string>(documents: readonly Record<NoInfer<F>, string>[], boosts: Record<F, number>): BuildSteps<InvertedIndex> {
  const FIELDS = Object.keys(boosts) as F[];
  const BOOSTS = FIELDS.map((f) => boosts[f]);
  const n = documents.length;
  const fieldCount = FIELDS.length;
  const termIds = new Map<string, number>();
  // One entry per term, field and document that holds it: (document × fields + field, frequency).
  const entryTerm = new GrowableInts();
  const entrySlot = new GrowableInts();
  const entryFreq = new GrowableInts();
  const fieldLength = new Int32Array(n * fieldCount); // distinct terms, as MiniSearch counts length
  const fieldDocs = new GrowableInts(); // per term × fields: documents holding the term in that field
  const counts = new Map<string, number>();
  for (let doc = 0; doc < n; doc++) {
    if (doc % DOCS_PER_STEP === 0) yield;
    const document = documents[doc];
    if (document === undefined) continue;
    for (let f = 0; f < fieldCount; f++) {
      counts.clear();
      for (const term of searchTerms(document[FIELDS[f] as F])) counts.set(term, (counts.get(term) ?? 0) + 1);
      fieldLength[doc * fieldCount + f] = counts.size;
      for (const [term, freq] of counts) {
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = termIds.size));
        entryTerm.push(id);
        entrySlot.push(doc * fieldCount + f);
        entryFreq.push(freq);
        fieldDocs.add(id * fieldCount + f, 1);
      }
    }
  }
  yield;
  const averageLength = FIELDS.map((_, f) => {
    let total = 0;
    for (let doc = 0; doc < n; doc++) total += fieldLength[doc * fieldCount + f] ?? 0;
    return n === 0 ? 0 : total / n;
  });

  // Group entries by term (a counting sort keeps document order), then sum each document's fields.
  const termCount = termIds.size;
  const entries = entryTerm.length;
  const offset = new Int32Array(termCount + 1);
  for (let e = 0; e < entries; e++) {
    if (e % STEP === 0) yield;
    offset[entryTerm.at(e) + 1] = (offset[entryTerm.at(e) + 1] ?? 0) + 1;
  }
  for (let t = 0; t < termCount; t++) offset[t + 1] = (offset[t + 1] ?? 0) + (offset[t] ?? 0);
  yield;
  const order = new Int32Array(entries);
  const fill = offset.slice(0, termCount);
  for (let e = 0; e < entries; e++) {
    if (e % STEP === 0) yield;
    const t = entryTerm.at(e);
    const at = fill[t] ?? 0;
    order[at] = e;
    fill[t] = at + 1;
  }

  const start = new Int32Array(termCount + 1);
  const docs = new GrowableInts();
  const weights = new GrowableFloats();
  let done = 0;
  for (let t = 0; t < termCount; t++) {
    if (docs.length - done >= STEP) {
      done = docs.length;
      yield;
    }
    start[t] = docs.length;
    for (let i = offset[t] ?? 0; i < (offset[t + 1] ?? 0); i++) {
      const e = order[i] ?? 0;
      const slot = entrySlot.at(e);
      const doc = Math.floor(slot / fieldCount);
      const f = slot % fieldCount;
      const idf = Math.log(1 + (n - fieldDocs.at(t * fieldCount + f) + 0.5) / (fieldDocs.at(t * fieldCount + f) + 0.5));
      const freq = entryFreq.at(e);
      const length = fieldLength[slot] ?? 0;
      const bm25 = idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * length) / (averageLength[f] || 1))));
      const weight = (BOOSTS[f] ?? 1) * bm25;
      const last = weights.length - 1;
      if (docs.length > (start[t] ?? 0) && docs.at(last) === doc) weights.add(last, weight);
      else {
        docs.push(doc);
        weights.push(weight);
      }
    }
  }
  start[termCount] = docs.length;

  const terms = new SearchableMap<number>();
  for (const [term, id] of termIds) {
    if (id % STEP === 0) yield;
    terms.set(term, id);
  }
  yield;
  return { terms, start, docs: docs.toInt32Array(), weights: weights.toFloat64Array(), documentCount: n };
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

  private grow(min: number): void {
    const next = new Int32Array(Math.max(min, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}

// The postings' weights, as GrowableInts: a number[] of millions boxes each and copies it again at the end.
class GrowableFloats {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  add(i: number, value: number): void {
    this.data[i] = (this.data[i] ?? 0) + value;
  }

  toFloat64Array(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
