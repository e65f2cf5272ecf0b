import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { hrefFor } from '../explorer-route.js';
import { useLang } from '../language.js';
import { messagesFor } from '../messages.js';
import { navigate } from '../navigation.js';

/** Moves focus from the box into the results with the arrow keys (the results list handles the rest). */
function focusFirstResult(): void {
  document.querySelector<HTMLAnchorElement>('#search-results a')?.focus();
}

/**
 * The search box in the header: typing shows results at once (the URL follows, without piling up
 * history entries); ↓ moves into the results, Enter opens the search page.
 */
export function SearchBox({ q, onSearchPage }: { q: string; onSearchPage: boolean }) {
  const lang = useLang();
  const m = messagesFor(lang);
  const [value, setValue] = useState(q);
  useEffect(() => {
    // Back/forward to another search shows its words; typing never fights this because q then equals value.
    setValue(q);
  }, [q]);
  const show = (text: string, replace: boolean) => navigate(hrefFor(text.trim() ? { view: 'search', q: text } : { view: 'home' }, lang), { replace });
  const onChange = (text: string) => {
    setValue(text);
    show(text, onSearchPage);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    show(value, onSearchPage);
    focusFirstResult();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusFirstResult();
    }
  };
  return (
    <form role="search" className="search-box" onSubmit={onSubmit}>
      <label htmlFor="search-input" className="visually-hidden">
        {m.searchLabel}
      </label>
      <input
        id="search-input"
        type="search"
        value={value}
        placeholder={m.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </form>
  );
}
