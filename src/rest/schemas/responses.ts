import { z } from 'zod';
import type { ResponseDefinition } from '../route-definition.js';
import { Problem } from './common-schemas.js';

/** Headers on every knowledge answer. */
export const KnowledgeHeaders = z.object({
  ETag: z.string().meta({ description: 'strong validator: knowledge revision and representation variant' }),
  'Cache-Control': z.string().meta({ description: 'public, max-age=60, stale-while-revalidate=300' }),
  'Content-Language': z.string().optional().meta({ description: 'language of the texts (ja or en)' }),
  Vary: z.string().optional().meta({ description: 'Accept-Language when that header chose the language' }),
  Link: z.string().optional().meta({ description: 'rel="canonical" when the URL was not the canonical one' }),
  'Content-Location': z.string().optional().meta({ description: 'the canonical URL of this representation' }),
});

/** A 200 answer carrying `schema` as `type`. */
export function ok(schema: z.ZodType, description: string, type = 'application/json'): Record<number, ResponseDefinition> {
  return { 200: { description, content: { [type]: schema }, headers: KnowledgeHeaders } };
}

/** 304 for a conditional GET whose If-None-Match still holds. */
export const notModified: Record<number, ResponseDefinition> = {
  304: { description: 'Not Modified: the ETag in If-None-Match is current' },
};

/** 301 to the canonical URL of what was addressed. */
export const movedToCanonical: Record<number, ResponseDefinition> = {
  301: {
    description: 'Moved Permanently: the canonical URL is in Location',
    headers: z.object({ Location: z.string().meta({ description: 'canonical URL' }) }),
  },
};

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: a parameter failed validation (each is named in errors)',
  401: 'Unauthorized: no token, or an unknown or revoked one (WWW-Authenticate: Bearer)',
  403: 'Forbidden: the token lacks the scope this needs (admin)',
  404: 'Not Found (close matches in suggestions)',
  409: 'Conflict: the name, alias or key is taken, or the record is in use',
  412: 'Precondition Failed: If-Match names a version that is no longer current',
  428: 'Precondition Required: send If-Match with the ETag of the write document',
  429: 'Too Many Requests: too many failed authentications (Retry-After)',
  406: 'Not Acceptable: the Accept header allows none of the media types offered',
  413: 'Content Too Large: the body or the number of documents is over the limit',
  415: 'Unsupported Media Type: the request carries a body this operation does not take',
};

/** problem+json answers with the given statuses. */
export function problems(...statuses: number[]): Record<number, ResponseDefinition> {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: PROBLEM_DESCRIPTIONS[s] ?? 'Error', content: { 'application/problem+json': Problem } }]),
  );
}
