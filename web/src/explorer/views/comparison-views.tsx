import { useEffect, useState, type FormEvent } from 'react';
import { ComparisonTable, type ComparisonTableData } from '../components/comparison-table.js';
import { ExplorerLink } from '../explorer-link.js';
import { hrefFor } from '../explorer-route.js';
import { useLang } from '../language.js';
import { Loaded } from '../load-state.js';
import { messagesFor } from '../messages.js';
import { navigate } from '../navigation.js';
import { CATEGORIES_QUERY, COMPARE_QUERY, COMPARISON_QUERY, COMPARISONS_QUERY } from '../queries.js';
import { ResourceAnchor, type ResourceLink } from '../resource-link.js';
import { useGraphQL } from '../use-graphql.js';
import type { CategoriesData } from './category-cards.js';

/** Every stored comparison. */
export function ComparisonsView() {
  const lang = useLang();
  const m = messagesFor(lang);
  const state = useGraphQL<{ comparisons: { slug: string; title: string; resources: { edges: { node: ResourceLink }[] } | null }[] }>(COMPARISONS_QUERY, { lang });
  return (
    <>
      <h1>{m.navComparisons}</h1>
      <p>
        <ExplorerLink to={{ view: 'compare', names: [] }}>{m.compareTitle}</ExplorerLink>
      </p>
      <Loaded state={state}>
        {({ comparisons }) => (
          <ul className="comparison-list">
            {comparisons.map((c) => (
              <li key={c.slug}>
                <ExplorerLink to={{ view: 'comparison', slug: c.slug }}>{c.title}</ExplorerLink>{' '}
                <span className="muted">
                  (
                  {(c.resources?.edges ?? []).map(({ node: r }, i) => (
                    <span key={r.name}>
                      {i > 0 && ', '}
                      <ResourceAnchor resource={r} />
                    </span>
                  ))}
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}

/** One stored comparison as a table. */
export function ComparisonView({ slug }: { slug: string }) {
  const lang = useLang();
  const state = useGraphQL<{ comparison: Omit<ComparisonTableData, 'resources'> & { slug: string; resources: { edges: { node: ComparisonTableData['resources'][number] }[] } | null } }>(COMPARISON_QUERY, { slug, lang });
  return (
    <Loaded state={state}>
      {({ comparison }) => (
        <article>
          <h1>{comparison.title}</h1>
          <ComparisonTable data={{ ...comparison, resources: (comparison.resources?.edges ?? []).map((e) => e.node) }} />
        </article>
      )}
    </Loaded>
  );
}

const SLOTS = 3;

/** Pick two or three resources (any name people type) and see them side by side. */
export function CompareView({ names }: { names: string[] }) {
  const lang = useLang();
  const m = messagesFor(lang);
  const [picked, setPicked] = useState<string[]>(() => Array.from({ length: SLOTS }, (_, i) => names[i] ?? ''));
  const [problem, setProblem] = useState('');
  const asked = names.slice(0, SLOTS);
  useEffect(() => setPicked(Array.from({ length: SLOTS }, (_, i) => names[i] ?? '')), [names.join(',')]);
  const options = useGraphQL<CategoriesData>(CATEGORIES_QUERY, { lang });
  const state = useGraphQL<{ compare: (ComparisonTableData & { stored: { slug: string } | null }) | null }>(asked.length >= 2 ? COMPARE_QUERY : null, { names: asked, lang });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = picked.map((n) => n.trim()).filter(Boolean);
    if (chosen.length < 2) return setProblem(m.compareNeedTwo);
    setProblem('');
    navigate(hrefFor({ view: 'compare', names: chosen }, lang));
  };
  const choices = options.status === 'done' ? options.data.categories.flatMap((c) => (c.resources?.edges ?? []).map((e) => e.node)) : [];
  return (
    <article>
      <h1>{m.compareTitle}</h1>
      <p>{m.compareIntro}</p>
      <form className="compare-form" onSubmit={onSubmit} noValidate>
        {picked.map((value, i) => (
          <label key={i}>
            {m.compareSlot(i + 1)} {i === SLOTS - 1 && <span className="muted">{m.compareOptional}</span>}
            <input
              list="compare-choices"
              value={value}
              autoComplete="off"
              onChange={(event) => setPicked((p) => p.map((v, j) => (j === i ? event.target.value : v)))}
            />
          </label>
        ))}
        <datalist id="compare-choices">
          {[...new Map(choices.map((r) => [r.name, r])).values()].map((r) => (
            <option key={r.name} value={r.name}>
              {r.displayName}
            </option>
          ))}
        </datalist>
        <button type="submit">{m.compareSubmit}</button>
        {problem && (
          <p role="alert" className="form-problem">
            {problem}
          </p>
        )}
      </form>
      {asked.length >= 2 && (
        <Loaded state={state}>
          {({ compare }) =>
            compare && (
            <section aria-labelledby="compare-heading">
              <h2 id="compare-heading">{compare.title}</h2>
              {compare.stored && (
                <p>
                  {m.storedComparison}: <ExplorerLink to={{ view: 'comparison', slug: compare.stored.slug }}>{compare.stored.slug}</ExplorerLink>
                </p>
              )}
              <ComparisonTable data={compare} />
            </section>
          )}
        </Loaded>
      )}
    </article>
  );
}
