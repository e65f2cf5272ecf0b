import { useSyncExternalStore } from 'react';

const CHANGE = 'kubedex:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query, updated on every navigation and on back/forward. */
export function useLocationKey(): string {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Goes to a URL of the explorer without reloading; `replace` for changes that should not pile up in history (typing). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
}
