import { runInSlices, runToEnd, type BuildSteps } from '../search/build-steps.js';
import { forEachInSteps, MAP_STEP, mapOfSteps } from '../search/map-steps.js';
import type { SnapshotData } from './build-snapshot-data.js';
import type { Category, Comparison, Correction, Relation, Resource } from './knowledge-types.js';
import { normalizeName } from './normalize-name.js';
import type { RelationDirection, RelationKind } from './vocabulary.js';

/** How a name reached its resource, strongest first. */
export type NameMatch = 'name' | 'alias' | 'shortName' | 'plural' | 'kind' | 'localName';
const MATCH_ORDER: NameMatch[] = ['name', 'alias', 'shortName', 'plural', 'kind', 'localName'];

/** A relation seen from one resource: which way it points and the resource at the other end. */
export interface RelationFromResource {
  relation: Relation;
  direction: RelationDirection;
  other: Resource;
}

/** One step of a parent or child chain: the resource, how far it is, and the relation that led there. */
export interface ChainStep {
  resource: Resource;
  depth: number;
  via: Relation;
}

/**
 * The immutable in-memory read model: every read of every surface is answered from here, with
 * indexes built once per revision.
 */
export class KnowledgeSnapshot {
  readonly revision: number;
  readonly loadedAt: Date;
  readonly categories: readonly Category[];
  readonly resources: readonly Resource[];
  readonly relations: readonly Relation[];
  readonly comparisons: readonly Comparison[];
  readonly corrections: readonly Correction[];

  private readonly resourceByName: ReadonlyMap<string, Resource>;
  private readonly lookup: ReadonlyMap<string, Claim>;
  // The keys more than one name claims, every claim strongest first: what a changed resource's keys fall back to.
  private readonly contested: ReadonlyMap<string, Claim[]>;
  private readonly categoryLookup = new Map<string, Category>();
  private readonly categoryBySlug = new Map<string, Category>();
  private readonly outgoing: ReadonlyMap<string, Relation[]>;
  private readonly incoming: ReadonlyMap<string, Relation[]>;
  private readonly comparisonBySlug = new Map<string, Comparison>();
  private readonly listedByCategory: ReadonlyMap<string, Resource[]>;

  /**
   * The snapshot after a write: `data` holds the previous snapshot's unchanged resources as the same
   * objects, and `indexes` are the previous snapshot's with only the changed names' entries redone
   * (deriveIndexSteps).
   */
  static derive(data: SnapshotData, indexes: DerivableIndexes): KnowledgeSnapshot {
    return new KnowledgeSnapshot(data, new Date(), indexes);
  }

  /**
   * A snapshot of `data` whose indexes are built in slices between reads (see runInSlices): at
   * 50,000 resources they take a few hundred milliseconds, which a reload must not hold reads for.
   */
  static async load(data: SnapshotData, loadedAt = new Date()): Promise<KnowledgeSnapshot> {
    return new KnowledgeSnapshot(data, loadedAt, await runInSlices(snapshotIndexSteps(data)));
  }

  constructor(data: SnapshotData, loadedAt = new Date(), derived?: DerivableIndexes) {
    this.revision = data.revision;
    this.loadedAt = loadedAt;
    this.categories = Object.freeze(data.categories);
    this.resources = Object.freeze(data.resources);
    this.relations = Object.freeze(data.relations);
    this.comparisons = Object.freeze(data.comparisons);
    this.corrections = Object.freeze(data.corrections);

    for (const c of data.categories) {
      this.categoryBySlug.set(c.slug, c);
      for (const key of [c.slug, c.text.en.name, c.text.ja.name, ...c.aliases]) {
        const k = normalizeName(key);
        if (!this.categoryLookup.has(k)) this.categoryLookup.set(k, c);
      }
    }
    for (const c of data.comparisons) this.comparisonBySlug.set(c.slug, c);
    // Derived from the previous snapshot's (deriveIndexSteps), built in slices (load), or built here at once.
    const indexes = derived ?? runToEnd(snapshotIndexSteps(data));
    this.resourceByName = indexes.resourceByName;
    this.lookup = indexes.lookup;
    this.contested = indexes.contested;
    this.outgoing = indexes.outgoing;
    this.incoming = indexes.incoming;
    this.listedByCategory = indexes.listedByCategory;
  }

  /** What derive starts from: the indexes a derived snapshot copies and redoes for its changed names. */
  indexesForDerive(): DerivableIndexes {
    return {
      resourceByName: this.resourceByName,
      lookup: this.lookup,
      contested: this.contested,
      outgoing: this.outgoing,
      incoming: this.incoming,
      listedByCategory: this.listedByCategory,
    };
  }

  /** A category by slug, name in any language, or alias, ignoring case and separators. */
  findCategory(key: string): Category | undefined {
    return this.categoryLookup.get(normalizeName(key));
  }

  category(slug: string): Category | undefined {
    return this.categoryBySlug.get(slug);
  }

