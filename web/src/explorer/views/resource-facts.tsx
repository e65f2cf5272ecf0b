import type { ReactNode } from 'react';
import { ExplorerLink } from '../explorer-link.js';
import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';
import { ResourceAnchor, type ResourceLink } from '../resource-link.js';
import type { ResourceData } from './resource-data.js';

function Links({ resources }: { resources: ResourceLink[] }) {
  return (
    <>
      {resources.map((r, i) => (
        <span key={r.name}>
          {i > 0 && ', '}
          <ResourceAnchor resource={r} />
        </span>
      ))}
    </>
  );
}

/** Kubernetes' facts (kind, apiVersion, names, scope, variant selector) and kubedex's key facts. */
export function ResourceFacts({ r }: { r: ResourceData }) {
  const m = messagesFor(useLang());
  const rows: [string, ReactNode][] = [];
  const k = r.kubernetes;
  if (k) {
    rows.push([m.kind, <code>{k.kind}</code>]);
    rows.push([m.apiVersion, <code>{k.apiVersion}</code>]);
    if (k.servedVersions.length > 1) rows.push([m.servedVersions, <code>{k.servedVersions.join(', ')}</code>]);
    if (k.plural) rows.push([m.plural, <code>{k.singular ? `${k.plural} / ${k.singular}` : k.plural}</code>]);
    if (k.shortNames.length > 0) rows.push([m.shortNames, <code>{k.shortNames.join(', ')}</code>]);
    rows.push([m.namespaced, k.namespaced ? m.namespacedYes : m.namespacedNo]);
  }
  if (r.variant)
    rows.push([
      m.variantOf,
      <>
        <ResourceAnchor resource={r.variant.of} /> ({m.selector}: <code>{r.variant.selector}</code>)
      </>,
    ]);
  rows.push([m.status, r.status.toLowerCase()]);
  if (r.supersededBy) rows.push([m.supersededBy, <ResourceAnchor resource={r.supersededBy} />]);
  if (r.variants.length > 0) rows.push([m.variants, <Links resources={r.variants} />]);
  if (r.alternatives.length > 0) rows.push([m.alternatives, <Links resources={r.alternatives} />]);
  if (r.aliases.length > 0) rows.push([m.aliases, r.aliases.map((a) => a.name).join(', ')]);
  if (r.listedIn.length > 0)
    rows.push([
      m.navCategories,
      <>
        {[r.category, ...r.listedIn].map((c, i) => (
          <span key={c.slug}>
            {i > 0 && ', '}
            <ExplorerLink to={{ view: 'category', slug: c.slug }}>{c.name}</ExplorerLink>
          </span>
        ))}
      </>,
    ]);
  return (
    <>
      <section aria-labelledby="kubernetes-heading">
        <h2 id="kubernetes-heading">{m.kubernetesFacts}</h2>
        <dl className="facts">
          {rows.map(([label, value]) => (
            <div key={label} className="fact-row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {r.facts.length > 0 && (
        <section aria-labelledby="key-facts-heading">
          <h2 id="key-facts-heading">{m.keyFacts}</h2>
          <dl className="facts">
            {r.facts.map((fact) => (
              <div key={fact.key} className="fact-row">
                <dt>{fact.label}</dt>
                <dd>
                  {fact.text}
                  {fact.note && <span className="note">{fact.note}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
