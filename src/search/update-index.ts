import { STEP, type BuildSteps } from './build-steps.js';
import { baseIndex, PostingWriter, type BasePostings, type InvertedIndex, type Overlay, type OverlayDocument, type TermNumbers } from './inverted-index.js';
import { LayeredTerms, type TermDictionary } from './term-dictionary.js';
import { searchTerms } from './tokenize.js';

/** How the next index's documents relate to the previous index's. */
export interface IndexUpdate<F extends string> {
  /** Per document of the next index: its number in the previous index, or -1 for a new or changed one; kept documents keep their order. */
  sourceOf: Int32Array;
  /** The fields of a document of the next index: the new ones, and every overlay document when the overlay is folded into a new base. */
  documentOf: (doc: number) => Readonly<Record<F, string>>;
  /** The fields of a document of the previous index that went, whose terms may have gone with it. */
  previousDocumentOf: (doc: number) => Readonly<Record<F, string>>;
  /** The indexed fields, in the order of the boosts the index was built with. */
  fields: readonly F[];
}

// Documents an overlay holds before they are folded into a new base: each write re-derives the overlay's postings from its documents.
const MAX_OVERLAY_DOCUMENTS = 256;

/**
 * The previous index with some documents removed, changed or added, as steps (see runInSlices).
 * Only the new documents are tokenized, into the overlay; the base's postings are shared as they
 * are. Weights are computed at query time from statistics counted over base and overlay, so the
 * result ranks exactly as a full build of the same documents. Once the overlay holds more than
 * a few hundred documents, it is folded into a new base (one pass over the postings, in slices).
 */
export function* updateIndexSteps<F extends string>(previous: InvertedIndex, update: IndexUpdate<F>): BuildSteps<InvertedIndex> {
  const { sourceOf } = update;
  const n = sourceOf.length;
  const before = previous.overlay;
  const baseOfCurrent = new Int32Array(n);
  let overlaid = 0;
  for (let d = 0; d < n; d++) {
    const old = sourceOf[d] ?? -1;
    const base = old < 0 ? -1 : before ? (before.baseOfCurrent[old] ?? -1) : old;
    baseOfCurrent[d] = base;
    if (base < 0) overlaid++;
  }
  yield;
  if (overlaid > MAX_OVERLAY_DOCUMENTS) return yield* foldSteps(previous, baseOfCurrent, update);
  return yield* overlaidIndexSteps(previous, baseOfCurrent, update);
}

// The next index: the previous base, and an overlay of the documents it does not hold. Each pass
// over every document takes milliseconds at 50,000 resources: a read may come between two.
function* overlaidIndexSteps<F extends string>(previous: InvertedIndex, baseOfCurrent: Int32Array, update: IndexUpdate<F>): BuildSteps<InvertedIndex> {
  const { base, boosts } = previous;
  const fieldCount = boosts.length;
  const { sourceOf } = update;
  const n = sourceOf.length;
  const currentOfBase = new Int32Array(base.documentCount).fill(-1);
  baseOfCurrent.forEach((b, d) => {
    if (b >= 0) currentOfBase[b] = d;
  });
  const nextOfPrevious = new Int32Array(previous.documentCount).fill(-1);
  sourceOf.forEach((old, d) => {
    if (old >= 0) nextOfPrevious[old] = d;
  });
  yield;
  const before = previous.overlay;
  const later = new Map(previous.termIds.later);
  const documents: OverlayDocument[] = [];
  // Terms that may no longer be held: those of the documents that went.
  const candidates = new Set(before?.gone);
  for (const document of before?.documents ?? []) {
    const doc = nextOfPrevious[document.doc] ?? -1;
    if (doc >= 0) documents.push({ ...document, doc });
    else document.name.forEach((term) => candidates.add(term));
  }
  // Each field's total length: the previous one's, less the documents that went, plus the new ones (exact: integers).
  const lengthTotals = Float64Array.from(previous.lengthTotals);
  for (let old = 0; old < previous.documentCount; old++) {
    if ((nextOfPrevious[old] ?? -1) >= 0) continue;
    for (let f = 0; f < fieldCount; f++) lengthTotals[f] = (lengthTotals[f] ?? 0) - (previous.fieldLength[old * fieldCount + f] ?? 0);
    const wasBase = before ? (before.baseOfCurrent[old] ?? -1) >= 0 : true;
    if (wasBase) for (const name of update.fields) for (const term of searchTerms(update.previousDocumentOf(old)[name])) candidates.add(term);
  }
  yield;
  sourceOf.forEach((old, doc) => {
    if (old >= 0) return;
    const document = tokenizeDocument(doc, update.documentOf(doc), update.fields, previous.termIds, later);
    document.lengths.forEach((length, f) => (lengthTotals[f] = (lengthTotals[f] ?? 0) + length));
    documents.push(document);
  });
  documents.sort((a, b) => a.doc - b.doc);
  yield;

  const grouped = new Map<number, { slots: number[]; freqs: number[]; name: string }>();
  // A write that kept every other document's number starts from the previous lengths (one copy), the overlay's set again below.
  const sameNumbers = keepsNumbers(sourceOf, previous.documentCount);
  const fieldLength = sameNumbers ? previous.fieldLength.slice() : new Int32Array(n * fieldCount);
  for (const document of documents) {
    document.term.forEach((term, i) => {
      let postings = grouped.get(term);
      if (!postings) grouped.set(term, (postings = { slots: [], freqs: [], name: document.name[i] ?? '' }));
      postings.slots.push(document.doc * fieldCount + (document.field[i] ?? 0));
      postings.freqs.push(document.freq[i] ?? 0);
    });
    document.lengths.forEach((length, f) => (fieldLength[document.doc * fieldCount + f] = length));
  }
  if (!sameNumbers)
    baseOfCurrent.forEach((b, d) => {
      if (b >= 0) for (let f = 0; f < fieldCount; f++) fieldLength[d * fieldCount + f] = base.fieldLength[b * fieldCount + f] ?? 0;
    });
  yield;
  const byTerm = new Map([...grouped].map(([term, p]) => [term, { slots: Int32Array.from(p.slots), freqs: Int32Array.from(p.freqs) }]));
  const gone = new Set<string>();
  for (const term of candidates) {
    const id = base.terms.get(term);
    if (id !== undefined && !byTerm.has(id) && !heldInBase(base, currentOfBase, id, fieldCount)) gone.add(term);
  }
  const added: [string, number][] = [];
  for (const [id, { name }] of grouped) if (base.terms.get(name) === undefined) added.push([name, id]);
  const overlay: Overlay = { currentOfBase, baseOfCurrent, documents, byTerm, gone };
  yield;
  return {
    terms: new LayeredTerms(base.terms, added, gone),
    boosts,
    documentCount: n,
    fieldLength,
    lengthTotals,
    termIds: { ...previous.termIds, later },
    base,
    overlay,
  };
}

