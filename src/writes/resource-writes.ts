import { z } from 'zod';
import { AppError } from '../errors.js';
import { assertAddressable } from './addressable-key.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { checkResourceReferences } from './check-resource-references.js';
import { mergePatch } from './merge-patch.js';
import { parseDocument } from './parse-document.js';
import { recordChange } from './record-change.js';
import { canonicalDocument, readResourceDocument, ResourceDocumentSchema, type ResourceDocument } from './resource-document.js';
import { runWrite } from './run-write.js';
import { deleteResourceRows } from './delete-resource-rows.js';
import { writeResourceRows } from './write-resource-rows.js';
import type { WriteActor, WriteTx } from './write-transaction.js';

/** A resource as a write left it: its document and version, and the knowledge revision the write made. */
export interface ResourceWriteResult {
  revision: number;
  version: number;
  document: ResourceDocument;
}

/** What identifies the stored state a write expects to change (the ETag of its write document). */
export interface Expected {
  name: string;
  version: number | undefined;
}

function parseResource(input: unknown): ResourceDocument {
  return canonicalDocument(parseDocument(ResourceDocumentSchema, input, 'resource'));
}

/** The stored resource a write addresses, checked against the version the client read. */
async function current(tx: WriteTx, expected: Expected) {
  const found = await readResourceDocument(tx, expected.name);
  if (!found) throw new AppError('NOT_FOUND', { message: `No resource named ${expected.name}` });
  if (expected.version === undefined)
    throw new AppError('VERSION_REQUIRED', { message: `Send the version you read (If-Match with the ETag of GET .../source; version ${found.version} is current)` });
  if (expected.version !== found.version)
    throw new AppError('STALE_VERSION', { message: `${expected.name} is at version ${found.version}, not ${expected.version}: read it again and reapply your change`, details: { currentVersion: found.version } });
  return found;
}

/** Raises the record's version only if it is still the one checked: two writers can never both win. */
async function claimVersion(tx: WriteTx, id: number, version: number): Promise<number> {
  const claimed = await tx.resource.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (claimed.count !== 1) throw new AppError('STALE_VERSION', { message: 'A concurrent write changed the resource first: read it again and reapply your change' });
  return version + 1;
}

/** The current write document of a resource and its version, read from the database. */
export async function readResourceSource(store: KnowledgeStore, name: string): Promise<{ version: number; document: ResourceDocument }> {
  assertAddressable('resource named', name);
  // Its rows are read by several queries: one consistent view, or a concurrent write could be half seen.
  const found = await store.readConsistently((tx) => readResourceDocument(tx, name));
  if (!found) throw new AppError('NOT_FOUND', { message: `No resource named ${name}` });
  return { version: found.version, document: found.document };
}

/** Creates a resource from a whole write document. */
export async function createResource(store: KnowledgeStore, actor: WriteActor, input: unknown): Promise<ResourceWriteResult> {
  const doc = parseResource(input);
  const { revision, result } = await runWrite(store, async (tx, revision) => {
    if (await tx.resource.findUnique({ where: { name: doc.name }, select: { id: true } }))
      throw new AppError('CONFLICT', { message: `A resource named ${doc.name} already exists`, issues: [{ path: 'name', message: `${doc.name} already exists` }] });
    const refs = await checkResourceReferences(tx, doc, null);
    const { id } = await tx.resource.create({ data: { name: doc.name, categoryId: refs.categoryId, position: doc.position } });
    await writeResourceRows(tx, id, doc, refs);
    await recordChange(tx, { revision, actor, operation: 'create', recordType: 'resource', recordKey: doc.name, before: null, after: doc });
    return { version: 1, document: doc };
  });
  return { revision, ...result };
}

/** Replaces a resource's whole write document (PUT); the name cannot change. */
export async function replaceResource(store: KnowledgeStore, actor: WriteActor, expected: Expected, input: unknown): Promise<ResourceWriteResult> {
  const doc = parseResource(input);
  return updateWith(store, actor, expected, () => doc, 'update');
}

/** Merges an RFC 7396 merge patch into a resource's write document (PATCH). */
export async function patchResource(store: KnowledgeStore, actor: WriteActor, expected: Expected, patch: unknown): Promise<ResourceWriteResult> {
  // Anything but an object would replace the whole document (RFC 7396): that is what PUT is for.
  parseDocument(z.record(z.string(), z.unknown()), patch, 'merge patch');
  return updateWith(store, actor, expected, (before) => parseResource(mergePatch(before, patch)), 'update');
}

/**
 * Refuses a stale or missing version before the write queues for the revision lock, so that losers
 * of a race answer 412 at once; the check inside the transaction stays the one that counts.
 */
