import type { JsonValue } from '../knowledge/knowledge-types.js';
import { categoryRecord } from '../writes/category-record.js';
import { comparisonRecord } from '../writes/comparison-record.js';
import { correctionRecord } from '../writes/correction-record.js';
import type { RecordKind } from '../writes/record-kind.js';
import { createRecord, deleteRecord, patchRecord, replaceRecord, restoreRecord, type RecordWriteResult } from '../writes/record-writes.js';
import { createRelation, deleteRelation, replaceRelation } from '../writes/relation-writes.js';
import { builder } from './builder.js';
import { writer } from './mutation-writer.js';
import { JsonScalar } from './scalars.js';

const RecordWriteRef = builder.objectRef<RecordWriteResult<unknown>>('RecordWrite').implement({
  description: 'A category, comparison, correction or relation as a write left it.',
  fields: (t) => ({
    revision: t.exposeInt('revision', { description: 'The knowledge revision the write produced.' }),
    version: t.exposeInt('version', { description: 'The version of the record now: pass it as expectedVersion to the next write.' }),
    document: t.field({ type: JsonScalar, description: "The record's write document (its seed entry, every language).", resolve: (w) => w.document as JsonValue }),
  }),
});

const RecordDeletionRef = builder.objectRef<{ revision: number }>('RecordDeletion').implement({
  description: 'A record deleted.',
  fields: (t) => ({ revision: t.exposeInt('revision', { description: 'The knowledge revision the delete produced; the restore mutation takes it.' }) }),
});

const kinds: { title: string; kind: RecordKind<{ slug: string }> }[] = [
  { title: 'Category', kind: categoryRecord as unknown as RecordKind<{ slug: string }> },
  { title: 'Comparison', kind: comparisonRecord as unknown as RecordKind<{ slug: string }> },
  { title: 'Correction', kind: correctionRecord as unknown as RecordKind<{ slug: string }> },
];

// The same five mutations for every kind keyed by slug, through the one core the REST routes call.
for (const { title, kind } of kinds) {
  const edit = kind.editScope === 'admin' ? 'admin token' : 'write token';
  builder.mutationFields((t) => ({
    [`create${title}`]: t.field({
      type: RecordWriteRef,
      description: `Creates a ${kind.type} from a whole write document (${edit}).`,
      args: { document: t.arg({ type: JsonScalar, required: true, description: 'the write document' }) },
      resolve: async (_root, args, ctx) => {
        const { store, actor } = writer(ctx, kind.editScope);
        return createRecord(store, actor, kind, args.document);
      },
    }),
    [`update${title}`]: t.field({
      type: RecordWriteRef,
      description: `Replaces a ${kind.type}'s whole write document (${edit}).`,
      args: {
        slug: t.arg.string({ required: true, description: `slug of the ${kind.type}` }),
        document: t.arg({ type: JsonScalar, required: true, description: 'the whole write document' }),
        expectedVersion: t.arg.int({ required: true, description: 'the version read (RecordWrite.version, or the ETag of GET .../source)' }),
      },
      resolve: async (_root, args, ctx) => {
        const { store, actor } = writer(ctx, kind.editScope);
        return replaceRecord(store, actor, kind, { slug: args.slug, version: args.expectedVersion }, args.document);
      },
    }),
    [`patch${title}`]: t.field({
      type: RecordWriteRef,
      description: `Merges an RFC 7396 merge patch into a ${kind.type} (${edit}).`,
      args: {
        slug: t.arg.string({ required: true, description: `slug of the ${kind.type}` }),
        patch: t.arg({ type: JsonScalar, required: true, description: 'a JSON merge patch of the write document' }),
        expectedVersion: t.arg.int({ required: true, description: 'the version read' }),
      },
      resolve: async (_root, args, ctx) => {
        const { store, actor } = writer(ctx, kind.editScope);
        return patchRecord(store, actor, kind, { slug: args.slug, version: args.expectedVersion }, args.patch);
      },
    }),
    [`delete${title}`]: t.field({
      type: RecordDeletionRef,
      description: `Deletes a ${kind.type} (admin token)${kind.type === 'category' ? '; refused while it holds or lists resources' : ''}.`,
      args: { slug: t.arg.string({ required: true, description: `slug of the ${kind.type}` }), expectedVersion: t.arg.int({ required: true, description: 'the version read' }) },
      resolve: async (_root, args, ctx) => {
        const { store, actor } = writer(ctx, 'admin');
        return deleteRecord(store, actor, kind, { slug: args.slug, version: args.expectedVersion });
      },
    }),
    [`restore${title}`]: t.field({
      type: RecordWriteRef,
      description: `Restores a ${kind.type} as the change at \`revision\` left it, or as it was when that change deleted it (admin token).`,
      args: {
        slug: t.arg.string({ required: true, description: `slug of the ${kind.type}` }),
        revision: t.arg.int({ required: true, description: 'revision of a change in its history' }),
        expectedVersion: t.arg.int({ required: false, description: 'the current version, when it exists' }),
      },
      resolve: async (_root, args, ctx) => {
        const { store, actor } = writer(ctx, 'admin');
        return restoreRecord(store, actor, kind, { slug: args.slug, version: args.expectedVersion ?? undefined }, args.revision);
      },
    }),
  }));
}

builder.mutationFields((t) => ({
  createRelation: t.field({
    type: RecordWriteRef,
    description: 'Creates a relation between two existing resources (write token); variants are declared on the resource.',
    args: { document: t.arg({ type: JsonScalar, required: true, description: "the relation's write document (from, kind, to, note)" }) },
    resolve: async (_root, args, ctx) => {
      const { store, actor } = writer(ctx, 'write');
      return createRelation(store, actor, args.document);
    },
  }),
  updateRelation: t.field({
    type: RecordWriteRef,
    description: "Replaces a relation's note (write token); its ends and kind are its address.",
    args: {
      from: t.arg.string({ required: true, description: 'canonical name of the resource it starts from' }),
      kind: t.arg.string({ required: true, description: 'relation kind' }),
      to: t.arg.string({ required: true, description: 'canonical name of the resource it points to' }),
      document: t.arg({ type: JsonScalar, required: true, description: 'the whole write document' }),
      expectedVersion: t.arg.int({ required: true, description: 'the version read' }),
    },
    resolve: async (_root, args, ctx) => {
      const { store, actor } = writer(ctx, 'write');
      return replaceRelation(store, actor, { key: { from: args.from, kind: args.kind, to: args.to }, version: args.expectedVersion }, args.document);
    },
  }),
  deleteRelation: t.field({
    type: RecordDeletionRef,
    description: 'Deletes a relation (admin token).',
    args: {
      from: t.arg.string({ required: true, description: 'canonical name of the resource it starts from' }),
      kind: t.arg.string({ required: true, description: 'relation kind' }),
      to: t.arg.string({ required: true, description: 'canonical name of the resource it points to' }),
      expectedVersion: t.arg.int({ required: true, description: 'the version read' }),
    },
    resolve: async (_root, args, ctx) => {
      const { store, actor } = writer(ctx, 'admin');
      return deleteRelation(store, actor, { key: { from: args.from, kind: args.kind, to: args.to }, version: args.expectedVersion });
    },
  }),
}));
