import { STEP, type BuildSteps } from './build-steps.js';
import type { IndexSource } from './index-source.js';
import { BM25, type InvertedIndex } from './inverted-index.js';
import { LayeredTerms } from './term-dictionary.js';
import { searchTerms } from './tokenize.js';

/** How the next index's documents relate to the previous index's. */
export interface IndexUpdate<F extends string> {
  /** Per document of the next index: its number in the previous index, or -1 for a new or changed one. */
  sourceOf: Int32Array;
  /** The fields of every document marked -1, by its number in the next index. */
  added: ReadonlyMap<number, Readonly<Record<F, string>>>;
  /** The indexed fields, in the order of the boosts the index was built with. */
  fields: readonly F[];
}

/**
 * The previous index with some documents removed, changed or added, as steps (see runInSlices).
 * Only the new documents are tokenized; every other entry is copied. Every weight is then computed
 * again from the exact statistics (document count, each field's average length, each term's document
 * frequency), in the order a full build adds them, so that each posting weighs what a full build of
 * the same documents gives it.
 */
export function* updateIndexSteps<F extends string>(previous: InvertedIndex, update: IndexUpdate<F>): BuildSteps<InvertedIndex> {
  const source = previous.source;
  if (!source) throw new Error('the index keeps no source to update from');
  const fieldCount = source.boosts.length;
  yield;
  const oldStart = source.docEntryStart ?? docEntryStarts(source, previous.documentCount);
  source.docEntryStart = oldStart;
  yield;
  const fresh = tokenizeAdded(source, update);
  yield;
  const next = new NextEntries(source, fresh, update.sourceOf, oldStart, previous.documentCount);
  for (let doc = 0; doc < update.sourceOf.length; ) {
    yield;
    doc = next.copyDocuments(doc, STEP);
  }
  yield;
  next.countDocuments();
  const weighing = new Weighing(next, fieldCount, source.boosts);
  for (let e = 0; e < next.entries; e += STEP) {
    yield;
    weighing.count(e, Math.min(next.entries, e + STEP));
  }
  yield;
  weighing.startOrder();
  for (let e = 0; e < next.entries; e += STEP) {
    yield;
    weighing.order(e, Math.min(next.entries, e + STEP));
  }
  for (let t = 0; t < next.termCount; ) {
    yield;
    t = weighing.weigh(t, STEP);
  }
  yield;
  return weighing.finish(source, fresh.termIds);
}

// Each document's first entry, from the entries' document order.
function docEntryStarts(source: IndexSource, documents: number): Int32Array {
  const fieldCount = source.boosts.length;
  const start = new Int32Array(documents + 1);
  const slots = source.entrySlot;
  for (let e = 0; e < slots.length; e++) {
    const doc = Math.floor((slots[e] ?? 0) / fieldCount);
    start[doc + 1] = (start[doc + 1] ?? 0) + 1;
  }
  for (let d = 0; d < documents; d++) start[d + 1] = (start[d + 1] ?? 0) + (start[d] ?? 0);
  return start;
}

interface FreshEntries {
  termIds: ReadonlyMap<string, number>;
  /** Per new document: its entries (term, field, frequency) and field lengths. */
  byDoc: Map<number, { term: number[]; field: number[]; freq: number[]; lengths: number[] }>;
}

// The new documents' entries, as IndexBuild.addDocuments makes them; a term not seen before is numbered after the others.
function tokenizeAdded<F extends string>(source: IndexSource, update: IndexUpdate<F>): FreshEntries {
  let termIds = source.termIds;
  let copied: Map<string, number> | undefined;
  const byDoc: FreshEntries['byDoc'] = new Map();
  const counts = new Map<string, number>();
  for (const [doc, document] of update.added) {
    const entries = { term: [] as number[], field: [] as number[], freq: [] as number[], lengths: [] as number[] };
    update.fields.forEach((name, f) => {
      counts.clear();
      for (const term of searchTerms(document[name])) counts.set(term, (counts.get(term) ?? 0) + 1);
      entries.lengths.push(counts.size);
      for (const [term, freq] of counts) {
        let id = termIds.get(term);
        if (id === undefined) {
          copied ??= new Map(source.termIds);
          termIds = copied;
          copied.set(term, (id = copied.size));
        }
        entries.term.push(id);
        entries.field.push(f);
        entries.freq.push(freq);
      }
    });
    byDoc.set(doc, entries);
  }
  return { termIds, byDoc };
}

