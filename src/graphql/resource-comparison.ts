import { localizeComparison, type ResourceComparison } from '../knowledge/compare-resources.js';
import { builder } from './builder.js';
import { ComparisonAspectRef } from './comparison-aspect.js';
import { langArg, langOf } from './lang.js';
import { ComparisonRef, ResourceRef } from './refs.js';

/** The GraphQL `ResourceComparison` type: the answer of `compare(names:)`. */
export const ResourceComparisonRef = builder.objectRef<ResourceComparison>('ResourceComparison').implement({
  description: 'Resources side by side: the stored comparison when one covers them all, else a table of their facts.',
  fields: (t) => ({
    title: t.string({
      description: 'Title: the stored comparison\'s, else one naming the resources ("DeploymentとJobの比較", "Deployment vs Job"), as every surface titles it.',
      args: langArg,
      resolve: (c, args, ctx) => localizeComparison(ctx.snapshot, c, langOf(args, ctx)).title,
    }),
    verdict: t.string({
      nullable: true,
      description: 'The stored comparison\'s verdict on when to use which; null for a table built from facts.',
      args: langArg,
      resolve: (c, args, ctx) => localizeComparison(ctx.snapshot, c, langOf(args, ctx)).verdict,
    }),
    resources: t.field({ type: [ResourceRef], description: 'The compared resources under their canonical names, in the order asked.', resolve: (c) => c.resources }),
    stored: t.field({
      type: ComparisonRef,
      nullable: true,
      description: 'The smallest stored comparison covering every asked resource; null when none does.',
      resolve: (c) => c.stored,
    }),
    aspects: t.field({
      type: [ComparisonAspectRef],
      description: 'The rows: the stored comparison\'s aspects, or one row per fact when none covers them.',
      resolve: (c) => c.aspects,
    }),
  }),
});
