import type { TermDictionary } from './term-dictionary.js';

/**
 * What an index was weighed from, kept beside it so that a write can re-weigh it without
 * tokenizing every document again (tokenizing is most of a full build): one entry per term,
 * field and document holding it, in document order and, within a document, in field order.
 */
export interface IndexSource {
  boosts: readonly number[];
  /** Every term ever indexed since the full build → its number; a term no document holds keeps its number. */
  termIds: ReadonlyMap<string, number>;
  /** The full build's dictionary and how many terms it had: later terms are numbered after them. */
  baseTerms: TermDictionary;
  baseTermCount: number;
  entryTerm: Int32Array;
  /** document × fields + field */
  entrySlot: Int32Array;
  entryFreq: Int32Array;
  /** Per document × fields: distinct terms, as MiniSearch counts a field's length. */
  fieldLength: Int32Array;
  /** Per term × fields: documents holding the term in that field (shorter arrays read as zeros past their end). */
  fieldDocs: Int32Array;
  /** Where each document's entries start (documents + 1), computed on the first update. */
  docEntryStart?: Int32Array;
}
