import { z } from 'zod';
import { AppError } from '../errors.js';
import { assertAddressable } from './addressable-key.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { mergePatch } from './merge-patch.js';
import { parseDocument } from './parse-document.js';
import { recordChange } from './record-change.js';
import type { RecordKind, StoredRecord } from './record-kind.js';
import { runWrite } from './run-write.js';
import type { WriteActor, WriteTx } from './write-transaction.js';

/** A record as a write left it: its write document, its version, and the knowledge revision the write made. */
export interface RecordWriteResult<D> {
  revision: number;
  version: number;
  document: D;
}

/** The record a write addresses and the version the client read (the ETag of its write document). */
export interface ExpectedRecord {
  slug: string;
  version: number | undefined;
}

// The change log keeps a record's place beside its document (as for relations), so a restore after a delete puts it back where it was.
const logged = <D>(doc: D, position: number) => ({ ...doc, position });

function unlogged(json: string): unknown {
  const { position: _position, ...doc } = JSON.parse(json) as Record<string, unknown>;
  return doc;
}

/** The current write document of a record and its version, read from the database. */
export async function readRecordSource<D extends { slug: string }>(store: KnowledgeStore, kind: RecordKind<D>, slug: string): Promise<{ version: number; document: D }> {
  assertAddressable(kind.type, slug);
  const found = await store.readConsistently((tx) => kind.read(tx, slug));
  if (!found) throw new AppError('NOT_FOUND', { message: `No ${kind.type} ${slug}` });
  return { version: found.version, document: found.document };
}

/** Creates a record from a whole write document, after the last of its kind. */
export async function createRecord<D extends { slug: string }>(store: KnowledgeStore, actor: WriteActor, kind: RecordKind<D>, input: unknown): Promise<RecordWriteResult<D>> {
  const doc = parseDocument(kind.schema, input, kind.type);
  const { revision } = await runWrite(store, async (tx, revision) => {
    if (await kind.read(tx, doc.slug))
      throw new AppError('CONFLICT', { message: `A ${kind.type} ${doc.slug} already exists`, issues: [{ path: 'slug', message: `${doc.slug} already exists` }] });
    const position = await kind.nextPosition(tx);
    await kind.write(tx, { id: null, position }, doc);
    await recordChange(tx, { revision, actor, operation: 'create', recordType: kind.type, recordKey: doc.slug, before: null, after: logged(doc, position) });
  });
  return { revision, version: 1, document: doc };
}

/** Replaces a record's whole write document (PUT); its slug is its address and cannot change. */
export async function replaceRecord<D extends { slug: string }>(store: KnowledgeStore, actor: WriteActor, kind: RecordKind<D>, expected: ExpectedRecord, input: unknown): Promise<RecordWriteResult<D>> {
  const doc = parseDocument(kind.schema, input, kind.type);
  return updateWith(store, actor, kind, expected, () => doc, 'update');
}

/** Merges an RFC 7396 merge patch into a record's write document (PATCH). */
export async function patchRecord<D extends { slug: string }>(store: KnowledgeStore, actor: WriteActor, kind: RecordKind<D>, expected: ExpectedRecord, patch: unknown): Promise<RecordWriteResult<D>> {
  parseDocument(z.record(z.string(), z.unknown()), patch, 'merge patch');
  return updateWith(store, actor, kind, expected, (before) => parseDocument(kind.schema, mergePatch(before, patch), kind.type), 'update');
}

/** The stored record, checked against the version the client read. */
async function current<D extends { slug: string }>(tx: WriteTx, kind: RecordKind<D>, expected: ExpectedRecord): Promise<StoredRecord<D>> {
  assertAddressable(kind.type, expected.slug);
  const found = await kind.read(tx, expected.slug);
  if (!found) throw new AppError('NOT_FOUND', { message: `No ${kind.type} ${expected.slug}` });
  if (expected.version === undefined)
    throw new AppError('VERSION_REQUIRED', { message: `Send the version you read (If-Match with the ETag of GET .../source; version ${found.version} is current)` });
  if (expected.version !== found.version || !(await kind.claim(tx, found.id, found.version)))
    throw new AppError('STALE_VERSION', { message: `${kind.type} ${expected.slug} is at version ${found.version}, not ${expected.version}: read it again and reapply your change`, details: { currentVersion: found.version } });
  return found;
}

