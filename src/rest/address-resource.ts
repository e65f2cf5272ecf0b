import type { Request, Response } from 'express';
import { KNOWLEDGE_CACHE_CONTROL } from './send-representation.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { resolveResource, type ResolvedResource } from '../knowledge/resolve-resource.js';
import { resourceHref } from '../knowledge/knowledge-urls.js';

/**
 * Resolves `/resources/{category}/{name}{suffix}` as a client typed it. A right name under a category
 * that does not list it is answered with 301 to the canonical URL (query kept) and yields undefined.
 * Any other non-canonical spelling is served, with `Link: rel=canonical` and `Content-Location`.
 * An unknown name throws NOT_FOUND with close matches.
 */
export function addressResource(
  snapshot: KnowledgeSnapshot,
  http: { req: Request; res: Response },
  address: { category?: string; name: string; suffix?: string },
): ResolvedResource | undefined {
  const found = resolveResource(snapshot, address);
  const suffix = address.suffix ?? '';
  const canonical = `${resourceHref(found.resource)}${suffix}`;
  if (!found.categoryFits) {
    redirectPermanently(http, canonical);
    return undefined;
  }
  if (http.req.path !== canonical) http.res.set('Link', `<${canonical}>; rel="canonical"`).set('Content-Location', canonical);
  return found;
}

/** 301 with an empty body, keeping the query string; cached like the knowledge it follows from. */
export function redirectPermanently(http: { req: Request; res: Response }, path: string): void {
  const query = http.req.originalUrl.indexOf('?');
  const location = query === -1 ? path : `${path}${http.req.originalUrl.slice(query)}`;
  http.res.status(301).set('Location', location).set('Cache-Control', KNOWLEDGE_CACHE_CONTROL).end();
}
