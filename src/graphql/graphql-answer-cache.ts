import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { BoundedCache, stringBytes } from '../cache/bounded-cache.js';
import { contentCodingFor } from '../http/content-coding.js';
import { markKeepable } from '../http/keepable-answer.js';
import { matchesIfNoneMatch } from '../rest/entity-tag.js';
import { KNOWLEDGE_CACHE_CONTROL } from '../rest/send-representation.js';

/** Request headers Apollo's answer depends on: the media type it negotiates, the language, and what its CSRF prevention checks. */
const KEY_HEADERS = ['accept', 'accept-language', 'content-type'] as const;
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;

/** One answer Apollo gave without errors: the headers it set and the body it sent. */
interface GraphQLAnswer {
  headers: [string, string | number | string[]][];
  body: string;
  /** A strong validator of the body on its revision, for answers to GET. */
  etag: string;
}

export interface GraphQLAnswerCache {
  middleware: RequestHandler;
  stats: () => { hits: number; misses: number; bytes: number };
}

/**
 * Answers an identical document with identical variables (and the same negotiating headers) on the
 * same knowledge revision from the answer Apollo gave the first time, GET (persisted queries first
 * of all) and POST alike; only answers without errors are kept, and a request registering a
 * persisted query always reaches Apollo. Answers to GET get a strong ETag, REST's public
 * Cache-Control and 304 on If-None-Match, so that a CDN can keep persisted queries; POST answers
 * stay `no-store`. Every answer it keeps or serves is marked keepable (markKeepable), which is what
 * lets the rendered-answer cache in front of the router keep a POST's. Mount after the body parser,
 * right before Apollo.
 */
export function graphqlAnswerCache(options: { revision: () => number; maxBytes: number }): GraphQLAnswerCache {
  const cache = new BoundedCache<GraphQLAnswer>({ maxBytes: options.maxBytes, sizeOf: (a) => stringBytes(a.body) + 64 * a.headers.length });
  let cachedRevision: number | undefined;
  // Before the first load there is no snapshot, hence no revision: nothing is cached then.
  const currentRevision = () => {
    try {
      return options.revision();
    } catch {
      return undefined;
    }
  };
  const counts = { hits: 0, misses: 0 };

  const middleware: RequestHandler = (req, res, next) => {
    const revision = currentRevision();
    if (revision === undefined) return next();
    if (revision !== cachedRevision) {
      cache.clear();
      cachedRevision = revision;
    }
    const key = cacheKey(req, revision);
    if (key === undefined) return next();
    const hit = cache.get(key);
    if (hit) {
      counts.hits++;
      markKeepable(res);
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      return answer(req, res, hit, res.send.bind(res));
    }
    counts.misses++;
    const before = new Map(res.getHeaderNames().map((name) => [name, JSON.stringify(res.getHeader(name))]));
    const send = res.send.bind(res);
    // The integration answers with one res.send of the serialized result; errors come first in it.
    res.send = (body?: unknown) => {
      res.send = send;
      if (res.statusCode !== 200 || typeof body !== 'string' || body.startsWith('{"errors"')) return send(body);
      // What Apollo set: headers new since this middleware ran, or changed (its Vary replaces an earlier one).
      const headers = res.getHeaderNames().filter((name) => before.get(name) !== JSON.stringify(res.getHeader(name))).map((name): [string, string | number | string[]] => [name, res.getHeader(name) as string]);
      const entry = { headers, body, etag: `"r${revision}-${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
      // A mutation bumps the revision before it answers: its answer is neither kept here nor marked.
      if (currentRevision() === revision) {
        cache.set(key, entry);
        markKeepable(res);
      }
      return answer(req, res, entry, send);
    };
    next();
  };
  return { middleware, stats: () => ({ ...counts, bytes: cache.bytes }) };
}

function answer(req: Request, res: Response, entry: GraphQLAnswer, send: Response['send']): Response {
  if (req.method !== 'GET') return send(entry.body);
  res.setHeader('ETag', entry.etag);
  res.setHeader('Cache-Control', KNOWLEDGE_CACHE_CONTROL);
  if (!matchesIfNoneMatch(req, entry.etag)) return send(entry.body);
  // The 304 carries the ETag and Vary its 200 would (RFC 9110 §15.4.5), content-coding included.
  const { coding, variesOnEncoding } = contentCodingFor(req, res, { type: String(res.getHeader('content-type') ?? 'application/json'), bytes: Buffer.byteLength(entry.body) });
  if (variesOnEncoding) res.vary('Accept-Encoding');
  if (coding !== 'identity') res.setHeader('ETag', entry.etag.replace(/"$/, `-${coding}"`));
  res.removeHeader('Content-Type');
  res.status(304).end();
  return res;
}

/** The cache key of a GraphQL request, or undefined for one that must reach Apollo. */
function cacheKey(req: Request, revision: number): string | undefined {
  let operation: unknown;
  if (req.method === 'GET') {
    const search = req.url.indexOf('?');
    operation = search < 0 ? '' : req.url.slice(search);
    if (req.query.query !== undefined && typeof req.query.extensions === 'string' && req.query.extensions.includes('persistedQuery')) return undefined;
  } else if (req.method === 'POST' && typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body)) {
    const body = req.body as { query?: unknown; extensions?: { persistedQuery?: unknown } };
    if (body.query !== undefined && body.extensions?.persistedQuery !== undefined) return undefined;
    operation = body;
  } else return undefined;
  const headers = KEY_HEADERS.map((name) => req.headers[name] ?? null);
  const preflight = PREFLIGHT_HEADERS.map((name) => Boolean(req.headers[name]));
  return JSON.stringify([req.method, revision, operation, headers, preflight]);
}