async function precheck(store: KnowledgeStore, expected: Expected): Promise<void> {
  assertAddressable('resource named', expected.name);
  const row = await store.database.resource.findUnique({ where: { name: expected.name }, select: { version: true } });
  if (row && expected.version !== undefined && expected.version !== row.version)
    throw new AppError('STALE_VERSION', { message: `${expected.name} is at version ${row.version}, not ${expected.version}: read it again and reapply your change`, details: { currentVersion: row.version } });
}

async function updateWith(store: KnowledgeStore, actor: WriteActor, expected: Expected, next: (before: ResourceDocument) => ResourceDocument, operation: 'update' | 'restore'): Promise<ResourceWriteResult> {
  await precheck(store, expected);
  const { revision, result } = await runWrite(store, async (tx, revision) => {
    const found = await current(tx, expected);
    const doc = next(found.document);
    if (doc.name !== found.document.name)
      throw new AppError('VALIDATION_FAILED', { message: 'A resource cannot be renamed: create the new one and delete the old', issues: [{ path: 'name', message: `must stay ${found.document.name}` }] });
    const refs = await checkResourceReferences(tx, doc, found.id);
    const version = await claimVersion(tx, found.id, found.version);
    await writeResourceRows(tx, found.id, doc, refs);
    await recordChange(tx, { revision, actor, operation, recordType: 'resource', recordKey: doc.name, before: found.document, after: doc });
    return { version, document: doc };
  });
  return { revision, ...result };
}

/** Deletes a resource and its relations (see deleteResourceRows for what refuses a delete). */
export async function deleteResource(store: KnowledgeStore, actor: WriteActor, expected: Expected): Promise<{ revision: number }> {
  await precheck(store, expected);
  const { revision } = await runWrite(store, async (tx, revision) => {
    const found = await current(tx, expected);
    await claimVersion(tx, found.id, found.version);
    await deleteResourceRows(tx, { id: found.id, name: expected.name, revision, actor, before: found.document });
  });
  return { revision };
}

/**
 * Restores a resource to the state a change left it in (its `after`), or, for the change that
 * deleted it, to the state it had then, together with the relations that delete removed. Itself a
 * new change; a resource that exists must be addressed with its current version.
 */
export async function restoreResource(store: KnowledgeStore, actor: WriteActor, expected: Expected, atRevision: number): Promise<ResourceWriteResult> {
  assertAddressable('resource named', expected.name);
  const change = await store.database.change.findFirst({ where: { revision: atRevision, recordType: 'resource', recordKey: expected.name } });
  if (!change) throw new AppError('NOT_FOUND', { message: `No change of ${expected.name} at revision ${atRevision}` });
  const snapshotJson = change.operation === 'delete' ? change.before : change.after;
  if (snapshotJson === null) throw new AppError('CONFLICT', { message: `The change at revision ${atRevision} left ${expected.name} without a state to restore` });
  const target = parseResource(JSON.parse(snapshotJson));
  const exists = await store.database.resource.findUnique({ where: { name: expected.name }, select: { id: true } });
  if (exists) return updateWith(store, actor, expected, () => target, 'restore');
  const { revision, result } = await runWrite(store, async (tx, revision) => {
    const refs = await checkResourceReferences(tx, target, null);
    const { id } = await tx.resource.create({ data: { name: target.name, categoryId: refs.categoryId, position: target.position } });
    await writeResourceRows(tx, id, target, refs);
    await recordChange(tx, { revision, actor, operation: 'restore', recordType: 'resource', recordKey: target.name, before: null, after: target });
    if (change.operation === 'delete') await restoreRelations(tx, { revision: atRevision, newRevision: revision, actor });
    return { version: 1, document: target };
  });
  return { revision, ...result };
}

/** The relations a resource's delete removed, put back where both ends exist again. */
async function restoreRelations(tx: WriteTx, at: { revision: number; newRevision: number; actor: WriteActor }): Promise<void> {
  const removed = await tx.change.findMany({ where: { revision: at.revision, recordType: 'relation', operation: 'delete' }, orderBy: { id: 'asc' } });
  for (const change of removed) {
    const rel = JSON.parse(change.before ?? 'null') as RelationDocument | null;
    if (!rel) continue;
    const ends = await tx.resource.findMany({ where: { name: { in: [rel.from, rel.to] } }, select: { id: true, name: true } });
    const fromId = ends.find((e) => e.name === rel.from)?.id;
    const toId = ends.find((e) => e.name === rel.to)?.id;
    if (fromId === undefined || toId === undefined) continue;
    await tx.relation.create({ data: { fromId, toId, kind: rel.kind, position: rel.position, texts: { create: Object.entries(rel.note).map(([lang, note]) => ({ lang, note })) } } });
    await recordChange(tx, { revision: at.newRevision, actor: at.actor, operation: 'restore', recordType: 'relation', recordKey: change.recordKey, before: null, after: rel });
  }
}

/** A relation as the change log keeps it (its seed form plus its order). */
export interface RelationDocument {
  from: string;
  kind: string;
  to: string;
  position: number;
  note: Record<string, string>;
}
