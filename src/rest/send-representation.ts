import type { Request, Response } from 'express';
import { BoundedCache } from '../cache/bounded-cache.js';
import { AppError } from '../errors.js';
import { contentCodingFor } from '../http/content-coding.js';
import { PACKAGE_VERSION } from './package-version.js';
import { entityTag, matchesIfNoneMatch } from './entity-tag.js';
import type { AnswerLanguage } from './answer-language.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';

/** Knowledge changes rarely: caches may serve 60 s, and a stale copy while revalidating for 5 min more. */
export const KNOWLEDGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** How one representation is answered. */
export interface Representation {
  snapshot: KnowledgeSnapshot;
  /** The language of its texts; `'all'` for documents carrying every language, null for none. */
  language: AnswerLanguage | 'all' | null;
  /** Parsed query that selects the variant (already validated, so equivalent URLs share a tag). */
  query?: unknown;
  /** The origin absolute links in the body point to, when it has any: it selects the variant too. */
  baseUrl?: string;
  type?: string;
  /** Built only when the client's copy is not fresh. */
  body: () => unknown;
}

/**
 * Answers a GET/HEAD with validators and cache headers: a strong ETag from the revision and the
 * variant, 304 when If-None-Match still holds, Content-Language and Vary where a header chose it.
 */
export function sendRepresentation(req: Request, res: Response, r: Representation): void {
  const type = r.type ?? 'application/json';
  // A route may offer several types (JSON, Mermaid text); the one chosen must be acceptable too.
  if (!req.accepts(type)) throw new AppError('NOT_ACCEPTABLE', { message: `This representation is ${type}`, details: { available: [type] } });
  const lang = r.language === null ? null : r.language === 'all' ? 'ja, en' : r.language.lang;
  const etag = entityTag({ revision: r.snapshot.revision, build: PACKAGE_VERSION, variant: [req.path, r.query ?? null, lang, type, r.baseUrl ?? null] });
  res.set('ETag', etag);
  res.set('Cache-Control', KNOWLEDGE_CACHE_CONTROL);
  if (lang) res.set('Content-Language', lang);
  if (r.language !== null && r.language !== 'all' && r.language.fromHeader) res.vary('Accept-Language');
  if (matchesIfNoneMatch(req, etag)) {
    // The 304 carries the ETag and Vary the 200 would: the content-coding depends on the body's size.
    const bytes = bodyBytes.get(etag) ?? Buffer.byteLength(serialize(r.body(), type));
    const { coding, variesOnEncoding } = contentCodingFor(req, res, { type, bytes });
    if (variesOnEncoding) res.vary('Accept-Encoding');
    if (coding !== 'identity') res.set('ETag', etag.replace(/"$/, `-${coding}"`));
    res.status(304).end();
    return;
  }
  const body = serialize(r.body(), type);
  bodyBytes.set(etag, Buffer.byteLength(body));
  res.type(type).send(body);
}

// Each variant's size, so that a 304 need not render the body to know its content-coding.
const bodyBytes = new BoundedCache<number>({ maxBytes: 1024 * 1024, sizeOf: () => 8 });

function serialize(body: unknown, type: string): string {
  return type === 'application/json' ? JSON.stringify(body) : String(body);
}
