import { listScope } from '../knowledge/paginate.js';
import { builder } from './builder.js';
import { connectionComplexity, connectionFrom, ResourceConnection } from './connections.js';
import { langArg, langOf } from './lang.js';
import { CategoryRef, ResourceRef } from './refs.js';

builder.node(CategoryRef, {
  description: 'A group of resources as the source article groups them (Workloads, Service, Config & Storage, Cluster, Metadata).',
  id: { resolve: (c) => c.slug },
  loadOne: (slug, ctx) => ctx.snapshot.category(slug) ?? null,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable URL key, e.g. `config-storage`.' }),
    name: t.string({ description: 'Name to show people.', args: langArg, resolve: (c, args, ctx) => c.text[langOf(args, ctx)].name }),
    description: t.string({ description: 'What the category holds.', args: langArg, resolve: (c, args, ctx) => c.text[langOf(args, ctx)].description }),
    // Not `aliases`: Resource.aliases lists Alias objects, and one `node` fragment may select both.
    aliasNames: t.exposeStringList('aliases', { description: 'Other names that lead to the category, e.g. `ConfigMap&Storage` (REST: `aliases`).' }),
    position: t.exposeInt('position', { description: 'Place in the source article\'s order.' }),
    resources: t.connection(
      {
        type: ResourceRef,
        nullable: true,
        description: 'Resources the category lists, its own and those listed from elsewhere, in the article\'s order. Null, with the error, for a bad cursor or page size.',
        complexity: connectionComplexity,
        resolve: (c, args, ctx) => connectionFrom(ctx.snapshot.resourcesIn(c.slug), args, listScope(ctx.snapshot, `category:${c.slug}`)),
      },
      ResourceConnection,
    ),
  }),
});
