import type { BuildSteps } from './build-steps.js';
import { copyMapSteps } from './map-steps.js';

/**
 * A map of every resource (50,000 entries) as a write changes it: a shared base that is never
 * changed, and layers of the keys changed since. A write derives the next map from the previous
 * one's layers (copying only them) instead of copying every entry: at 50,000 resources those
 * copies were ~20 MB of garbage per write, whose collection held reads 30–100 ms.
 * It behaves as a `new Map(previous)` changed by the same calls: same entries, same iteration
 * order (a base key set again keeps its place, a key deleted and set again goes last).
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    // Base keys still in their place whose value was set again.
    private readonly changed: Map<K, V>,
    // Base keys deleted (set again later, they are in `appended`).
    private readonly removed: Set<K>,
    // Keys after the base's, in the order they were set.
    private readonly appended: Map<K, V>,
  ) {}

  /** A map equal to `base`, which must never change from now on (a snapshot's maps never do). */
  static over<K, V>(base: ReadonlyMap<K, V>): LayeredMap<K, V> {
    return new LayeredMap(base, new Map(), new Set(), new Map());
  }

  /** The next map: `previous`'s entries, to change without changing `previous`; its layers are copied, its base shared. */
  static from<K, V>(previous: ReadonlyMap<K, V>): LayeredMap<K, V> {
    if (!(previous instanceof LayeredMap)) return LayeredMap.over(previous);
    const p = previous as LayeredMap<K, V>;
    return new LayeredMap(p.base, new Map(p.changed), new Set(p.removed), new Map(p.appended));
  }

  /**
   * As `from`, in steps (see runInSlices); once the layers hold more than `maxLayered` keys, they are
   * folded into a new base, copied in steps (copyMapSteps), in the map's order.
   */
  static *fromSteps<K, V>(previous: ReadonlyMap<K, V>, maxLayered = MAX_LAYERED): BuildSteps<LayeredMap<K, V>> {
    if (!(previous instanceof LayeredMap) || (previous as LayeredMap<K, V>).layered() <= maxLayered) return LayeredMap.from(previous);
    return LayeredMap.over(yield* copyMapSteps(previous));
  }

  /** How many keys the layers hold, which each derived map copies. */
  layered(): number {
    return this.changed.size + this.removed.size + this.appended.size;
  }

  get size(): number {
    return this.base.size - this.removed.size + this.appended.size;
  }

  get(key: K): V | undefined {
    if (this.appended.has(key)) return this.appended.get(key);
    if (this.removed.has(key)) return undefined;
    if (this.changed.has(key)) return this.changed.get(key);
    return this.base.get(key);
  }

  has(key: K): boolean {
    return this.appended.has(key) || (!this.removed.has(key) && this.base.has(key));
  }

  /** Sets as Map.set does: a key held keeps its place, a new one goes last. */
  set(key: K, value: V): this {
    if (!this.appended.has(key) && !this.removed.has(key) && this.base.has(key)) this.changed.set(key, value);
    else this.appended.set(key, value);
    return this;
  }

  /** Deletes as Map.delete does; whether the key was held. */
  delete(key: K): boolean {
    if (this.appended.delete(key)) return true;
    if (this.removed.has(key) || !this.base.has(key)) return false;
    this.removed.add(key);
    this.changed.delete(key);
    return true;
  }

  *entries(): MapIterator<[K, V]> {
    const { changed, removed } = this;
    if (changed.size === 0 && removed.size === 0) yield* this.base.entries();
    else
      for (const entry of this.base.entries()) {
        const key = entry[0];
        if (removed.has(key)) continue;
        yield changed.has(key) ? [key, changed.get(key) as V] : entry;
      }
    yield* this.appended.entries();
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

// Keys the layers hold before a derived map folds them into a new base: each write copies up to this many.
const MAX_LAYERED = 4096;