// Whether every document of the next index is the previous index's of its number or a new one.
function keepsNumbers(sourceOf: Int32Array, previousCount: number): boolean {
  if (sourceOf.length !== previousCount) return false;
  for (let d = 0; d < sourceOf.length; d++) if (sourceOf[d] !== d && sourceOf[d] !== -1) return false;
  return true;
}

// Whether a base document still current holds the term.
function heldInBase(base: BasePostings, currentOfBase: Int32Array, term: number, fieldCount: number): boolean {
  if (term >= base.start.length - 1) return false;
  for (let i = base.start[term] ?? 0; i < (base.start[term + 1] ?? 0); i++) if ((currentOfBase[Math.floor((base.slots[i] ?? 0) / fieldCount)] ?? -1) >= 0) return true;
  return false;
}

// A document's postings, as a full build makes them; a term not seen before is numbered after the others (into `later`).
function tokenizeDocument<F extends string>(doc: number, document: Readonly<Record<F, string>>, fields: readonly F[], numbers: TermNumbers, later: Map<string, number>): OverlayDocument {
  const out = { doc, term: [] as number[], name: [] as string[], field: [] as number[], freq: [] as number[], lengths: [] as number[] };
  const counts = new Map<string, number>();
  fields.forEach((name, f) => {
    counts.clear();
    for (const term of searchTerms(document[name])) counts.set(term, (counts.get(term) ?? 0) + 1);
    out.lengths.push(counts.size);
    for (const [term, freq] of counts) {
      let id = numbers.base.get(term) ?? later.get(term);
      if (id === undefined) later.set(term, (id = numbers.base.size + later.size));
      out.term.push(id);
      out.name.push(term);
      out.field.push(f);
      out.freq.push(freq);
    }
  });
  return out;
}

/**
 * A new base of the current documents: the previous base's postings of documents still current,
 * renumbered, merged with the postings of every other document, tokenized again; in two passes over
 * the postings (count, then place) that do no arithmetic beyond a lookup.
 */
function* foldSteps<F extends string>(previous: InvertedIndex, baseOfCurrent: Int32Array, update: IndexUpdate<F>): BuildSteps<InvertedIndex> {
  const { base, boosts } = previous;
  const fieldCount = boosts.length;
  const n = baseOfCurrent.length;
  const newOfOld = new Int32Array(base.documentCount).fill(-1);
  const later = new Map(previous.termIds.later);
  const fresh: OverlayDocument[] = [];
  baseOfCurrent.forEach((b, doc) => {
    if (b >= 0) newOfOld[b] = doc;
    else fresh.push(tokenizeDocument(doc, update.documentOf(doc), update.fields, previous.termIds, later));
  });
  yield;
  const byTerm = new Map<number, { slots: number[]; freqs: number[] }>();
  for (const document of fresh)
    document.term.forEach((term, i) => {
      let postings = byTerm.get(term);
      if (!postings) byTerm.set(term, (postings = { slots: [], freqs: [] }));
      postings.slots.push(document.doc * fieldCount + (document.field[i] ?? 0));
      postings.freqs.push(document.freq[i] ?? 0);
    });
  const termCount = previous.termIds.base.size + later.size;
  const counts = new PostingCounts(base, newOfOld, byTerm, termCount, fieldCount);
  for (let t = 0; t < termCount; ) {
    yield;
    t = counts.countTerms(t, STEP);
  }
  yield;
  const writer = new PostingWriter(counts.start(), fieldCount, n);
  for (let t = 0; t < termCount; ) {
    yield;
    t = counts.placeTerms(writer, t, STEP);
  }
  yield;
  const fieldLength = new Int32Array(n * fieldCount);
  baseOfCurrent.forEach((b, d) => {
    if (b >= 0) for (let f = 0; f < fieldCount; f++) fieldLength[d * fieldCount + f] = base.fieldLength[b * fieldCount + f] ?? 0;
  });
  yield;
  for (const document of fresh) document.lengths.forEach((length, f) => (fieldLength[document.doc * fieldCount + f] = length));
  const termIds = { ...previous.termIds, later };
  const placed = writer.finish(previous.termIds.baseTerms, new Set(), fieldLength);
  const { terms, gone } = foldedTerms(termIds, base.gone, placed.termDocs, counts.emptied);
  return baseIndex({ ...placed, terms, gone }, boosts, termIds);
}