  /** A resource by its canonical name, exactly. */
  resource(name: string): Resource | undefined {
    return this.resourceByName.get(name);
  }

  /** A resource the snapshot's own data names (a relation end, a comparison column, a supersededBy): missing is a bug. */
  mustResource(name: string): Resource {
    const r = this.resourceByName.get(name);
    if (!r) throw new Error(`snapshot ${this.revision} names missing resource ${name}`);
    return r;
  }

  /** A resource by canonical name, alias, shortName, plural, kind or local name, ignoring case. */
  findResource(key: string): { resource: Resource; match: NameMatch } | undefined {
    return this.lookup.get(normalizeName(key));
  }

  /** Every key a lookup answers to, for suggesting close matches. */
  lookupKeys(): IterableIterator<[string, { resource: Resource; match: NameMatch }]> {
    return this.lookup.entries();
  }

  /** Resources the category lists, primary or not, in the article's order. */
  resourcesIn(slug: string): readonly Resource[] {
    return this.listedByCategory.get(slug) ?? [];
  }

  /** Whether the category lists the resource, as its home or as another listing. */
  lists(slug: string, resource: Resource): boolean {
    return resource.category === slug || resource.listedIn.some((l) => l.category === slug);
  }

  /** Relations touching a resource, optionally of one kind and direction. */
  relationsOf(name: string, options: { kinds?: readonly RelationKind[]; direction?: RelationDirection } = {}): RelationFromResource[] {
    const result: RelationFromResource[] = [];
    const wanted = (rel: Relation) => !options.kinds || options.kinds.includes(rel.kind);
    if (options.direction !== 'incoming')
      for (const rel of this.outgoing.get(name) ?? [])
        if (wanted(rel)) result.push({ relation: rel, direction: 'outgoing', other: this.mustResource(rel.to) });
    if (options.direction !== 'outgoing')
      for (const rel of this.incoming.get(name) ?? [])
        if (wanted(rel)) result.push({ relation: rel, direction: 'incoming', other: this.mustResource(rel.from) });
    return result;
  }

  /** What manages this resource, level by level (Pod ← ReplicaSet ← Deployment), up to `depth` levels. */
  parents(name: string, depth: number): ChainStep[] {
    return this.walk(name, depth, 'incoming');
  }

  /** What this resource manages, level by level (CronJob → Job → Pod), up to `depth` levels. */
  children(name: string, depth: number): ChainStep[] {
    return this.walk(name, depth, 'outgoing');
  }

  /** Resources that can do the same job, with the relation that says so. */
  alternatives(name: string): RelationFromResource[] {
    return this.relationsOf(name, { kinds: ['alternative_to'] });
  }

  /** Resources that are variants of this one (NodePort, Headless, ... of Service). */
  variants(name: string): Resource[] {
    return this.relationsOf(name, { kinds: ['variant_of'], direction: 'incoming' }).map((r) => r.other);
  }

  comparison(slug: string): Comparison | undefined {
    return this.comparisonBySlug.get(slug);
  }

  /** Stored comparisons that include the resource. */
  comparisonsOf(name: string): Comparison[] {
    return this.comparisons.filter((c) => c.resources.includes(name));
  }

  /** The smallest stored comparison covering every named resource, if one does. */
  comparisonCovering(names: readonly string[]): Comparison | undefined {
    return this.comparisons
      .filter((c) => names.every((n) => c.resources.includes(n)))
      .sort((a, b) => a.resources.length - b.resources.length || a.position - b.position)[0];
  }

  correctionsOf(name: string): Correction[] {
    return this.corrections.filter((c) => c.resource === name);
  }

  counts(): Record<'categories' | 'resources' | 'relations' | 'comparisons' | 'corrections', number> {
    return {
      categories: this.categories.length,
      resources: this.resources.length,
      relations: this.relations.length,
      comparisons: this.comparisons.length,
      corrections: this.corrections.length,
    };
  }