// The next index's entries: the kept documents' copied, renumbered, the new ones' added, in document order.
class NextEntries {
  readonly entryTerm: Int32Array;
  readonly entrySlot: Int32Array;
  readonly entryFreq: Int32Array;
  readonly fieldLength: Int32Array;
  readonly fieldDocs: Int32Array;
  readonly docEntryStart: Int32Array;
  readonly termCount: number;
  private at = 0;

  constructor(
    private readonly source: IndexSource,
    private readonly fresh: FreshEntries,
    private readonly sourceOf: Int32Array,
    private readonly oldStart: Int32Array,
    private readonly oldDocuments: number,
  ) {
    const fieldCount = source.boosts.length;
    let total = 0;
    const kept = new Uint8Array(oldDocuments);
    for (let d = 0; d < sourceOf.length; d++) {
      const old = sourceOf[d] ?? -1;
      if (old >= 0) {
        kept[old] = 1;
        total += (oldStart[old + 1] ?? 0) - (oldStart[old] ?? 0);
      } else total += fresh.byDoc.get(d)?.term.length ?? 0;
    }
    this.termCount = fresh.termIds.size;
    this.entryTerm = new Int32Array(total);
    this.entrySlot = new Int32Array(total);
    this.entryFreq = new Int32Array(total);
    this.fieldLength = new Int32Array(sourceOf.length * fieldCount);
    this.docEntryStart = new Int32Array(sourceOf.length + 1);
    this.fieldDocs = new Int32Array(this.termCount * fieldCount);
    this.fieldDocs.set(source.fieldDocs.subarray(0, Math.min(source.fieldDocs.length, this.fieldDocs.length)));
    // Document frequencies: less the documents that went, plus the new ones.
    for (let old = 0; old < oldDocuments; old++) {
      if (kept[old]) continue;
      for (let e = oldStart[old] ?? 0; e < (oldStart[old + 1] ?? 0); e++) {
        const slot = (source.entryTerm[e] ?? 0) * fieldCount + ((source.entrySlot[e] ?? 0) % fieldCount);
        this.fieldDocs[slot] = (this.fieldDocs[slot] ?? 0) - 1;
      }
    }
    for (const entries of fresh.byDoc.values())
      entries.term.forEach((t, i) => {
        const slot = t * fieldCount + (entries.field[i] ?? 0);
        this.fieldDocs[slot] = (this.fieldDocs[slot] ?? 0) + 1;
      });
  }

  get entries(): number {
    return this.entryTerm.length;
  }

  /** Fills about `budget` entries' worth of documents from `first` on; returns the next document. */
  copyDocuments(first: number, budget: number): number {
    const { source, sourceOf, oldStart } = this;
    const fieldCount = source.boosts.length;
    const until = this.at + budget;
    let d = first;
    for (; d < sourceOf.length && this.at < until; d++) {
      this.docEntryStart[d] = this.at;
      const old = sourceOf[d] ?? -1;
      if (old >= 0) {
        const from = oldStart[old] ?? 0;
        const to = oldStart[old + 1] ?? 0;
        this.entryTerm.set(source.entryTerm.subarray(from, to), this.at);
        this.entryFreq.set(source.entryFreq.subarray(from, to), this.at);
        const shift = (d - old) * fieldCount;
        for (let e = from; e < to; e++) this.entrySlot[this.at + e - from] = (source.entrySlot[e] ?? 0) + shift;
        this.at += to - from;
        this.fieldLength.set(source.fieldLength.subarray(old * fieldCount, (old + 1) * fieldCount), d * fieldCount);
      } else {
        const entries = this.fresh.byDoc.get(d);
        if (!entries) throw new Error(`document ${d} is neither kept nor added`);
        entries.term.forEach((t, i) => {
          this.entryTerm[this.at] = t;
          this.entrySlot[this.at] = d * fieldCount + (entries.field[i] ?? 0);
          this.entryFreq[this.at] = entries.freq[i] ?? 0;
          this.at++;
        });
        this.fieldLength.set(entries.lengths, d * fieldCount);
      }
    }
    return d;
  }

  countDocuments(): void {
    this.docEntryStart[this.sourceOf.length] = this.at;
  }
}

// The weights, as IndexBuild computes them: entries grouped by term in entry order, each document's fields summed in field order.
class Weighing {
  private readonly n: number;
  private readonly averageLength: number[];
  private readonly offset: Int32Array;
  private fill = new Int32Array(0);
  private sorted = new Int32Array(0);
  private readonly start: Int32Array;
  private readonly docs: Int32Array;
  private readonly weights: Float64Array;
  private postings = 0;

