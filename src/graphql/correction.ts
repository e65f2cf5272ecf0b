import { builder } from './builder.js';
import { langArg, langOf } from './lang.js';
import { CorrectionRef, ResourceRef } from './refs.js';
import { CorrectionKindEnum } from './vocabulary-enums.js';

builder.node(CorrectionRef, {
  description: 'Something the source article gets wrong or leaves out, and what kubedex says instead.',
  id: { resolve: (c) => c.slug },
  // The article bounds how many corrections exist, so a scan costs nothing worth an index.
  loadOne: (slug, ctx) => ctx.snapshot.corrections.find((c) => c.slug === slug) ?? null,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable key of the correction.' }),
    // Not `kind`: Relation.kind is a RelationKind, and one `node` fragment may select both.
    correctionKind: t.field({ type: CorrectionKindEnum, description: 'What kind of mistake it fixes (REST: `kind`).', resolve: (c) => c.kind }),
    articleSection: t.exposeString('articleSection', { description: 'The heading of the article section concerned.' }),
    articleText: t.exposeString('articleText', { description: 'What the article says, quoted as written.' }),
    resource: t.field({
      type: ResourceRef,
      nullable: true,
      description: 'The resource the correction is about; null when it concerns the article as a whole.',
      resolve: (c, _args, ctx) => (c.resource === null ? null : (ctx.snapshot.resource(c.resource) ?? null)),
    }),
    correct: t.string({ description: 'What is right instead.', args: langArg, resolve: (c, args, ctx) => c.text[langOf(args, ctx)].correct }),
    reason: t.string({ description: 'Why the article is wrong or incomplete.', args: langArg, resolve: (c, args, ctx) => c.text[langOf(args, ctx)].reason }),
  }),
});
