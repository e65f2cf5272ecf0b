import { ExplorerLink } from '../explorer-link.js';
import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';
import type { ResourceLink } from '../resource-link.js';

/** A comparison as the API gives it: columns of resources, rows of aspects. */
export interface ComparisonTableData {
  title: string;
  verdict: string | null;
  resources: (ResourceLink & { summary: string })[];
  aspects: { key: string; label: string; cells: { resource: { name: string }; text: string }[] }[];
}

/** Resources side by side, one column each, and the verdict on when to use which. */
export function ComparisonTable({ data }: { data: ComparisonTableData }) {
  const m = messagesFor(useLang());
  return (
    <div className="comparison">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={data.title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{m.aspect}</th>
              {data.resources.map((r) => (
                <th scope="col" key={r.name}>
                  <ExplorerLink to={{ view: 'resource', category: r.category.slug, name: r.name }}>{r.displayName}</ExplorerLink>
                  <span className="column-summary">{r.summary}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.aspects.map((aspect) => (
              <tr key={aspect.key}>
                <th scope="row">{aspect.label}</th>
                {data.resources.map((r) => (
                  <td key={r.name}>{aspect.cells.find((c) => c.resource.name === r.name)?.text ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.verdict && (
        <section className="verdict" aria-labelledby="verdict-heading">
          <h2 id="verdict-heading">{m.verdict}</h2>
          <p>{data.verdict}</p>
        </section>
      )}
    </div>
  );
}
