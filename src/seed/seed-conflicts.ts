import { checkResourceReferences } from '../writes/check-resource-references.js';
import { recordChange } from '../writes/record-change.js';
import { readResourceDocument, sameDocument, seedDocument, type ResourceDocument } from '../writes/resource-document.js';
import { categoryRecord } from '../writes/category-record.js';
import { comparisonRecord } from '../writes/comparison-record.js';
import { correctionRecord } from '../writes/correction-record.js';
import type { RecordKind } from '../writes/record-kind.js';
import { stableJson } from '../writes/resource-document.js';
import { writeResourceRows } from '../writes/write-resource-rows.js';
import type { WriteTx } from '../writes/write-transaction.js';
import type { SeedKnowledge } from './read-seed.js';

/** A seed record that differs from one edited through the API since the files last won. */
export interface SeedConflict {
  recordType: 'resource' | 'relation' | 'category' | 'comparison' | 'correction';
  key: string;
  reason: 'edited through the API' | 'deleted through the API' | 'points to a resource deleted through the API' | 'in a category deleted through the API';
}

/** What the seed run does about records edited through the API. */
export interface SeedPlan {
  /** The seed without the records the API owns (unless forced): what the ordinary upsert writes. */
  seed: SeedKnowledge;
  conflicts: SeedConflict[];
  /** With --force: the seed's documents that replace the API's edits whole, and the state they replace. */
  forced: { document: ResourceDocument; before: ResourceDocument | null }[];
  /** With --force: seed relations that overwrite the API's edits (written by the ordinary upsert). */
  forcedRelations: SeedKnowledge['relations'];
  /**
   * Categories, comparisons and corrections the upsert leaves alone (`type:slug`): skipped in place
   * rather than filtered out, as their place in the seed lists is their position.
   */
  skipped: Set<string>;
  /** With --force: categories, comparisons and corrections the files write whole again after the upsert. */
  forcedRecords: { kind: RecordKind<{ slug: string }>; document: { slug: string }; before: unknown }[];
}

/** The seed lists of records keyed by slug. */
type SlugList = 'categories' | 'comparisons' | 'corrections';
const slugKinds: { list: SlugList; kind: RecordKind<{ slug: string }> }[] = [
  { list: 'categories', kind: categoryRecord as unknown as RecordKind<{ slug: string }> },
  { list: 'comparisons', kind: comparisonRecord as unknown as RecordKind<{ slug: string }> },
  { list: 'corrections', kind: correctionRecord as unknown as RecordKind<{ slug: string }> },
];

/**
 * Finds the resources whose last change came through the API (not from a forced seed) and whose
 * seed file now says something else. Without `force` they are left out of the seed (and so is
 * whatever names a resource the API deleted), each reported; with `force` the files win.
 */
export async function planSeedConflicts(tx: WriteTx, seed: SeedKnowledge, force: boolean): Promise<SeedPlan> {
  const changes = await tx.change.findMany({ select: { recordType: true, recordKey: true, operation: true }, orderBy: { id: 'asc' } });
  const lastOperation = new Map(changes.map((c) => [`${c.recordType}:${c.recordKey}`, c.operation]));
  const apiOwned = (type: string, key: string) => {
    const operation = lastOperation.get(`${type}:${key}`);
    return operation !== undefined && operation !== 'seed';
  };
  const conflicts: SeedConflict[] = [];
  const forced: SeedPlan['forced'] = [];
  const ownedByApi = new Set<string>();
  const deleted = new Set<string>();
  for (const r of seed.resources) {
    if (!apiOwned('resource', r.name)) continue;
    const stored = await readResourceDocument(tx, r.name);
    const document = seedDocument(r, seed);
    if (stored && sameDocument(stored.document, document)) continue;
    conflicts.push({ recordType: 'resource', key: r.name, reason: stored ? 'edited through the API' : 'deleted through the API' });
    ownedByApi.add(r.name);
    if (!stored) deleted.add(r.name);
    if (force) forced.push({ document, before: stored?.document ?? null });
  }
  const relations = await relationConflicts(tx, seed, apiOwned);
  conflicts.push(...relations.map((rel) => ({ recordType: 'relation' as const, key: relationKey(rel), reason: 'edited through the API' as const })));
  const forcedRecords: SeedPlan['forcedRecords'] = [];
  const skipped = new Set<string>();
  const deletedCategories = new Set<string>();
  for (const { list, kind } of slugKinds)
    for (const entry of seed[list]) {
      if (!apiOwned(kind.type, entry.slug)) continue;
      const stored = await kind.read(tx, entry.slug);
      const document = kind.schema.parse(entry);
      if (stored && stableJson(stored.document) === stableJson(document)) continue;
      conflicts.push({ recordType: kind.type, key: entry.slug, reason: stored ? 'edited through the API' : 'deleted through the API' });
      if (force) forcedRecords.push({ kind, document, before: stored?.document ?? null });
      else skipped.add(`${kind.type}:${entry.slug}`);
      if (!stored && list === 'categories' && !force) deletedCategories.add(entry.slug);
    }
  // A category deleted through the API held no resource then: the seed's resources in it wait with it.
  for (const r of seed.resources)
    if (!ownedByApi.has(r.name) && [r.category, ...r.alsoListedIn.map((l) => l.category)].some((c) => deletedCategories.has(c))) {
      conflicts.push({ recordType: 'resource', key: r.name, reason: 'in a category deleted through the API' });
      ownedByApi.add(r.name);
      deleted.add(r.name);
    }
  // A resource's field notes and apiVersions are part of its document: whoever owns it owns them.
  const withoutOwned = {
    ...seed,
    resources: seed.resources.filter((r) => !ownedByApi.has(r.name)),
    fieldNotes: seed.fieldNotes.filter((n) => !ownedByApi.has(n.resource)),
    apiVersions: seed.apiVersions.filter((k) => !ownedByApi.has(k.resource)),
  };
  if (force) return { seed: withoutOwned, conflicts, forced, forcedRelations: relations, forcedRecords, skipped };
  const editedRelations = new Set(relations.map(relationKey));
  const kept = { ...withoutOwned, relations: seed.relations.filter((rel) => !editedRelations.has(relationKey(rel))) };
  if (ownedByApi.size === 0) return { seed: kept, conflicts, forced, forcedRelations: [], forcedRecords, skipped };

  const names = (r: SeedKnowledge['resources'][number]) => [r.variant?.of, r.supersededBy].filter((n) => n !== undefined);
  for (const r of seed.resources)
    if (!ownedByApi.has(r.name) && names(r).some((n) => deleted.has(n))) {
      conflicts.push({ recordType: 'resource', key: r.name, reason: 'points to a resource deleted through the API' });
      ownedByApi.add(r.name);
      deleted.add(r.name);
    }
  const gone = (name: string | undefined) => name !== undefined && deleted.has(name);
  for (const c of seed.comparisons) if (c.resources.some(gone)) skipped.add(`comparison:${c.slug}`);
  for (const c of seed.corrections) if (gone(c.resource)) skipped.add(`correction:${c.slug}`);
  return {
    seed: {
      ...kept,
      resources: seed.resources.filter((r) => !ownedByApi.has(r.name)),
      relations: kept.relations.filter((rel) => !gone(rel.from) && !gone(rel.to)),
      fieldNotes: kept.fieldNotes.filter((n) => !ownedByApi.has(n.resource)),
      apiVersions: kept.apiVersions.filter((k) => !ownedByApi.has(k.resource)),
    },
    conflicts,
    forced: [],
    forcedRelations: [],
    forcedRecords,
    skipped,
  };
}

