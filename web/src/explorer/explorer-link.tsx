import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { hrefFor, type ExplorerRoute } from './explorer-route.js';
import { useLang } from './language.js';
import { navigate } from './navigation.js';

/** A real link to a view (it opens in a new tab, it can be copied) that navigates in place on a plain click. */
export function ExplorerLink({ to, ...rest }: { to: ExplorerRoute } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const lang = useLang();
  const href = hrefFor(to, lang);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a {...rest} href={href} onClick={onClick} />;
}
