import MiniSearch from 'minisearch';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { FIELD_BOOST, searchDocument, type SearchDocument } from './search-document.js';
import { searchTerms } from './tokenize.js';

/** The full-text index of one snapshot. */
export type SearchIndex = MiniSearch<SearchDocument>;

// A snapshot never changes, so its index is built once, on first search, and dies with it.
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

/** Indexes every resource of a snapshot in both languages. */
export function buildSearchIndex(snapshot: KnowledgeSnapshot): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: Object.keys(FIELD_BOOST),
    idField: 'id',
    tokenize: searchTerms,
    // The tokenizer already normalizes; MiniSearch's default would lower-case again.
    processTerm: (term) => term,
  });
  index.addAll(snapshot.resources.map(searchDocument));
  return index;
}
