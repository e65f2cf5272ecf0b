import { useEffect, useState, type KeyboardEvent } from 'react';
import { useCapabilities } from '../capabilities.js';
import { ExplorerLink } from '../explorer-link.js';
import { hitStrength } from '../hit-strength.js';
import { useLang } from '../language.js';
import { Loaded } from '../load-state.js';
import { messagesFor } from '../messages.js';
import { searchQuery } from '../queries.js';
import type { ResourceLink } from '../resource-link.js';
import { useGraphQL } from '../use-graphql.js';

interface SearchData {
  /** The answer engine's verdict on the same question: declined when the knowledge does not cover it. */
  coverage: { declined: boolean } | null;
  search: {
    score: number;
    confidence?: number;
    snippet: { field: string; highlighted: string };
    resource: ResourceLink & { summary: string; kubernetes: { kind: string } | null };
  }[] | null;
}

/** Waits for a pause in typing before asking, so each keystroke does not cost a request. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** ↑/↓ move between results, Escape goes back to the search box. */
function onResultsKeyDown(event: KeyboardEvent<HTMLOListElement>): void {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.hit-link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    if (next < 0) document.getElementById('search-input')?.focus();
    else links[next]?.focus();
  } else if (event.key === 'Escape') {
    document.getElementById('search-input')?.focus();
  }
}

function Strength({ hit, top }: { hit: NonNullable<SearchData['search']>[number]; top: number }) {
  const m = messagesFor(useLang());
  const { calibrated, value, percent, low } = hitStrength(hit, top);
  const label = calibrated ? m.confidence : m.relativeMatch;
  return (
    <span className="strength" title={label}>
      <meter min={0} max={1} value={value} aria-label={label} />
      <span>
        {label}: {percent}%{low ? ` · ${m.lowConfidence}` : ''}
      </span>
    </span>
  );
}

/** Results as you type, each with how sure the match is, and an honest "not covered" when nothing matches or the answer engine declines the question. */
export function SearchView({ q }: { q: string }) {
  const lang = useLang();
  const m = messagesFor(lang);
  const capabilities = useCapabilities();
  const settled = useSettled(q.trim(), 150);
  const state = useGraphQL<SearchData>(settled ? searchQuery(capabilities) : null, { q: settled, lang });
  if (!q.trim()) return <p className="hint">{m.searchEmpty}</p>;
  return (
    <section aria-labelledby="search-heading">
      <h1 id="search-heading">{m.searchResults(q.trim())}</h1>
      <Loaded state={settled === q.trim() ? state : { status: 'loading', retry: state.retry }}>
        {(data) => {
          const hits = data.search ?? [];
          const notCovered = (
            <div className="state state-empty" role="status">
              <h2>{m.notCovered}</h2>
              <p>{m.notCoveredHint}</p>
              <ExplorerLink to={{ view: 'categories' }}>{m.navCategories}</ExplorerLink>
            </div>
          );
          if (hits.length === 0) return notCovered;
          const declined = data.coverage?.declined === true;
          const top = hits[0]?.score ?? 0;
          const list = (
            <ol id="search-results" className="hits" onKeyDown={onResultsKeyDown}>
              {hits.map((hit) => (
                <li key={hit.resource.name} className="hit">
                  <ExplorerLink className="hit-link" to={{ view: 'resource', category: hit.resource.category.slug, name: hit.resource.name }}>
                    {hit.resource.displayName}
                  </ExplorerLink>
                  {hit.resource.kubernetes && hit.resource.kubernetes.kind !== hit.resource.displayName && <span className="badge">{hit.resource.kubernetes.kind}</span>}
                  <Strength hit={hit} top={top} />
                  <p className="hit-summary">{hit.resource.summary}</p>
                  {/* The server escapes the passage and marks only the matching words. */}
                  <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet.highlighted }} />
                </li>
              ))}
            </ol>
          );
          if (!declined) return list;
          // Declined as /ask declines it: say so first, then what is closest, never as if it were the answer.
          return (
            <>
              {notCovered}
              <h2 id="closest-topics">{m.closestTopics}</h2>
              {list}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
