import type { Resource } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';

/** The GraphQL `ResourceSources` type: where the knowledge about a resource comes from. */
export const ResourceSourcesRef = builder.objectRef<Resource>('ResourceSources').implement({
  description: 'Where the knowledge about a resource comes from.',
  fields: (t) => ({
    docsUrl: t.string({ nullable: true, description: 'The Kubernetes documentation page, if there is one.', resolve: (r) => r.docsUrl }),
    fromArticle: t.boolean({ description: 'Whether the source article describes the resource.', resolve: (r) => r.source.fromArticle }),
    articleSection: t.string({
      nullable: true,
      description: 'The heading of the article section that describes it; null when it is not from the article.',
      resolve: (r) => r.source.articleSection,
    }),
  }),
});
