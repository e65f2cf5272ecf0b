import { checkResourceReferences } from '../writes/check-resource-references.js';
import { recordChange } from '../writes/record-change.js';
import { readResourceDocument, sameDocument, seedDocument, type ResourceDocument } from '../writes/resource-document.js';
import { writeResourceRows } from '../writes/write-resource-rows.js';
import type { WriteTx } from '../writes/write-transaction.js';
import type { SeedKnowledge } from './read-seed.js';

/** A seed record that differs from one edited through the API since the files last won. */
export interface SeedConflict {
  recordType: 'resource' | 'relation';
  key: string;
  reason: 'edited through the API' | 'deleted through the API' | 'points to a resource deleted through the API';
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
}

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
  // A resource's field notes and apiVersions are part of its document: whoever owns it owns them.
  const withoutOwned = {
    ...seed,
    resources: seed.resources.filter((r) => !ownedByApi.has(r.name)),
    fieldNotes: seed.fieldNotes.filter((n) => !ownedByApi.has(n.resource)),
    apiVersions: seed.apiVersions.filter((k) => !ownedByApi.has(k.resource)),
  };
  if (force) return { seed: withoutOwned, conflicts, forced, forcedRelations: relations };
  const skipped = new Set(relations.map(relationKey));
  const kept = { ...withoutOwned, relations: seed.relations.filter((rel) => !skipped.has(relationKey(rel))) };
  if (ownedByApi.size === 0) return { seed: kept, conflicts, forced, forcedRelations: [] };

  const names = (r: SeedKnowledge['resources'][number]) => [r.variant?.of, r.supersededBy].filter((n) => n !== undefined);
  for (const r of seed.resources)
    if (!ownedByApi.has(r.name) && names(r).some((n) => deleted.has(n))) {
      conflicts.push({ recordType: 'resource', key: r.name, reason: 'points to a resource deleted through the API' });
      ownedByApi.add(r.name);
      deleted.add(r.name);
    }
  const gone = (name: string | undefined) => name !== undefined && deleted.has(name);
  return {
    seed: {
      ...kept,
      resources: seed.resources.filter((r) => !ownedByApi.has(r.name)),
      relations: kept.relations.filter((rel) => !gone(rel.from) && !gone(rel.to)),
      comparisons: seed.comparisons.filter((c) => !c.resources.some(gone)),
      corrections: seed.corrections.filter((c) => !gone(c.resource)),
      fieldNotes: kept.fieldNotes.filter((n) => !ownedByApi.has(n.resource)),
      apiVersions: kept.apiVersions.filter((k) => !ownedByApi.has(k.resource)),
    },
    conflicts,
    forced: [],
    forcedRelations: [],
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

/** The change records of forced records, at the revision the seed run produced: the files own them again. */
export async function recordForced(tx: WriteTx, plan: SeedPlan, revision: number): Promise<void> {
  for (const { document, before } of plan.forced)
    await recordChange(tx, { revision, actor: null, operation: 'seed', recordType: 'resource', recordKey: document.name, before, after: document });
  for (const rel of plan.forcedRelations)
    await recordChange(tx, { revision, actor: null, operation: 'seed', recordType: 'relation', recordKey: relationKey(rel), before: null, after: rel });
}
