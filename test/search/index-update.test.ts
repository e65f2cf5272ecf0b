import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticKnowledge } from '../../bench/synthetic-knowledge.js';
import { runToEnd } from '../../src/search/build-steps.js';
import { buildInvertedIndex, documentFrequency, postingWeight, termPostings, type InvertedIndex } from '../../src/search/inverted-index.js';
import { PROSE_FIELD_BOOST, searchDocument, type SearchDocument } from '../../src/search/search-document.js';
import { updateIndexSteps } from '../../src/search/update-index.js';
import { seededRandom } from '../../src/seeded-random.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

type Document = Pick<SearchDocument, keyof typeof PROSE_FIELD_BOOST>;
const FIELDS = Object.keys(PROSE_FIELD_BOOST) as (keyof typeof PROSE_FIELD_BOOST)[];

let knowledge: SeededKnowledge;
let texts: Document[];
beforeAll(async () => {
  knowledge = await seededKnowledge();
  const s = knowledge.store.snapshot;
  const base = { revision: s.revision, categories: [...s.categories], resources: [...s.resources], relations: [...s.relations], comparisons: [...s.comparisons], corrections: [...s.corrections] };
  texts = syntheticKnowledge(base, { size: 700, shape: 'clones' }).resources.map((r) => searchDocument(r));
});
afterAll(() => knowledge.close());

/** Everything a query reads of an index, by term rather than by the terms' numbers: documents, exact weights, document frequency. */
function readable(index: InvertedIndex): unknown {
  const docs = new Int32Array(index.documentCount);
  const weights = new Float64Array(index.documentCount);
  return [...index.terms]
    .map(([term, id]) => {
      const held = termPostings(index, id, docs, weights);
      const first = docs[0] ?? 0;
      return [term, [...docs.subarray(0, held)], [...weights.subarray(0, held)], documentFrequency(index, term), postingWeight(index, id, first), postingWeight(index, id, index.documentCount)];
    })
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
}

/** Applies edits to the documents and to the index alike: each document is kept, rewritten, removed, or gets a new one after it. */
function edit(documents: Document[], index: InvertedIndex, random: () => number, share: number, round: number): [Document[], InvertedIndex] {
  const next: Document[] = [];
  const sourceOf: number[] = [];
  documents.forEach((document, old) => {
    const roll = random();
    if (roll >= share) {
      next.push(document);
      sourceOf.push(old);
      return;
    }
    const other = texts[Math.floor(random() * texts.length)] as Document;
    // A word of its own per edit, so that terms come and, once rewritten again, go.
    const rewritten = { ...other, summary_en: `${other.summary_en} zentra${round}x${old}`, summary_ja: `${other.summary_ja} ノード${round}` };
    if (roll < share / 3) return;
    next.push(rewritten);
    sourceOf.push(-1);
    if (roll < (share * 2) / 3) {
      next.push({ ...document, facts_en: `${document.facts_en} appended${round}` });
      sourceOf.push(-1);
    }
  });
  const updated = runToEnd(updateIndexSteps(index, { sourceOf: Int32Array.from(sourceOf), documentOf: (d) => next[d] as Document, previousDocumentOf: (d) => documents[d] as Document, fields: FIELDS }));
  return [next, updated];
}

describe('an index updated by writes', () => {
  it('reads as a full build of the same documents after every write, through an overlay and once folded into a new base', () => {
    const random = seededRandom(13);
    let documents = texts.slice(0, 500);
    let index = buildInvertedIndex(documents, PROSE_FIELD_BOOST);
    const shares = [0.002, 0.004, 0.002, 0.01, 0.002, 0.6, 0.002, 0.004, 0.01, 0.002];
    shares.forEach((share, round) => {
      [documents, index] = edit(documents, index, random, share, round);
      const full = buildInvertedIndex(documents, PROSE_FIELD_BOOST);
      expect(index.documentCount).toBe(documents.length);
      expect(readable(index)).toEqual(readable(full));
      // A large rewrite folds the overlay into a new base; small ones stay in an overlay over it.
      expect(index.overlay === null).toBe(share > 0.5);
    });
  });
});
