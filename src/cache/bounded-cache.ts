/**
 * A least-recently-used map bounded in bytes: every entry is charged its key's and its value's
 * estimated size, and the oldest entries are dropped until the total fits `maxBytes`. A value
 * larger than a tenth of the budget is not kept at all, so one request cannot flush the cache. A Map
 * keeps insertion order, so re-inserting on a hit is all the bookkeeping an LRU needs.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;
  // One live iterator for eviction: everything before it was evicted. A new loop over the Map per set
  // would walk the holes the evicted entries leave until V8 rehashes: 50 µs a set, 200 ms at worst, once full.
  private oldest: MapIterator<[string, { value: V; bytes: number }]> | undefined;
  private readonly maxBytes: number;
  private readonly sizeOf: (value: V) => number;
  private readonly refreshOnHit: boolean;

  constructor(options: { maxBytes: number; sizeOf: (value: V) => number; refreshOnHit?: boolean }) {
    this.maxBytes = options.maxBytes;
    this.sizeOf = options.sizeOf;
    this.refreshOnHit = options.refreshOnHit ?? true;
  }

  /** Estimated bytes held now (never above maxBytes). */
  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.refreshOnHit) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const bytes = ENTRY_OVERHEAD + stringBytes(key) + this.sizeOf(value);
    if (bytes > this.maxBytes / 10) return;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    while (this.used > this.maxBytes) {
      let oldest = this.oldest?.next();
      if (!oldest || oldest.done) oldest = (this.oldest = this.entries.entries()).next();
      if (oldest.done) break;
      this.entries.delete(oldest.value[0]);
      this.used -= oldest.value[1].bytes;
    }
  }

  /** Drops every entry (a new knowledge revision makes them all stale). */
  clear(): void {
    this.entries.clear();
    this.oldest = undefined;
    this.used = 0;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }
}

// A Map entry and its record object, roughly, on 64-bit V8.
const ENTRY_OVERHEAD = 80;

/** The estimated heap size of a string: two bytes a character (V8 may use one) plus its header. */
export function stringBytes(text: string): number {
  return 2 * text.length + 24;
}
