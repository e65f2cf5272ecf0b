import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';
import type { VersionHistoryEntry } from './resource-data.js';

/** Every apiVersion the kind has been served under: when it came, was deprecated and was removed, and what replaces it. */
export function VersionHistory({ entries }: { entries: VersionHistoryEntry[] }) {
  const m = messagesFor(useLang());
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{m.versionHistory}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="history-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">{m.apiVersion}</th>
              <th scope="col">{m.introducedIn}</th>
              <th scope="col">{m.deprecatedIn}</th>
              <th scope="col">{m.removedIn}</th>
              <th scope="col">{m.replacement}</th>
              <th scope="col">{m.kubedexNote}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.apiVersion}>
                <th scope="row">
                  <code>{e.apiVersion}</code>
                </th>
                <td>{e.introducedIn ?? '—'}</td>
                <td>{e.deprecatedIn ?? '—'}</td>
                <td>{e.removedIn ?? '—'}</td>
                <td>{e.replacement ? <code>{e.replacement}</code> : '—'}</td>
                <td>{e.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