  constructor(
    private readonly next: NextEntries,
    private readonly fieldCount: number,
    private readonly boosts: readonly number[],
  ) {
    this.n = next.docEntryStart.length - 1;
    this.averageLength = boosts.map((_, f) => {
      let total = 0;
      for (let doc = 0; doc < this.n; doc++) total += next.fieldLength[doc * fieldCount + f] ?? 0;
      return this.n === 0 ? 0 : total / this.n;
    });
    this.offset = new Int32Array(next.termCount + 1);
    this.start = new Int32Array(next.termCount + 1);
    this.docs = new Int32Array(next.entries);
    this.weights = new Float64Array(next.entries);
  }

  count(from: number, to: number): void {
    const { offset } = this;
    const terms = this.next.entryTerm;
    for (let e = from; e < to; e++) {
      const t = (terms[e] ?? 0) + 1;
      offset[t] = (offset[t] ?? 0) + 1;
    }
  }

  startOrder(): void {
    const { offset } = this;
    const termCount = this.next.termCount;
    for (let t = 0; t < termCount; t++) offset[t + 1] = (offset[t + 1] ?? 0) + (offset[t] ?? 0);
    this.sorted = new Int32Array(this.next.entries);
    this.fill = offset.slice(0, termCount);
  }

  order(from: number, to: number): void {
    const { sorted, fill } = this;
    const terms = this.next.entryTerm;
    for (let e = from; e < to; e++) {
      const t = terms[e] ?? 0;
      const at = fill[t] ?? 0;
      sorted[at] = e;
      fill[t] = at + 1;
    }
  }

  /** Weighs the postings of terms from `first` on, about `budget` entries' worth; returns the next term. */
  weigh(first: number, budget: number): number {
    const { n, fieldCount, offset, sorted, averageLength, boosts, start, docs, weights } = this;
    const { entrySlot, entryFreq, fieldDocs, fieldLength, termCount } = this.next;
    const until = this.postings + budget;
    let t = first;
    for (; t < termCount && this.postings < until; t++) {
      start[t] = this.postings;
      for (let i = offset[t] ?? 0; i < (offset[t + 1] ?? 0); i++) {
        const e = sorted[i] ?? 0;
        const slot = entrySlot[e] ?? 0;
        const doc = Math.floor(slot / fieldCount);
        const f = slot % fieldCount;
        const df = fieldDocs[t * fieldCount + f] ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const freq = entryFreq[e] ?? 0;
        const length = fieldLength[slot] ?? 0;
        const bm25 = idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * length) / (averageLength[f] || 1))));
        const weight = (boosts[f] ?? 1) * bm25;
        if (this.postings > (start[t] ?? 0) && docs[this.postings - 1] === doc) weights[this.postings - 1] = (weights[this.postings - 1] ?? 0) + weight;
        else {
          docs[this.postings] = doc;
          weights[this.postings] = weight;
          this.postings++;
        }
      }
    }
    return t;
  }

  finish(previous: IndexSource, termIds: ReadonlyMap<string, number>): InvertedIndex {
    const { next, fieldCount } = this;
    this.start[next.termCount] = this.postings;
    // The dictionary a full build would make: the terms some document holds.
    const gone = new Set<string>();
    const added: [string, number][] = [];
    let id = 0;
    for (const term of termIds.keys()) {
      let held = false;
      for (let f = 0; f < fieldCount && !held; f++) held = (next.fieldDocs[id * fieldCount + f] ?? 0) > 0;
      if (id < previous.baseTermCount) {
        if (!held) gone.add(term);
      } else if (held) added.push([term, id]);
      id++;
    }
    const source: IndexSource = {
      boosts: previous.boosts,
      termIds,
      baseTerms: previous.baseTerms,
      baseTermCount: previous.baseTermCount,
      entryTerm: next.entryTerm,
      entrySlot: next.entrySlot,
      entryFreq: next.entryFreq,
      fieldLength: next.fieldLength,
      fieldDocs: next.fieldDocs,
      docEntryStart: next.docEntryStart,
    };
    return {
      terms: new LayeredTerms(previous.baseTerms, added, gone),
      start: this.start,
      docs: this.docs.subarray(0, this.postings),
      weights: this.weights.subarray(0, this.postings),
      documentCount: this.n,
      source,
    };
  }
}