async function updateWith<D extends { slug: string }>(
  store: KnowledgeStore,
  actor: WriteActor,
  kind: RecordKind<D>,
  expected: ExpectedRecord,
  next: (before: D) => D,
  operation: 'update' | 'restore',
): Promise<RecordWriteResult<D>> {
  const { revision, result } = await runWrite(store, async (tx, revision) => {
    const found = await current(tx, kind, expected);
    const doc = next(found.document);
    if (doc.slug !== found.document.slug)
      throw new AppError('VALIDATION_FAILED', { message: `A ${kind.type}'s slug is its address: create the new one and delete the old`, issues: [{ path: 'slug', message: `must stay ${found.document.slug}` }] });
    await kind.write(tx, { id: found.id, position: found.position }, doc);
    await recordChange(tx, { revision, actor, operation, recordType: kind.type, recordKey: doc.slug, before: logged(found.document, found.position), after: logged(doc, found.position) });
    return { version: found.version + 1, document: doc };
  });
  return { revision, ...result };
}

/** Deletes a record; refused with CONFLICT naming what is built on it. */
export async function deleteRecord<D extends { slug: string }>(store: KnowledgeStore, actor: WriteActor, kind: RecordKind<D>, expected: ExpectedRecord): Promise<{ revision: number }> {
  const { revision } = await runWrite(store, async (tx, revision) => {
    const found = await current(tx, kind, expected);
    const usedBy = await kind.usedBy(tx, found.id);
    const uses = Object.entries(usedBy).filter(([, list]) => list.length > 0);
    if (uses.length > 0)
      throw new AppError('CONFLICT', { message: `${kind.type} ${expected.slug} is in use: ${uses.map(([what, list]) => `${what} ${list.join(', ')}`).join('; ')}`, details: { usedBy } });
    await kind.remove(tx, found.id);
    await recordChange(tx, { revision, actor, operation: 'delete', recordType: kind.type, recordKey: expected.slug, before: logged(found.document, found.position), after: null });
  });
  return { revision };
}

/**
 * Restores a record to the state a change left it in, or, for the change that deleted it, to the
 * state it had then, at its old place. Itself a new change; a record that exists needs its current version.
 */
export async function restoreRecord<D extends { slug: string }>(store: KnowledgeStore, actor: WriteActor, kind: RecordKind<D>, expected: ExpectedRecord, atRevision: number): Promise<RecordWriteResult<D>> {
  assertAddressable(kind.type, expected.slug);
  const change = await store.database.change.findFirst({ where: { revision: atRevision, recordType: kind.type, recordKey: expected.slug } });
  if (!change) throw new AppError('NOT_FOUND', { message: `No change of ${kind.type} ${expected.slug} at revision ${atRevision}` });
  const json = change.operation === 'delete' ? change.before : change.after;
  if (json === null) throw new AppError('CONFLICT', { message: `The change at revision ${atRevision} left ${kind.type} ${expected.slug} without a state to restore` });
  const target = parseDocument(kind.schema, unlogged(json), kind.type);
  const position = (JSON.parse(json) as { position?: unknown }).position;
  if (await store.readConsistently((tx) => kind.read(tx, expected.slug))) return updateWith(store, actor, kind, expected, () => target, 'restore');
  const { revision, result } = await runWrite(store, async (tx, revision) => {
    const at = typeof position === 'number' ? position : await kind.nextPosition(tx);
    await kind.write(tx, { id: null, position: at }, target);
    await recordChange(tx, { revision, actor, operation: 'restore', recordType: kind.type, recordKey: target.slug, before: null, after: logged(target, at) });
    return { version: 1, document: target };
  });
  return { revision, ...result };
}
