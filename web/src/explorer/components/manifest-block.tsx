import hljs from 'highlight.js/lib/core';
import yaml from 'highlight.js/lib/languages/yaml';
import { useMemo, useState } from 'react';
import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';

hljs.registerLanguage('yaml', yaml);

/** A YAML manifest, highlighted, with a button that copies it. */
export function ManifestBlock({ yaml: source, label }: { yaml: string; label: string }) {
  const m = messagesFor(useLang());
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  // highlight.js escapes the source, so its HTML carries nothing but its own spans.
  const html = useMemo(() => hljs.highlight(source, { language: 'yaml' }).value, [source]);
  const copy = () => {
    navigator.clipboard.writeText(source).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  return (
    <figure className="manifest">
      <div className="manifest-bar">
        <figcaption>{label}</figcaption>
        <button type="button" onClick={copy}>
          {m.copy}
        </button>
        <span role="status" aria-live="polite" className="copy-status">
          {copyState === 'copied' ? m.copied : copyState === 'failed' ? m.copyFailed : ''}
        </span>
      </div>
      <pre tabIndex={0} aria-label={label}>
        <code className="hljs language-yaml" dangerouslySetInnerHTML={{ __html: html }} />
      </pre>
    </figure>
  );
}
