import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';
import type { ResourceData } from './resource-data.js';

/** Where the knowledge comes from, and what kubedex corrected in the source article. */
export function ResourceSources({ r }: { r: ResourceData }) {
  const m = messagesFor(useLang());
  return (
    <>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{m.sources}</h2>
        <ul>
          <li>{r.sources.fromArticle ? `${m.fromArticle}: ${r.sources.articleSection ?? ''}` : m.notFromArticle}</li>
          {r.sources.docsUrl && (
            <li>
              <a href={r.sources.docsUrl} rel="noopener noreferrer" target="_blank">
                {m.officialDocs}
              </a>
            </li>
          )}
        </ul>
      </section>
      {r.corrections.length > 0 && (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{m.corrections}</h2>
          {r.corrections.map((c) => (
            <div key={c.slug} className="correction">
              <p>
                <span className="badge">{c.correctionKind.toLowerCase()}</span> {c.articleSection}
              </p>
              <dl>
                <dt>{m.articleSays}</dt>
                <dd>
                  <q lang="ja">{c.articleText}</q>
                </dd>
                <dt>{m.correctIs}</dt>
                <dd>{c.correct}</dd>
                <dt>{m.why}</dt>
                <dd>{c.reason}</dd>
              </dl>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