const relationKey = (r: { from: string; kind: string; to: string }) => `${r.from} ${r.kind} ${r.to}`;

/** Seed relations whose last change came through the API and whose note (or existence) now differs. */
async function relationConflicts(tx: WriteTx, seed: SeedKnowledge, apiOwned: (type: string, key: string) => boolean): Promise<SeedKnowledge['relations']> {
  const edited = seed.relations.filter((rel) => apiOwned('relation', relationKey(rel)));
  const out: SeedKnowledge['relations'] = [];
  for (const rel of edited) {
    const stored = await tx.relation.findFirst({ where: { kind: rel.kind, from: { name: rel.from }, to: { name: rel.to } }, include: { texts: true } });
    const same = stored !== null && stored.texts.length === Object.keys(rel.note).length && stored.texts.every((t) => rel.note[t.lang as keyof typeof rel.note] === t.note);
    if (!same) out.push(rel);
  }
  return out;
}

/**
 * Writes the forced documents whole (as a PUT would, so nothing the API added survives), raising
 * their versions, and records each as a `seed` change: from then on the files own them again.
 */
export async function writeForced(tx: WriteTx, forced: SeedPlan['forced']): Promise<void> {
  for (const { document } of forced) {
    const existing = await tx.resource.findUnique({ where: { name: document.name }, select: { id: true } });
    const refs = await checkResourceReferences(tx, document, existing?.id ?? null);
    const id = existing ? existing.id : (await tx.resource.create({ data: { name: document.name, categoryId: refs.categoryId, position: document.position } })).id;
    if (existing) await tx.resource.update({ where: { id }, data: { version: { increment: 1 } } });
    await writeResourceRows(tx, id, document, refs);
  }
}

/**
 * After the upsert, writes each forced category, comparison and correction whole (so nothing the
 * API added to it survives), raising its version.
 */
export async function writeForcedRecords(tx: WriteTx, forced: SeedPlan['forcedRecords']): Promise<void> {
  for (const { kind, document } of forced) {
    const stored = await kind.read(tx, document.slug);
    if (!stored) continue;
    await kind.claim(tx, stored.id, stored.version);
    await kind.write(tx, { id: stored.id, position: stored.position }, document);
  }
}

/** The change records of forced records, at the revision the seed run produced: the files own them again. */
export async function recordForced(tx: WriteTx, plan: SeedPlan, revision: number): Promise<void> {
  for (const { document, before } of plan.forced)
    await recordChange(tx, { revision, actor: null, operation: 'seed', recordType: 'resource', recordKey: document.name, before, after: document });
  for (const { kind, document, before } of plan.forcedRecords)
    await recordChange(tx, { revision, actor: null, operation: 'seed', recordType: kind.type, recordKey: document.slug, before, after: document });
  for (const rel of plan.forcedRelations)
    await recordChange(tx, { revision, actor: null, operation: 'seed', recordType: 'relation', recordKey: relationKey(rel), before: null, after: rel });
}
