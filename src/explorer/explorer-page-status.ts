import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';

/** A path segment as the API's router reads it; a malformed escape names nothing. */
function segment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * The status the explorer's page answers a browser with: 404 when the URL names a resource, category
 * or comparison that the knowledge does not hold (the page then shows its not-found view, as the API
 * answers 404), 200 otherwise. Lookups are the core's, so the two can never disagree on what exists:
 * a name found under a category that does not list it is found (the API redirects it).
 */
export function explorerPageStatus(snapshot: KnowledgeSnapshot, pathname: string): 200 | 404 {
  const parts = pathname.split('/').filter(Boolean).map(segment);
  if (parts.some((part) => part === null)) return 404;
  const [family, first, second] = parts as string[];
  switch (family) {
    case 'resources':
      if (first === undefined) return 200;
      return snapshot.findResource(second ?? first) ? 200 : 404;
    case 'categories':
      return first === undefined || snapshot.findCategory(first) ? 200 : 404;
    case 'comparisons':
      return first === undefined || snapshot.comparison(first.trim().toLowerCase()) ? 200 : 404;
    default:
      return 200;
  }
}
