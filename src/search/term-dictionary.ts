import SearchableMap from 'minisearch/SearchableMap';

/** The lookups a search makes in an index's terms: exact, by prefix, and by edit distance. */
export interface TermDictionary {
  get(term: string): number | undefined;
  has(term: string): boolean;
  atPrefix(prefix: string): Iterable<[string, number]>;
  /** Terms within `maxDistance` edits: term → [its number, distance]. */
  fuzzyGet(term: string, maxDistance: number): Map<string, [number, number]>;
  /** Every term and its number. */
  [Symbol.iterator](): Iterator<[string, number]>;
}

/**
 * The terms of an index updated since its full build: the full build's dictionary as it is (a
 * radix tree of every term, too large to copy per write), less the terms no document holds any
 * more, plus a small dictionary of the terms that came after it. Answers as a dictionary rebuilt
 * from the current terms would.
 */
export class LayeredTerms implements TermDictionary {
  private readonly added: SearchableMap<number>;

  constructor(
    private readonly base: TermDictionary,
    added: Iterable<[string, number]>,
    private readonly gone: ReadonlySet<string>,
  ) {
    this.added = new SearchableMap<number>();
    for (const [term, id] of added) this.added.set(term, id);
  }

  get(term: string): number | undefined {
    if (this.gone.has(term)) return undefined;
    return this.base.get(term) ?? this.added.get(term);
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  *atPrefix(prefix: string): Iterable<[string, number]> {
    for (const entry of this.base.atPrefix(prefix)) if (!this.gone.has(entry[0])) yield entry;
    yield* this.added.atPrefix(prefix);
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (const entry of this.base) if (!this.gone.has(entry[0])) yield entry;
    yield* this.added;
  }

  fuzzyGet(term: string, maxDistance: number): Map<string, [number, number]> {
    const found = this.base.fuzzyGet(term, maxDistance);
    for (const gone of found.keys()) if (this.gone.has(gone)) found.delete(gone);
    for (const [typo, hit] of this.added.fuzzyGet(term, maxDistance)) found.set(typo, hit);
    return found;
  }
}
