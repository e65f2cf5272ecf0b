import type { Resource } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';
import { ResourceRef } from './refs.js';

/** The GraphQL `Variant` type: what a variant resource is a variant of, and how it is chosen. */
export const VariantRef = builder.objectRef<NonNullable<Resource['variant']>>('Variant').implement({
  description: 'How a variant (NodePort, Headless, ...) relates to the resource it is a form of.',
  fields: (t) => ({
    of: t.field({
      type: ResourceRef,
      description: 'The resource this is a variant of (Service for NodePort).',
      resolve: (v, _args, ctx) => ctx.snapshot.resource(v.of) ?? missing(v.of),
    }),
    selector: t.exposeString('selector', { description: 'The manifest field that selects the variant, e.g. `spec.type: NodePort`.' }),
  }),
});

function missing(name: string): never {
  throw new Error(`variant points at missing resource ${name}`);
}
