import { ExplorerLink } from '../explorer-link.js';
import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';

/** A URL the explorer has no view for. */
export function MissingView() {
  const m = messagesFor(useLang());
  return (
    <div className="state state-error" role="alert">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.missingPage}</p>
      <ExplorerLink to={{ view: 'home' }}>{m.backHome}</ExplorerLink>
    </div>
  );
}
