import { findRelation, relationKey } from '../knowledge/find-relation.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { builder } from './builder.js';
import { langArg, langOf } from './lang.js';
import { RelationRef, ResourceRef } from './refs.js';
import { RelationKindEnum } from './vocabulary-enums.js';

function end(snapshot: KnowledgeSnapshot, name: string) {
  const resource = snapshot.resource(name);
  if (!resource) throw new Error(`relation points at missing resource ${name}`);
  return resource;
}

builder.node(RelationRef, {
  description: 'A directed relation between two resources: `from` parent_of `to`, `from` variant_of `to`, ...',
  id: { resolve: (rel) => relationKey(rel) },
  loadOne: (key, ctx) => findRelation(ctx.snapshot, key) ?? null,
  fields: (t) => ({
    kind: t.field({ type: RelationKindEnum, description: 'What the relation means.', resolve: (rel) => rel.kind }),
    from: t.field({ type: ResourceRef, description: 'The resource the relation starts at.', resolve: (rel, _args, ctx) => end(ctx.snapshot, rel.from) }),
    to: t.field({ type: ResourceRef, description: 'The resource the relation points at.', resolve: (rel, _args, ctx) => end(ctx.snapshot, rel.to) }),
    note: t.string({ description: 'Why the two are related, in words.', args: langArg, resolve: (rel, args, ctx) => rel.text[langOf(args, ctx)].note }),
  }),
});
