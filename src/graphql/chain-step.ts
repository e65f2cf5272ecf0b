import type { ChainStep } from '../knowledge/knowledge-snapshot.js';
import { builder } from './builder.js';
import { RelationRef, ResourceRef } from './refs.js';

/** The GraphQL `ChainStep` type: one level of a parent or child chain. */
export const ChainStepRef = builder.objectRef<ChainStep>('ChainStep').implement({
  description: 'One resource in a chain of `parent_of` relations (Deployment → ReplicaSet → Pod).',
  fields: (t) => ({
    resource: t.field({ type: ResourceRef, description: 'The resource at this step.', resolve: (s) => s.resource }),
    depth: t.exposeInt('depth', { description: 'How many levels away from the starting resource (1 = direct).' }),
    via: t.field({ type: RelationRef, description: 'The relation that led to this step.', resolve: (s) => s.via }),
  }),
});
