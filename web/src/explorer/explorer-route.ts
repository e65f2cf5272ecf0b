import type { Lang } from './language.js';

/** One view of the explorer; each has its own URL, the same one the API answers JSON at where there is one. */
export type ExplorerRoute =
  | { view: 'home' }
  | { view: 'search'; q: string }
  | { view: 'categories' }
  | { view: 'category'; slug: string }
  | { view: 'resource'; name: string; category?: string }
  | { view: 'comparisons' }
  | { view: 'comparison'; slug: string }
  | { view: 'compare'; names: string[] }
  | { view: 'check' }
  | { view: 'missing'; path: string };

function segment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Reads the view from a location's path and query. */
export function parseRoute(pathname: string, search: string): ExplorerRoute {
  const params = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(segment);
  const [first, second, third] = parts;
  if (parts.length === 0) return params.get('q') ? { view: 'search', q: params.get('q') ?? '' } : { view: 'home' };
  if (first === 'search' && parts.length === 1) return { view: 'search', q: params.get('q') ?? '' };
  if ((first === 'categories' || first === 'resources') && parts.length === 1) return { view: 'categories' };
  if (first === 'categories' && second && parts.length === 2) return { view: 'category', slug: second };
  if (first === 'resources' && second && third && parts.length === 3) return { view: 'resource', category: second, name: third };
  if (first === 'resources' && second && parts.length === 2) return { view: 'resource', name: second };
  if (first === 'comparisons' && parts.length === 1) return { view: 'comparisons' };
  if (first === 'comparisons' && second && parts.length === 2) return { view: 'comparison', slug: second };
  if (first === 'compare' && parts.length === 1) {
    const names = (params.get('resources') ?? '').split(',').map((n) => n.trim()).filter(Boolean);
    return { view: 'compare', names };
  }
  if (first === 'check' && parts.length === 1) return { view: 'check' };
  return { view: 'missing', path: pathname };
}

/** The URL of a view; the language is part of it so that a shared link shows what its sender saw. */
export function hrefFor(route: ExplorerRoute, lang: Lang): string {
  const query = new URLSearchParams();
  let path: string;
  switch (route.view) {
    case 'home':
      path = '/';
      break;
    case 'search':
      path = '/search';
      if (route.q) query.set('q', route.q);
      break;
    case 'categories':
      path = '/categories';
      break;
    case 'category':
      path = `/categories/${encodeURIComponent(route.slug)}`;
      break;
    case 'resource':
      path = route.category ? `/resources/${encodeURIComponent(route.category)}/${encodeURIComponent(route.name)}` : `/resources/${encodeURIComponent(route.name)}`;
      break;
    case 'comparisons':
      path = '/comparisons';
      break;
    case 'comparison':
      path = `/comparisons/${encodeURIComponent(route.slug)}`;
      break;
    case 'compare':
      path = '/compare';
      if (route.names.length > 0) query.set('resources', route.names.join(','));
      break;
    case 'check':
      path = '/check';
      break;
    case 'missing':
      path = route.path;
      break;
  }
  query.set('lang', lang);
  return `${path}?${query.toString().replace(/%2C/g, ',')}`;
}
