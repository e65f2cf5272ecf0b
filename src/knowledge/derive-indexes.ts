import type { BuildSteps } from '../search/build-steps.js';
import { LayeredMap } from '../search/layered-map.js';
import type { SnapshotData } from './build-snapshot-data.js';
import { claimsOf, listedAt, matchRank, type Claim, type DerivableIndexes, type KnowledgeSnapshot } from './knowledge-snapshot.js';
import type { Relation, Resource } from './knowledge-types.js';

/**
 * A derived snapshot's indexes by name: `previous`'s maps layered over (their bases and values, the
 * lists, stay shared: LayeredMap) and only the entries of the changed names redone, each as a full
 * build would make it. As steps (see runInSlices): a map whose layers grew large is folded into a new
 * base, a few thousand entries at a time, and reads may come between two.
 */
export function* deriveIndexSteps(o: { previous: KnowledgeSnapshot; data: SnapshotData; changed: ReadonlySet<string>; fresh: readonly Resource[] }): BuildSteps<DerivableIndexes> {
  const { previous, data, changed } = o;
  const prev = previous.indexesForDerive();
  const order = resourceOrder(data);
  // The changed names' resources in `data`, in its order.
  const fresh = [...o.fresh].sort(order);
  const old = [...changed].map((name) => prev.resourceByName.get(name)).filter((r): r is Resource => r !== undefined);

  const resourceByName = yield* LayeredMap.fromSteps(prev.resourceByName);
  for (const name of changed) resourceByName.delete(name);
  for (const r of fresh) resourceByName.set(r.name, r);
  yield;

  const lookup = yield* LayeredMap.fromSteps(prev.lookup);
  yield;
  const contested = yield* LayeredMap.fromSteps(prev.contested);
  const freshClaims = new Map<string, Claim[]>();
  for (const r of fresh)
    for (const { key, claim } of claimsOf(r)) {
      const list = freshClaims.get(key) ?? [];
      if (!list.some((c) => c.resource === r)) list.push(claim);
      freshClaims.set(key, list);
    }
  const keys = new Set([...old.flatMap((r) => claimsOf(r).map((c) => c.key)), ...freshClaims.keys()]);
  for (const key of keys) {
    const before = prev.contested.get(key) ?? [prev.lookup.get(key)].filter((c): c is Claim => c !== undefined);
    const claims = [...before.filter((c) => !changed.has(c.resource.name)), ...(freshClaims.get(key) ?? [])].sort(
      (a, b) => matchRank(a.match) - matchRank(b.match) || order(a.resource, b.resource),
    );
    const winner = claims[0];
    if (winner) lookup.set(key, winner);
    else lookup.delete(key);
    if (claims.length > 1) contested.set(key, claims);
    else contested.delete(key);
  }

  // Relations change only at changed names; the lists of their other ends are redone too.
  const ends = new Set(changed);
  const touches = (rel: Relation) => changed.has(rel.from) || changed.has(rel.to);
  for (const name of changed)
    for (const rel of [...(prev.outgoing.get(name) ?? []), ...(prev.incoming.get(name) ?? [])]) ends.add(rel.from).add(rel.to);
  for (const rel of data.relations) if (touches(rel)) ends.add(rel.from).add(rel.to);
  yield;
  const outgoing = yield* LayeredMap.fromSteps(prev.outgoing);
  yield;
  const incoming = yield* LayeredMap.fromSteps(prev.incoming);
  yield;
  for (const name of ends) {
    outgoing.delete(name);
    incoming.delete(name);
  }
  for (const rel of data.relations) {
    if (ends.has(rel.from)) pushTo(outgoing, rel.from, rel);
    if (ends.has(rel.to)) pushTo(incoming, rel.to, rel);
  }
  yield;

  const listedByCategory = new Map<string, Resource[]>();
  for (const c of data.categories) {
    const before = prev.listedByCategory.get(c.slug) ?? [];
    const entering = fresh.filter((r) => listedAt(r, c.slug) !== undefined);
    if (entering.length === 0 && !old.some((r) => listedAt(r, c.slug) !== undefined)) {
      listedByCategory.set(c.slug, before);
      continue;
    }
    const at = (r: Resource) => listedAt(r, c.slug) ?? 0;
    const list = without(before, old);
    for (const r of entering) list.splice(firstAfter(list, (x) => at(x) - at(r) || x.name.localeCompare(r.name)), 0, r);
    listedByCategory.set(c.slug, list);
  }
  return { resourceByName, lookup, contested, outgoing, incoming, listedByCategory };
}

/** The order of a snapshot's resources: their category's position, theirs, then name (see buildSnapshotData). */
export function resourceOrder(data: Pick<SnapshotData, 'categories'>): (a: Resource, b: Resource) => number {
  const categoryPosition = new Map(data.categories.map((c) => [c.slug, c.position]));
  const of = (r: Resource) => categoryPosition.get(r.category) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => of(a) - of(b) || a.position - b.position || a.name.localeCompare(b.name);
}

/** `list` less the items of `gone` (the same objects): a few found by a scan of references, not a test of every item. */
export function without<T>(list: readonly T[], gone: readonly T[]): T[] {
  if (gone.length > FEW) {
    const set = new Set(gone);
    return list.filter((x) => !set.has(x));
  }
  const out = list.slice();
  for (const x of gone) {
    const i = out.indexOf(x);
    if (i >= 0) out.splice(i, 1);
  }
  return out;
}

const FEW = 64;

/** The first index whose item sorts after the one `compare` measures against (compare > 0), by bisection. */
export function firstAfter<T>(list: readonly T[], compare: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid] as T) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function pushTo<K, V>(map: LayeredMap<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
