import { buildSnapshotData } from './build-snapshot-data.js';
import type { BuildSteps } from '../search/build-steps.js';
import { LayeredMap } from '../search/layered-map.js';
import { mapOfSteps } from '../search/map-steps.js';
import { deriveIndexSteps, firstAfter, resourceOrder, without } from './derive-indexes.js';
import { KnowledgeSnapshot } from './knowledge-snapshot.js';
import type { Relation } from './knowledge-types.js';
import type { ChangeRows } from './read-change.js';
import type { RelationRow } from './read-knowledge-rows.js';

// The snapshot orders relations as the database does, by position then id; a relation's position is
// not part of what it serves, so it is kept beside each snapshot for the next write's merge, with the
// names of its resources by id, which the write's relation rows name their ends by.
const relationPositions = new WeakMap<KnowledgeSnapshot, ReadonlyMap<number, number>>();
const resourceNames = new WeakMap<KnowledgeSnapshot, ReadonlyMap<number, string>>();

/**
 * Keeps the positions of a fully loaded snapshot's relations, which applyChange needs to place new
 * ones; as steps (see runInSlices), a few thousand relations a step (50,000 and more at scale).
 */
export function* rememberRelationOrderSteps(snapshot: KnowledgeSnapshot, relations: readonly Pick<RelationRow, 'id' | 'position'>[]): BuildSteps<void> {
  relationPositions.set(
    snapshot,
    yield* mapOfSteps(
      relations,
      (r) => r.id,
      (r) => r.position,
    ),
  );
}

// Beyond this many, the write's relations are merged with the others in one pass instead of placed one by one.
const PLACED_ONE_BY_ONE = 64;

/**
 * The snapshot after one write, derived from the one before it: the write's records are replaced
 * by the rows read after it, every other resource, relation and list is kept as it was (the same
 * objects), and the snapshot's indexes are redone for the changed names only. Null when `previous`
 * was not loaded in a way it can be derived from. As steps (see runInSlices): each pass over every
 * resource or relation takes milliseconds at 50,000 resources, and reads may come between two; the
 * maps of every resource or relation are made a few thousand entries at a time (map-steps.ts).
 */
export function* applyChangeSteps(previous: KnowledgeSnapshot, change: ChangeRows): BuildSteps<KnowledgeSnapshot | null> {
  const positions = relationPositions.get(previous);
  if (!positions) return null;
  // Built once after a full load, then layered over by each write (LayeredMap): O(changed) per write.
  const previousNames =
    resourceNames.get(previous) ??
    (yield* mapOfSteps(
      previous.resources,
      (r) => r.id,
      (r) => r.name,
    ));
  yield;
  const rows = buildSnapshotData({ ...change, revision: change.revision }, previousNames);
  const changed = new Set(change.resourceNames);
  const names = yield* LayeredMap.fromSteps(previousNames);
  for (const name of changed) {
    const old = previous.resource(name);
    if (old) names.delete(old.id);
  }
  for (const r of rows.resources) names.set(r.id, r.name);

  const order = resourceOrder(rows);
  const resources = without(
    previous.resources,
    [...changed].map((name) => previous.resource(name)).filter((r) => r !== undefined),
  );
  for (const r of rows.resources) resources.splice(firstAfter(resources, (x) => order(x, r)), 0, r);
  yield;

  const nextPositions = yield* LayeredMap.fromSteps(positions);
  yield;
  const touches = (rel: Relation) => changed.has(rel.from) || changed.has(rel.to);
  const kept = previous.relations.filter((rel) => {
    if (!touches(rel)) return true;
    nextPositions.delete(rel.id);
    return false;
  });
  for (const rel of change.relations) nextPositions.set(rel.id, rel.position);
  yield;
  const byPlace = (a: Relation, b: Relation) => (nextPositions.get(a.id) ?? 0) - (nextPositions.get(b.id) ?? 0) || a.id - b.id;
  let relations = kept;
  if (rows.relations.length > PLACED_ONE_BY_ONE) relations = mergeSorted(kept, rows.relations, byPlace);
  else for (const rel of rows.relations) relations.splice(firstAfter(relations, (x) => byPlace(x, rel)), 0, rel);
  yield;

  const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) => a.position - b.position || a.id - b.id;
  const comparisons = previous.comparisons.filter((c) => !change.comparisonSlugs.has(c.slug));
  for (const c of rows.comparisons) comparisons.splice(firstAfter(comparisons, (x) => byPosition(x, c)), 0, c);
  const corrections = previous.corrections.filter((c) => !change.correctionSlugs.has(c.slug));
  for (const c of rows.corrections) corrections.splice(firstAfter(corrections, (x) => byPosition(x, c)), 0, c);

  const data = { revision: change.revision, categories: rows.categories, resources, relations, comparisons, corrections };
  const next = KnowledgeSnapshot.derive(data, yield* deriveIndexSteps({ previous, data, changed, fresh: rows.resources }));
  relationPositions.set(next, nextPositions);
  resourceNames.set(next, names);
  return next;
}

function mergeSorted<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && compare(x, y) <= 0)) {
      out.push(x as T);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
