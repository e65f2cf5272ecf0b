import type { Resource } from '../knowledge/knowledge-types.js';
import { LayeredMap } from './layered-map.js';
import type { SearchIndex } from './search-index.js';

/**
 * Most writes replace a few resources where they stand (a PATCH or PUT of a text): every other
 * resource keeps its document number, and the next index's numbers are the previous one's with
 * those few redone (LayeredMap), instead of a map and a list per kind rebuilt for 50,000 resources.
 */

// Beyond this many replaced resources, the index is derived as after any other write.
const MAX_IN_PLACE = 64;

/** The numbers of the resources `next` holds where `previous` held another object of the same name (the same count of both), or null when the write moved, added or removed any. */
export function replacedInPlace(previous: readonly Resource[], next: readonly Resource[]): number[] | null {
  if (previous.length !== next.length) return null;
  const replaced: number[] = [];
  for (let i = 0; i < next.length; i++) {
    if (next[i] === previous[i]) continue;
    // Names are unique: a resource of the same name is the one replaced, not one moved from elsewhere (whose number a full lookup finds).
    if (replaced.length === MAX_IN_PLACE || (previous[i] as Resource).name !== (next[i] as Resource).name) return null;
    replaced.push(i);
  }
  return replaced;
}

/** Per document of the next index, its number in the previous one: its own, or -1 for a replaced one. */
export function keptNumbers(count: number, replaced: readonly number[]): Int32Array {
  const sourceOf = new Int32Array(count);
  for (let i = 0; i < count; i++) sourceOf[i] = i;
  for (const i of replaced) sourceOf[i] = -1;
  return sourceOf;
}

/** The next index's document numbers and documents of each kind, from the previous index's, when resources were replaced in place. */
export function numbersInPlace(o: { from: Pick<SearchIndex, 'positionOf' | 'docsOfKind'>; previous: readonly Resource[]; next: readonly Resource[]; replaced: readonly number[] }): Pick<SearchIndex, 'positionOf' | 'docsOfKind'> {
  const positionOf = LayeredMap.from(o.from.positionOf);
  const docsOfKind = LayeredMap.from(o.from.docsOfKind);
  for (const i of o.replaced) {
    const old = o.previous[i] as Resource;
    const r = o.next[i] as Resource;
    positionOf.delete(old);
    positionOf.set(r, i);
    const oldKind = old.kubernetes?.kind;
    const kind = r.kubernetes?.kind;
    if (oldKind === kind) continue;
    if (oldKind) {
      const docs = (docsOfKind.get(oldKind) ?? []).filter((doc) => doc !== i);
      if (docs.length > 0) docsOfKind.set(oldKind, docs);
      else docsOfKind.delete(oldKind);
    }
    if (kind) docsOfKind.set(kind, [...(docsOfKind.get(kind) ?? []), i].sort((a, b) => a - b));
  }
  return { positionOf, docsOfKind };
}

/**
 * The task documents' numbers in the next index, when resources were replaced in place each with as
 * many tasks as before: every task keeps its number but the replaced resources', which are -1; null
 * when a replaced resource has another number of tasks. `firstTask` is each resource's first task.
 */
export function taskNumbersInPlace(o: { previous: readonly Resource[]; next: readonly Resource[]; replaced: readonly number[]; taskCount: number; firstTask: Int32Array }): Int32Array | null {
  if (o.replaced.some((i) => o.previous[i]?.tasks.length !== o.next[i]?.tasks.length)) return null;
  const sourceOf = keptNumbers(o.taskCount, []);
  for (const i of o.replaced) {
    const first = o.firstTask[i] ?? 0;
    for (let k = 0; k < (o.next[i]?.tasks.length ?? 0); k++) sourceOf[first + k] = -1;
  }
  return sourceOf;
}

// Each resource's first task number (-1 for none), per tasks index: the same list of a task's resource is shared by every index derived in place.
const firstTasks = new WeakMap<Int32Array, Int32Array>();

/** The first task number of each resource of an index whose task t is of resource `resourceOf[t]`. */
export function firstTaskOf(resourceOf: Int32Array, resourceCount: number): Int32Array {
  let firstTask = firstTasks.get(resourceOf);
  if (!firstTask) {
    firstTask = new Int32Array(resourceCount + 1).fill(-1);
    for (let task = resourceOf.length - 1; task >= 0; task--) firstTask[resourceOf[task] ?? 0] = task;
    firstTasks.set(resourceOf, firstTask);
  }
  return firstTask;
}
