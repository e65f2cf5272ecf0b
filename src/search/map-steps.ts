import type { BuildSteps } from './build-steps.js';

/**
 * Maps of every resource (50,000 entries) built or copied as steps (see runInSlices): a copy in one
 * piece (`new Map(old)`) held reads for tens of milliseconds per write at that size. The entries are
 * set by plain functions called once per step, which V8 optimizes, and no array is made per entry.
 */

/** Entries set per step: about a millisecond of Map.set. */
export const MAP_STEP = 1 << 13;

/** A copy of `source`, made `MAP_STEP` entries at a time; `source` must not change until it is done (snapshots' maps never do). */
export function* copyMapSteps<K, V>(source: ReadonlyMap<K, V>): BuildSteps<Map<K, V>> {
  const copy = new Map<K, V>();
  const entries = source.entries();
  while (copyEntries(copy, entries, MAP_STEP)) yield;
  return copy;
}

/** A map of `items` by `key` of each (the item's index given too) to `value` of each, made `MAP_STEP` items at a time. */
export function* mapOfSteps<T, K, V>(items: readonly T[], key: (item: T, i: number) => K, value: (item: T, i: number) => V): BuildSteps<Map<K, V>> {
  const map = new Map<K, V>();
  yield* forEachInSteps(items, MAP_STEP, (item, i) => map.set(key(item, i), value(item, i)));
  return map;
}

/** Calls `fn` on each of `items` (with its index) in order, `perStep` items per step, yielding between two steps. */
export function* forEachInSteps<T>(items: readonly T[], perStep: number, fn: (item: T, i: number) => void): BuildSteps<void> {
  for (let from = 0; from < items.length; from += perStep) {
    if (from > 0) yield;
    eachOf(items, from, Math.min(items.length, from + perStep), fn);
  }
}

// Copies up to `count` entries; whether any are left.
function copyEntries<K, V>(copy: Map<K, V>, entries: Iterator<[K, V]>, count: number): boolean {
  for (let i = 0; i < count; i++) {
    const next = entries.next();
    if (next.done) return false;
    copy.set(next.value[0], next.value[1]);
  }
  return true;
}

function eachOf<T>(items: readonly T[], from: number, to: number, fn: (item: T, i: number) => void): void {
  for (let i = from; i < to; i++) fn(items[i] as T, i);
}
