import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';

/**
 * A strong ETag for one representation: the knowledge revision, the build, and what selects the
 * variant (path, query, language, media type). Equal tags mean byte-identical bodies before encoding.
 */
export function entityTag(parts: { revision: number; build: string; variant: readonly unknown[] }): string {
  const hash = createHash('sha256').update(JSON.stringify([parts.build, ...parts.variant])).digest('base64url').slice(0, 22);
  return `"r${parts.revision}-${hash}"`;
}

/** Encodings the compression middleware may apply, as suffixes that keep ETags strong per encoding. */
const ENCODING_SUFFIX = /-(br|gzip|deflate)"$/;

/** Whether If-None-Match names this tag (weak comparison, any content-coding suffix, or `*`). */
export function matchesIfNoneMatch(req: Request, etag: string): boolean {
  const header = req.get('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const wanted = opaque(etag);
  return header.split(',').some((tag) => opaque(tag.trim()) === wanted);
}

function opaque(tag: string): string {
  return tag.replace(/^W\//, '').replace(ENCODING_SUFFIX, '"');
}

/**
 * Appends the content-coding to a strong ETag once compression has chosen one, because a strong
 * validator must differ between a gzip and an identity body. Mount before the compression
 * middleware, so this hook runs after compression set Content-Encoding.
 */
export function encodingAwareEtag(): RequestHandler {
  return (_req, res, next) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      // A 304 has no body for compression to vary on, but its 200 did (static files included).
      if (this.statusCode === 304) this.vary('Accept-Encoding');
      const etag = this.getHeader('ETag');
      const encoding = this.getHeader('Content-Encoding');
      if (typeof etag === 'string' && typeof encoding === 'string' && !etag.startsWith('W/') && !ENCODING_SUFFIX.test(etag))
        this.setHeader('ETag', etag.replace(/"$/, `-${encoding}"`));
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;
    next();
  };
}