// The next base's postings per term: the previous base's postings of documents kept, renumbered, merged with the other documents'.
class PostingCounts {
  private readonly next: Int32Array;
  private readonly previousTerms: number;
  /** Terms the previous base held that no document holds now. */
  readonly emptied: number[] = [];

  constructor(
    private readonly base: BasePostings,
    private readonly newOfOld: Int32Array,
    private readonly fresh: ReadonlyMap<number, { slots: number[]; freqs: number[] }>,
    termCount: number,
    private readonly fieldCount: number,
  ) {
    this.next = new Int32Array(termCount + 1);
    this.previousTerms = base.start.length - 1;
  }

  /** Counts the next postings of about `budget` postings' worth of terms from `first` on; returns the next term. */
  countTerms(first: number, budget: number): number {
    const { start, slots } = this.base;
    const { newOfOld, next, previousTerms, fieldCount } = this;
    let work = 0;
    let t = first;
    for (; t < next.length - 1 && work < budget; t++) {
      let kept = 0;
      if (t < previousTerms) {
        const from = start[t] ?? 0;
        const to = start[t + 1] ?? 0;
        for (let i = from; i < to; i++) if ((newOfOld[Math.floor((slots[i] ?? 0) / fieldCount)] ?? -1) >= 0) kept++;
        work += to - from;
        if (to > from && kept === 0 && !this.fresh.has(t)) this.emptied.push(t);
      }
      next[t + 1] = kept + (this.fresh.get(t)?.slots.length ?? 0);
    }
    return t;
  }

  /** Where each term's postings start, from the counts. */
  start(): Int32Array {
    const { next } = this;
    for (let t = 0; t < next.length - 1; t++) next[t + 1] = (next[t + 1] ?? 0) + (next[t] ?? 0);
    return next;
  }

  /** Places the postings of about `budget` postings' worth of terms from `first` on; returns the next term. */
  placeTerms(writer: PostingWriter, first: number, budget: number): number {
    const { start, slots, freqs } = this.base;
    const { newOfOld, previousTerms, fieldCount } = this;
    const termCount = this.next.length - 1;
    let work = 0;
    let t = first;
    for (; t < termCount && work < budget; t++) {
      const added = this.fresh.get(t);
      let a = 0;
      if (t < previousTerms) {
        const from = start[t] ?? 0;
        const to = start[t + 1] ?? 0;
        work += to - from;
        for (let i = from; i < to; i++) {
          const slot = slots[i] ?? 0;
          const f = slot % fieldCount;
          const doc = newOfOld[(slot - f) / fieldCount] ?? -1;
          if (doc < 0) continue;
          const moved = doc * fieldCount + f;
          if (added) for (; a < added.slots.length && (added.slots[a] ?? 0) < moved; a++) writer.place(t, added.slots[a] ?? 0, added.freqs[a] ?? 0);
          writer.place(t, moved, freqs[i] ?? 0);
        }
      }
      if (added) for (; a < added.slots.length; a++) writer.place(t, added.slots[a] ?? 0, added.freqs[a] ?? 0);
    }
    return t;
  }
}

// The dictionary of a folded base, as a full build would make it: the full build's less the terms no document holds, plus the later terms some document holds.
function foldedTerms(termIds: TermNumbers, previousGone: ReadonlySet<string>, termDocs: Int32Array, emptied: readonly number[]): { terms: TermDictionary; gone: ReadonlySet<string> } {
  const gone = new Set<string>();
  for (const term of previousGone) if (!((termDocs[termIds.base.get(term) ?? -1] ?? 0) > 0)) gone.add(term);
  for (const id of emptied) {
    const term = termIds.baseNames[id];
    if (term !== undefined) gone.add(term);
  }
  const held = [...termIds.later].filter(([, id]) => (termDocs[id] ?? 0) > 0);
  return { terms: new LayeredTerms(termIds.baseTerms, held, gone), gone };
}
