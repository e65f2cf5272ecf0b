import compression from 'compression';
import type { Request, Response } from 'express';
import Negotiator from 'negotiator';

/** Bodies below this many bytes are sent as they are (compression's default, stated once here). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

// As the compression middleware negotiates: brotli and gzip preferred when the client ranks codings equally.
const SUPPORTED = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED = ['br', 'gzip'];

// negotiator 1.x takes the server's preferences for ties; its published types predate that.
type PreferringNegotiator = { encoding(available: string[], options: { preferred: string[] }): string | undefined };

/** Which answers may be compressed: compressible types, never event streams (they must flush as they go). */
export function mayCompress(req: Request, res: Response): boolean {
  return !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res);
}

/**
 * The content-coding the compression middleware gives a body of `type` and `bytes` for this request,
 * and whether that answer varies on Accept-Encoding. A 304 has no body to compress, yet must carry the
 * ETag and Vary its 200 would have (RFC 9110 §15.4.5), so it asks here.
 */
export function contentCodingFor(req: Request, res: Response, body: { type: string; bytes: number }): { coding: string; variesOnEncoding: boolean } {
  const previous = res.getHeader('Content-Type');
  res.setHeader('Content-Type', body.type);
  const compressible = mayCompress(req, res);
  if (previous === undefined) res.removeHeader('Content-Type');
  else res.setHeader('Content-Type', previous);
  if (!compressible) return { coding: 'identity', variesOnEncoding: false };
  if (body.bytes < COMPRESSION_THRESHOLD_BYTES || req.method === 'HEAD') return { coding: 'identity', variesOnEncoding: true };
  const coding = (new Negotiator(req) as unknown as PreferringNegotiator).encoding(SUPPORTED, { preferred: PREFERRED }) ?? 'identity';
  return { coding, variesOnEncoding: true };
}
