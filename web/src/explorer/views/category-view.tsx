import { useLang } from '../language.js';
import { Loaded } from '../load-state.js';
import { messagesFor } from '../messages.js';
import { CATEGORY_QUERY } from '../queries.js';
import { ResourceAnchor, type ResourceLink } from '../resource-link.js';
import { useGraphQL } from '../use-graphql.js';

interface CategoryData {
  category: {
    slug: string;
    name: string;
    description: string;
    aliasNames: string[];
    resources: { totalCount: number; edges: { node: ResourceLink & { summary: string; kubernetes: { kind: string; apiVersion: string } | null; status: string } }[] } | null;
  };
}

/** One category: what it holds, and its resources with kind and apiVersion. */
export function CategoryView({ slug }: { slug: string }) {
  const lang = useLang();
  const m = messagesFor(lang);
  const state = useGraphQL<CategoryData>(CATEGORY_QUERY, { slug, lang });
  return (
    <Loaded state={state}>
      {({ category }) => (
        <article>
          <h1>{category.name}</h1>
          <p>{category.description}</p>
          <h2>{m.resourceCount(category.resources?.totalCount ?? 0)}</h2>
          <table className="listing">
            <thead>
              <tr>
                <th scope="col">{m.resources}</th>
                <th scope="col">{m.apiVersion}</th>
                <th scope="col">{m.summary}</th>
              </tr>
            </thead>
            <tbody>
              {(category.resources?.edges ?? []).map(({ node }) => (
                <tr key={node.name}>
                  <th scope="row">
                    <ResourceAnchor resource={node} />
                  </th>
                  <td>
                    <code>{node.kubernetes?.apiVersion ?? '—'}</code>
                  </td>
                  <td>{node.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      )}
    </Loaded>
  );
}
