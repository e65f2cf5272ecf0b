import { termPostings, type InvertedIndex } from '../../src/search/inverted-index.js';

/** Every term of one index part with the documents holding it and its exact weight in each, sorted by term: whatever the terms' numbers. */
export function postingsByTerm(part: InvertedIndex): (readonly [string, readonly number[], readonly number[]])[] {
  const docs = new Int32Array(part.documentCount);
  const weights = new Float64Array(part.documentCount);
  return [...part.terms]
    .map(([term, id]) => {
      const held = termPostings(part, id, docs, weights);
      return [term, [...docs.subarray(0, held)], [...weights.subarray(0, held)]] as const;
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
