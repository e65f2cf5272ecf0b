import { AppError } from '../errors.js';
import { assertAddressable } from './addressable-key.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { LANGS } from '../knowledge/vocabulary.js';
import { RelationSeed } from '../seed/seed-files.js';
import { invalid, parseDocument } from './parse-document.js';
import { recordChange } from './record-change.js';
import type { RelationDocument } from './resource-writes.js';
import { runWrite } from './run-write.js';
import type { WriteActor, WriteTx } from './write-transaction.js';

/** A relation's address: its two ends and its kind, as in its seed entry. */
export interface RelationKey {
  from: string;
  kind: string;
  to: string;
}

/** A relation as a write left it. */
export interface RelationWriteResult {
  revision: number;
  version: number;
  document: RelationSeed;
}

const keyOf = (k: RelationKey) => `${k.from} ${k.kind} ${k.to}`;

async function findRelation(tx: WriteTx, key: RelationKey) {
  assertAddressable('relation', key.from, key.kind, key.to);
  const ends = await tx.resource.findMany({ where: { name: { in: [key.from, key.to] } }, select: { id: true, name: true } });
  const fromId = ends.find((e) => e.name === key.from)?.id;
  const toId = ends.find((e) => e.name === key.to)?.id;
  const row =
    fromId === undefined || toId === undefined ? null : await tx.relation.findUnique({ where: { fromId_toId_kind: { fromId, toId, kind: key.kind } }, include: { texts: true } });
  return { fromId, toId, row };
}

function relationDocument(key: RelationKey, row: { position: number; texts: { lang: string; note: string }[] }): RelationDocument {
  return { ...key, position: row.position, note: Object.fromEntries(row.texts.map((t) => [t.lang, t.note])) };
}

const seedShape = ({ position: _position, ...doc }: RelationDocument) => doc as unknown as RelationSeed;

/** A relation's write document (its seed entry) and version. */
export async function readRelationSource(store: KnowledgeStore, key: RelationKey): Promise<{ version: number; document: RelationSeed }> {
  const { row } = await store.readConsistently((tx) => findRelation(tx, key));
  if (!row) throw new AppError('NOT_FOUND', { message: `No relation ${keyOf(key)}` });
  return { version: row.version, document: seedShape(relationDocument(key, row)) };
}

/** Creates a relation between two existing resources (variants are declared on the resource). */
export async function createRelation(store: KnowledgeStore, actor: WriteActor, input: unknown): Promise<RelationWriteResult> {
  const doc = parseDocument(RelationSeed, input, 'relation');
  const { revision } = await runWrite(store, async (tx, revision) => {
    const { fromId, toId, row } = await findRelation(tx, doc);
    const issues = [
      ...(fromId === undefined ? [{ path: 'from', message: `unknown resource "${doc.from}"` }] : []),
      ...(toId === undefined ? [{ path: 'to', message: `unknown resource "${doc.to}"` }] : []),
    ];
    if (issues.length > 0 || fromId === undefined || toId === undefined) throw invalid('relation', issues);
    if (row) throw new AppError('CONFLICT', { message: `The relation ${keyOf(doc)} already exists` });
    const last = await tx.relation.aggregate({ _max: { position: true } });
    const position = (last._max.position ?? 0) + 1;
    await tx.relation.create({ data: { fromId, toId, kind: doc.kind, position, texts: { create: LANGS.map((lang) => ({ lang, note: doc.note[lang] })) } } });
    await recordChange(tx, { revision, actor, operation: 'create', recordType: 'relation', recordKey: keyOf(doc), before: null, after: { ...doc, position } });
  });
  return { revision, version: 1, document: doc };
}

/** Replaces a relation's note; its ends and kind are its address and cannot change. */
export async function replaceRelation(store: KnowledgeStore, actor: WriteActor, expected: { key: RelationKey; version: number | undefined }, input: unknown): Promise<RelationWriteResult> {
  const doc = parseDocument(RelationSeed, input, 'relation');
  if (keyOf(doc) !== keyOf(expected.key))
    throw invalid('relation', [{ path: 'from', message: `a relation's ends and kind are its address: must stay ${keyOf(expected.key)}` }]);
  const { revision, result } = await runWrite(store, async (tx, revision) => {
    const row = await checkedRelation(tx, expected);
    const claimed = await tx.relation.updateMany({ where: { id: row.id, version: row.version }, data: { version: { increment: 1 } } });
    if (claimed.count !== 1) throw new AppError('STALE_VERSION', { message: 'A concurrent write changed the relation first' });
    for (const lang of LANGS)
      await tx.relationText.upsert({ where: { relationId_lang: { relationId: row.id, lang } }, create: { relationId: row.id, lang, note: doc.note[lang] }, update: { note: doc.note[lang] } });
    const before = relationDocument(expected.key, row);
    await recordChange(tx, { revision, actor, operation: 'update', recordType: 'relation', recordKey: keyOf(doc), before, after: { ...doc, position: row.position } });
    return row.version + 1;
  });
  return { revision, version: result, document: doc };
}

/** Deletes a relation. */
export async function deleteRelation(store: KnowledgeStore, actor: WriteActor, expected: { key: RelationKey; version: number | undefined }): Promise<{ revision: number }> {
  const { revision } = await runWrite(store, async (tx, revision) => {
    const row = await checkedRelation(tx, expected);
    const removed = await tx.relation.deleteMany({ where: { id: row.id, version: row.version } });
    if (removed.count !== 1) throw new AppError('STALE_VERSION', { message: 'A concurrent write changed the relation first' });
    await recordChange(tx, { revision, actor, operation: 'delete', recordType: 'relation', recordKey: keyOf(expected.key), before: relationDocument(expected.key, row), after: null });
  });
  return { revision };
}

async function checkedRelation(tx: WriteTx, expected: { key: RelationKey; version: number | undefined }) {
  const { row } = await findRelation(tx, expected.key);
  if (!row) throw new AppError('NOT_FOUND', { message: `No relation ${keyOf(expected.key)}` });
  if (row.kind === 'variant_of') throw new AppError('CONFLICT', { message: 'A variant_of relation belongs to its resource: edit the variant in its write document' });
  if (expected.version === undefined) throw new AppError('VERSION_REQUIRED', { message: `Send If-Match with the version you read (version ${row.version} is current)` });
  if (expected.version !== row.version)
    throw new AppError('STALE_VERSION', { message: `${keyOf(expected.key)} is at version ${row.version}, not ${expected.version}`, details: { currentVersion: row.version } });
  return row;
}
