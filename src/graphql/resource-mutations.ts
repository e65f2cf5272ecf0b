import type { JsonValue } from '../knowledge/knowledge-types.js';
import { createResource, deleteResource, patchResource, replaceResource, restoreResource, type ResourceWriteResult } from '../writes/resource-writes.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';
import { ResourceRef } from './refs.js';
import { writer } from './mutation-writer.js';
import { JsonScalar } from './scalars.js';

builder.mutationType({ description: 'Edits of the knowledge: each needs a Bearer token and the version the client read (CONFLICT when another write came first).' });


const ResourceWriteRef = builder.objectRef<ResourceWriteResult & { store: NonNullable<GraphQLContext['store']> }>('ResourceWrite').implement({
  description: 'A resource as a write left it.',
  fields: (t) => ({
    revision: t.exposeInt('revision', { description: 'The knowledge revision the write produced.' }),
    version: t.exposeInt('version', { description: 'The version of the resource now: pass it as expectedVersion to the next write.' }),
    document: t.field({ type: JsonScalar, description: "The resource's write document (the shape of its seed file, every language).", resolve: (w) => w.document as unknown as JsonValue }),
    resource: t.field({ type: ResourceRef, nullable: true, description: 'The resource as reads now serve it.', resolve: (w) => w.store.snapshot.resource(w.document.name) ?? null }),
  }),
});

const DeletionRef = builder.objectRef<{ revision: number; name: string }>('ResourceDeletion').implement({
  description: 'A resource deleted, with its relations.',
  fields: (t) => ({
    revision: t.exposeInt('revision', { description: 'The knowledge revision the delete produced; restoreResource takes it.' }),
    name: t.exposeString('name', { description: 'The deleted resource.' }),
  }),
});


builder.mutationFields((t) => ({
  createResource: t.field({
    type: ResourceWriteRef,
    description: 'Creates a resource from a whole write document (write token).',
    args: { document: t.arg({ type: JsonScalar, required: true, description: 'the write document' }) },
    resolve: async (_root, args, ctx) => {
      const { store, actor } = writer(ctx, 'write');
      return { ...(await createResource(store, actor, args.document)), store };
    },
  }),
  updateResource: t.field({
    type: ResourceWriteRef,
    description: "Replaces a resource's whole write document (write token).",
    args: {
      name: t.arg.string({ required: true, description: 'canonical resource name' }),
      document: t.arg({ type: JsonScalar, required: true, description: 'the whole write document' }),
      expectedVersion: t.arg.int({ required: true, description: 'the version read (ResourceWrite.version, or the ETag of GET .../source)' }),
    },
    resolve: async (_root, args, ctx) => {
      const { store, actor } = writer(ctx, 'write');
      return { ...(await replaceResource(store, actor, { name: args.name, version: args.expectedVersion }, args.document)), store };
    },
  }),
  patchResource: t.field({
    type: ResourceWriteRef,
    description: 'Merges an RFC 7396 merge patch into a resource (write token).',
    args: {
      name: t.arg.string({ required: true, description: 'canonical resource name' }),
      patch: t.arg({ type: JsonScalar, required: true, description: 'a JSON merge patch of the write document' }),
      expectedVersion: t.arg.int({ required: true, description: 'the version read' }),
    },
    resolve: async (_root, args, ctx) => {
      const { store, actor } = writer(ctx, 'write');
      return { ...(await patchResource(store, actor, { name: args.name, version: args.expectedVersion }, args.patch)), store };
    },
  }),
  deleteResource: t.field({
    type: DeletionRef,
    description: 'Deletes a resource and its relations (admin token); refused while other knowledge is built on it.',
    args: { name: t.arg.string({ required: true, description: 'canonical resource name' }), expectedVersion: t.arg.int({ required: true, description: 'the version read' }) },
    resolve: async (_root, args, ctx) => {
      const { store, actor } = writer(ctx, 'admin');
      const { revision } = await deleteResource(store, actor, { name: args.name, version: args.expectedVersion });
      return { revision, name: args.name };
    },
  }),
  restoreResource: t.field({
    type: ResourceWriteRef,
    description: 'Restores a resource as the change at `revision` left it, or as it was when that change deleted it (admin token).',
    args: {
      name: t.arg.string({ required: true, description: 'canonical resource name' }),
      revision: t.arg.int({ required: true, description: 'revision of a change in its history' }),
      expectedVersion: t.arg.int({ required: false, description: 'the current version, when the resource exists' }),
    },
    resolve: async (_root, args, ctx) => {
      const { store, actor } = writer(ctx, 'admin');
      return { ...(await restoreResource(store, actor, { name: args.name, version: args.expectedVersion ?? undefined }, args.revision)), store };
    },
  }),
}));

