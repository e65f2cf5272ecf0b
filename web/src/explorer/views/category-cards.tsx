import { ExplorerLink } from '../explorer-link.js';
import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';
import { ResourceAnchor, type ResourceLink } from '../resource-link.js';

/** What CATEGORIES_QUERY answers. */
export interface CategoriesData {
  categories: {
    slug: string;
    name: string;
    description: string;
    resources: { totalCount: number; edges: { node: ResourceLink & { summary: string; kubernetes: { kind: string } | null; status: string } }[] } | null;
  }[];
}

/** The categories as cards, each listing its resources with their summaries. */
export function CategoryCards({ data }: { data: CategoriesData }) {
  const m = messagesFor(useLang());
  return (
    <div className="cards">
      {data.categories.map((category) => {
        const resources = category.resources ?? { totalCount: 0, edges: [] };
        return (

        <section key={category.slug} className="card" aria-labelledby={`category-${category.slug}`}>
          <h2 id={`category-${category.slug}`}>
            <ExplorerLink to={{ view: 'category', slug: category.slug }}>{category.name}</ExplorerLink>
          </h2>
          <p className="muted">{m.resourceCount(resources.totalCount)}</p>
          <ul className="resource-list">
            {resources.edges.map(({ node }) => (
              <li key={node.name}>
                <ResourceAnchor resource={node} /> <span className="muted">{node.summary}</span>
              </li>
            ))}
          </ul>
        </section>
        );
      })}
    </div>
  );
}