  private walk(name: string, depth: number, direction: RelationDirection): ChainStep[] {
    const steps: ChainStep[] = [];
    const seen = new Set([name]);
    let frontier = [name];
    for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const next: string[] = [];
      for (const current of frontier)
        for (const { relation, other } of this.relationsOf(current, { kinds: ['parent_of'], direction })) {
          if (seen.has(other.name)) continue;
          seen.add(other.name);
          steps.push({ resource: other, depth: level, via: relation });
          next.push(other.name);
        }
      frontier = next;
    }
    return steps;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/** A name claiming a lookup key. */
export interface Claim {
  resource: Resource;
  match: NameMatch;
}

/** A snapshot's indexes by resource name, which derive copies and redoes for the changed names. */
export interface DerivableIndexes {
  resourceByName: ReadonlyMap<string, Resource>;
  lookup: ReadonlyMap<string, Claim>;
  contested: ReadonlyMap<string, Claim[]>;
  outgoing: ReadonlyMap<string, Relation[]>;
  incoming: ReadonlyMap<string, Relation[]>;
  listedByCategory: ReadonlyMap<string, Resource[]>;
}

/** Where a category lists a resource: its home position, its listing's, or not at all. */
export function listedAt(r: Resource, slug: string): number | undefined {
  return r.category === slug ? r.position : r.listedIn.find((l) => l.category === slug)?.position;
}

/** Every key a resource claims, by match, strongest first, as the snapshot's lookup takes them. */
export function claimsOf(r: Resource): { key: string; claim: Claim }[] {
  const out: { key: string; claim: Claim }[] = [];
  for (const match of MATCH_ORDER)
    for (const key of namesFor(r, match)) {
      const k = normalizeName(key);
      if (k) out.push({ key: k, claim: { resource: r, match } });
    }
  return out;
}

/** The rank of a match in the lookup's order: lower claims first. */
export function matchRank(match: NameMatch): number {
  return MATCH_ORDER.indexOf(match);
}

function namesFor(r: Resource, match: NameMatch): string[] {
  const ownsKind = r.variant === null && r.kubernetes !== null;
  switch (match) {
    case 'name':
      return [r.name];
    case 'alias':
      return r.aliases.map((a) => a.name);
    case 'shortName':
      return ownsKind ? (r.kubernetes?.shortNames ?? []) : [];
    case 'plural':
      return ownsKind && r.kubernetes ? [r.kubernetes.plural] : [];
    case 'kind':
      return ownsKind && r.kubernetes ? [r.kubernetes.kind] : [];
    case 'localName':
      return [r.text.ja.name, r.text.en.name];
  }
}

/**
 * The indexes by name of a snapshot of `data`, built whole, as steps (see runInSlices): one pass
 * over the resources per kind of name, then the relations, then each category's listing.
 */
function* snapshotIndexSteps(data: SnapshotData): BuildSteps<DerivableIndexes> {
  const lookup = new Map<string, Claim>();
  const contested = new Map<string, Claim[]>();
  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  const listedByCategory = new Map<string, Resource[]>();
  const resourceByName = yield* mapOfSteps(
    data.resources,
    (r) => r.name,
    (r) => r,
  );
  yield;
  // Stronger matches claim a key first; variants do not claim their kind's shortNames or plural.
  // Each pass normalizes a name or two of every resource: tens of milliseconds at 50,000, so in steps.
  for (const match of MATCH_ORDER) {
    yield* forEachInSteps(data.resources, CLAIMS_PER_STEP, (r) => claimKeys({ r, match, lookup, contested }));
    yield;
  }
  yield* forEachInSteps(data.relations, MAP_STEP, (rel) => {
    push(outgoing, rel.from, rel);
    push(incoming, rel.to, rel);
  });
  yield;
  for (const c of data.categories) {
    listedByCategory.set(c.slug, listingOf(data.resources, c.slug));
    yield;
  }
  return { resourceByName, lookup, contested, outgoing, incoming, listedByCategory };
}

// Resources whose names of one match are claimed per step.
const CLAIMS_PER_STEP = 2048;

// The claims of one match by one resource, as a full build makes them.
function claimKeys(o: { r: Resource; match: NameMatch; lookup: Map<string, Claim>; contested: Map<string, Claim[]> }): void {
  const { r, match, lookup, contested } = o;
  for (const key of namesFor(r, match)) {
    const k = normalizeName(key);
    if (!k) continue;
    const winner = lookup.get(k);
    if (!winner) lookup.set(k, { resource: r, match });
    else if (winner.resource !== r && !contested.get(k)?.some((c) => c.resource === r))
      // A resource's weaker claims on a key it holds already never win: only its first is kept.
      push(contested, k, ...(contested.has(k) ? [] : [winner]), { resource: r, match });
  }
}

/**
 * A category's listing, by position then name: its own resources, which the snapshot's order already
 * has by position and name (sorted here only if not), merged with the few it also lists. Sorting
 * every resource of a category of 50,000 held reads ~50 ms at once.
 */
function listingOf(resources: readonly Resource[], slug: string): Resource[] {
  const listed: { r: Resource; position: number }[] = [];
  const others: { r: Resource; position: number }[] = [];
  for (const r of resources) {
    const position = listedAt(r, slug);
    if (position !== undefined) (r.category === slug ? listed : others).push({ r, position });
  }
  const order = (a: { r: Resource; position: number }, b: { r: Resource; position: number }) => a.position - b.position || a.r.name.localeCompare(b.r.name);
  if (listed.some((x, i) => i > 0 && order(listed[i - 1] as typeof x, x) > 0)) listed.sort(order);
  others.sort(order);
  const out: Resource[] = [];
  let j = 0;
  for (const x of listed) {
    for (; j < others.length && order(others[j] as typeof x, x) < 0; j++) out.push((others[j] as typeof x).r);
    out.push(x.r);
  }
  for (; j < others.length; j++) out.push((others[j] as (typeof others)[number]).r);
  return out;
}
