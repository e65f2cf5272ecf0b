import { ExplorerLink } from './explorer-link.js';

/** How queries name a resource to link to (`name displayName category { slug }`). */
export interface ResourceLink {
  name: string;
  displayName: string;
  category: { slug: string };
}

/** A link to a resource's page under its canonical category. */
export function ResourceAnchor({ resource }: { resource: ResourceLink }) {
  return <ExplorerLink to={{ view: 'resource', category: resource.category.slug, name: resource.name }}>{resource.displayName}</ExplorerLink>;
}
