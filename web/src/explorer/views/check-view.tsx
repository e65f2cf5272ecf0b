import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';

/** The manifest checker, once the server offers it. */
export function CheckView() {
  const m = messagesFor(useLang());
  return (
    <article>
      <h1>{m.checkTitle}</h1>
      <p className="state state-empty" role="status">
        {m.checkUnavailable}
      </p>
    </article>
  );
}
