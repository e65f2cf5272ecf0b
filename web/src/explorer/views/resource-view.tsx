import { FieldTree } from '../components/field-tree.js';
import { ManifestBlock } from '../components/manifest-block.js';
import { RelationGraph, type GraphEdge } from '../components/relation-graph.js';
import { ExplorerLink } from '../explorer-link.js';
import { useLang } from '../language.js';
import { Loaded } from '../load-state.js';
import { messagesFor } from '../messages.js';
import { RESOURCE_QUERY } from '../queries.js';
import { ResourceAnchor, type ResourceLink } from '../resource-link.js';
import { useGraphQL } from '../use-graphql.js';
import type { ChainStepData, ResourceData } from './resource-data.js';
import { ResourceFacts } from './resource-facts.js';
import { ResourceSources } from './resource-sources.js';
import { VersionHistory } from './version-history.js';

function chainEdges(steps: ChainStepData[], byName: Map<string, ResourceLink>): GraphEdge[] {
  return steps.flatMap((step) => {
    const from = byName.get(step.via.from.name);
    const to = byName.get(step.via.to.name);
    return from && to ? [{ kind: step.via.kind, from, to }] : [];
  });
}

/** Everything drawn in the graph: the resource's own relations and its whole parent/child chains. */
function graphEdges(r: ResourceData): GraphEdge[] {
  const self: ResourceLink = { name: r.name, displayName: r.displayName, category: r.category };
  const byName = new Map<string, ResourceLink>([[r.name, self]]);
  const parents = r.parents ?? [];
  const children = r.children ?? [];
  for (const step of [...parents, ...children]) byName.set(step.resource.name, step.resource);
  for (const rel of r.relations) {
    byName.set(rel.from.name, rel.from);
    byName.set(rel.to.name, rel.to);
  }
  return [...r.relations.map((rel) => ({ kind: rel.kind, from: rel.from, to: rel.to })), ...chainEdges(parents, byName), ...chainEdges(children, byName)];
}

function Chain({ title, steps }: { title: string; steps: ChainStepData[] | null }) {
  if (!steps || steps.length === 0) return null;
  return (
    <div>
      <h3>{title}</h3>
      <ol className="chain">
        {steps.map((step) => (
          <li key={`${step.depth}-${step.resource.name}`} className={`depth-${Math.min(step.depth, 5)}`}>
            <ResourceAnchor resource={step.resource} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function Relations({ r }: { r: ResourceData }) {
  const m = messagesFor(useLang());
  return (
    <section aria-labelledby="relations-heading">
      <h2 id="relations-heading">{m.relations}</h2>
      {r.relations.length + (r.parents?.length ?? 0) + (r.children?.length ?? 0) > 0 ? <RelationGraph current={r} edges={graphEdges(r)} /> : <p>{m.noneListed}</p>}
      <div className="columns">
        <Chain title={m.parents} steps={r.parents} />
        <Chain title={m.children} steps={r.children} />
      </div>
      <ul className="relation-list">
        {r.relations.map((rel) => (
          <li key={`${rel.from.name}-${rel.kind}-${rel.to.name}`}>
            <ResourceAnchor resource={rel.from} /> <span className="relation-kind">{rel.kind.toLowerCase().replace(/_/g, ' ')}</span> <ResourceAnchor resource={rel.to} />
            <span className="muted"> — {rel.note}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One resource: its texts, facts, relations (drawn and listed), comparisons, example, names and sources. */
export function ResourceView({ name, category }: { name: string; category?: string }) {
  const lang = useLang();
  const m = messagesFor(lang);
  const state = useGraphQL<{ resource: ResourceData }>(RESOURCE_QUERY, { name, category: category ?? null, lang });
  return (
    <Loaded state={state}>
      {({ resource: r }) => (
        <article className="resource">
          <header className="resource-header">
            <p className="breadcrumb">
              <ExplorerLink to={{ view: 'category', slug: r.category.slug }}>{r.category.name}</ExplorerLink>
            </p>
            <h1>
              {r.displayName} {r.status !== 'stable' && <span className={`badge status-${r.status.toLowerCase()}`}>{r.status.toLowerCase()}</span>}
            </h1>
            <p className="lead">{r.summary}</p>
          </header>
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{m.description}</h2>
            {r.description.split('\n').map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </section>
          {r.tasks.length > 0 && (
            <section aria-labelledby="tasks-heading">
              <h2 id="tasks-heading">{m.tasks}</h2>
              <ul className="tasks">
                {r.tasks.map((task) => (
                  <li key={task}>{task}</li>
                ))}
              </ul>
            </section>
          )}
          <Relations r={r} />
          <ResourceFacts r={r} />
          <VersionHistory entries={r.apiVersionHistory} />
          {r.kubernetes && <FieldTree resource={r.name} />}
          {r.comparisons.length > 0 && (
            <section aria-labelledby="comparisons-heading">
              <h2 id="comparisons-heading">{m.comparisons}</h2>
              <ul>
                {r.comparisons.map((c) => (
                  <li key={c.slug}>
                    <ExplorerLink to={{ view: 'comparison', slug: c.slug }}>{c.title}</ExplorerLink>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {r.exampleManifest && (
            <section aria-labelledby="example-heading">
              <h2 id="example-heading">{m.example}</h2>
              <ManifestBlock yaml={r.exampleManifest} label={`${r.name}.yaml`} />
            </section>
          )}
          <ResourceSources r={r} />
        </article>
      )}
    </Loaded>
  );
}
