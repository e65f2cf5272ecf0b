import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import { BoundedCache } from '../cache/bounded-cache.js';
import { loggedHeaders, noteArrival, type AccessLog, type LoggedResponseHeaders } from './access-log.js';
import { holdBody, type HeldBody } from './held-body.js';
import { isMarkedKeepable } from './keepable-answer.js';

/**
 * Request headers an answer may depend on besides the URL (and a POST's body); Vary naming any other
 * keeps it out. Content-Type and Apollo's preflight headers decide whether GraphQL's CSRF prevention
 * lets a request through, GET or POST, so an answer given with them is never one given without them.
 */
const KEY_HEADERS = [
  'host',
  'accept',
  'accept-encoding',
  'accept-language',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'origin',
  'if-none-match',
  'if-modified-since',
  'cache-control',
  'pragma',
  'x-forwarded-proto',
  'x-forwarded-host',
] as const;
const KEYED = new Set<string>(KEY_HEADERS);
/** Kept, on this revision, for a request whose answer was whole and successful but not to be kept (no-store, private, Vary): it goes straight to the router. */
const PASS = 'pass';
const MAX_URL_LENGTH = 2048;
/** The largest POST body read ahead of the router; a larger one, or one of undeclared length, passes untouched. */
export const MAX_POST_BODY_BYTES = 16 * 1024;
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** One answer as the router wrote it: status, headers in the order and spelling it set them, body bytes. */
interface RenderedAnswer {
  /** The route template the router matched, for metrics. */
  route: string | undefined;
  status: number;
  headers: [string, OutgoingHttpHeader][];
  body: Buffer;
  /** Whether the router marked it keepable (markKeepable), which a POST answer must be. */
  markedKeepable: boolean;
}

/** A kept answer, ready to write: its headers flat ([name, value, name, value…]) for one writeHead, and its access-log headers. */
interface KeptAnswer {
  route: string | undefined;
  status: number;
  flatHeaders: (string | OutgoingHttpHeader)[];
  logged: LoggedResponseHeaders;
  body: Buffer;
}

/** How the cache is doing, for /metrics. */
export interface AnswerCacheStats {
  hits: number;
  misses: number;
  bypassed: number;
  bytes: number;
  entries: number;
}

export interface RenderedAnswerCache {
  listener: RequestListener;
  stats: () => AnswerCacheStats;
  /** The route template of the answer served from the cache on `res`, if it was. */
  cachedRoute: (res: ServerResponse) => string | undefined;
}

/**
 * A cache of rendered answers in front of the router, at the node:http level. It keeps a GET or HEAD
 * answer (200 or 304) that says `Cache-Control: public` (the routes that answer from the knowledge
 * snapshot alone, with a revision ETag) under its URL, the request headers it may depend on
 * (KEY_HEADERS; an answer whose Vary names another is not kept) and the knowledge revision; the
 * bytes are kept as the router wrote them, compressed or not, so a hit is the router's answer to the
 * byte. A new revision empties it. A request whose successful answer may not be kept is remembered
 * too, on that revision, and passed to the router unwatched from then on. The access log logs hits
 * as the router logs its answers.
 *
 * A POST to one of `postUrls` (GraphQL's) is answered too, keyed by its body bytes as well, when it
 * is small, JSON, of declared length and carries no credentials: its body is read here and put back
 * for the router on a miss. Its 200 is kept only if the router marked it keepable (markKeepable) and
 * the revision did not change meanwhile, so a mutation (which bumps the revision) is never kept.
 */
export function renderedAnswerCache(options: { handler: RequestListener; revision: () => number; log: AccessLog; maxBytes: number; postUrls?: readonly string[] }): RenderedAnswerCache {
  const cache = new BoundedCache<KeptAnswer | typeof PASS>({ maxBytes: options.maxBytes, sizeOf: (answer) => (answer === PASS ? 0 : answer.body.length + 32 * answer.flatHeaders.length) });
  const logHit = options.log;
  const maxEntryBytes = options.maxBytes / 10;
  let cachedRevision: number | undefined;
  // Before the first load there is no snapshot, hence no revision: nothing is cached then.
  const currentRevision = () => {
    try {
      return options.revision();
    } catch {
      return undefined;
    }
  };
  const counts = { hits: 0, misses: 0, bypassed: 0 };
  const servedRoutes = new WeakMap<ServerResponse, string>();
  const postUrls = new Set(options.postUrls);

  const pass = (req: IncomingMessage, res: ServerResponse, body?: HeldBody) => {
    counts.bypassed++;
    body?.release();
    options.handler(req, res);
  };
  // `body` is a POST's, read ahead: discarded on a hit, put back for the router otherwise.
  const answer = (req: IncomingMessage, res: ServerResponse, key: string | undefined, body?: HeldBody) => {
    const revision = currentRevision();
    if (key === undefined || revision === undefined) return pass(req, res, body);
    if (revision !== cachedRevision) {
      cache.clear();
      cachedRevision = revision;
    }
    const hit = cache.get(key);
    if (hit === PASS) return pass(req, res, body);
    if (hit) {
      counts.hits++;
      body?.discard();
      if (hit.route) servedRoutes.set(res, hit.route);
      logHit(req, res, hit.logged);
      // One writeHead with the headers flat: Node then writes them as given, without a setHeader each.
      res.writeHead(hit.status, hit.flatHeaders as OutgoingHttpHeader[]);
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    counts.misses++;
    record(req, res, maxEntryBytes, (recorded) => {
      if (currentRevision() !== revision || revision !== cachedRevision) return;
      if (storable(recorded, body !== undefined)) cache.set(key, kept(recorded));
      // Not watching an answer that will not be kept spares the probes and the explorer's pages the recording.
      // A POST is watched every time: whether GraphQL keeps it may change on the same revision (a persisted query registered since).
      else if (body === undefined && (recorded.status === 200 || recorded.status === 304)) cache.set(key, PASS);
    });
    body?.release();
    options.handler(req, res);
  };

  const listener: RequestListener = (req, res) => {
    const length = postUrls.size > 0 ? heldBodyLength(req, postUrls) : undefined;
    if (length === undefined) return answer(req, res, req.method === 'GET' || req.method === 'HEAD' ? cacheKey(req) : undefined);
    noteArrival(req);
    holdBody(req, length, {
      onBody: (body) => answer(req, res, cacheKey(req, body.bytes), body),
      onAborted: () => pass(req, res),
    });
  };
  return { listener, stats: () => ({ ...counts, bytes: cache.bytes, entries: cache.size }), cachedRoute: (res) => servedRoutes.get(res) };
}

/**
 * The length of the body of a POST the cache may answer: to one of `postUrls`, JSON, declared and
 * small, without credentials (Authorization) and without a content-coding (the same bytes would mean
 * another body); undefined for any other request.
 */
function heldBodyLength(req: IncomingMessage, postUrls: ReadonlySet<string>): number | undefined {
  if (req.method !== 'POST' || !postUrls.has(req.url ?? '')) return undefined;
  const headers = req.headers;
  if (headers.authorization !== undefined || headers['transfer-encoding'] !== undefined || headers['content-encoding'] !== undefined || !JSON_TYPE.test(headers['content-type'] ?? '')) return undefined;
  const length = Number(headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= MAX_POST_BODY_BYTES ? length : undefined;
}

/**
 * The key of a GET or HEAD the cache may answer, or of a POST with its `body`; undefined for one it
 * must pass on untouched. Its parts are joined by a line feed, which no method, URL or header value
 * can hold (an absent header is a NUL), and a body comes last, byte for byte (latin1 maps each byte to one character).
 */
function cacheKey(req: IncomingMessage, body?: Buffer): string | undefined {
  const url = req.url ?? '';
  const headers = req.headers;
  if (url.length > MAX_URL_LENGTH || headers.range !== undefined) return undefined;
  if (body === undefined && (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined)) return undefined;
  let key = `${req.method}\n${url}`;
  for (const name of KEY_HEADERS) key += `\n${headers[name] ?? '\0'}`;
  // Forwarded headers count only from a trusted proxy: which one sent them is part of the answer.
  if (headers['x-forwarded-proto'] !== undefined || headers['x-forwarded-host'] !== undefined) key += `\n${req.socket.remoteAddress ?? '\0'}`;
  return body === undefined ? key : `${key}\n${body.toString('latin1')}`;
}

/** The answer as the cache keeps it: headers flattened once, so that a hit costs one writeHead. */
function kept(answer: RenderedAnswer): KeptAnswer {
  const byName = new Map(answer.headers.map(([name, value]) => [name.toLowerCase(), value]));
  return {
    route: answer.route,
    status: answer.status,
    flatHeaders: answer.headers.flat(),
    logged: loggedHeaders({ getHeader: (name) => byName.get(name) }),
    body: answer.body,
  };
}

/**
 * Whether an answer may be kept: a GET's by its Cache-Control or the router's mark (a constant answer
 * that says no-store to other caches, /healthz), a POST's (`posted`) by the router's mark only;
 * neither with a cookie or a Vary beyond the key.
 */
function storable(answer: RenderedAnswer, posted: boolean): boolean {
  if (posted ? answer.status !== 200 || !answer.markedKeepable : answer.status !== 200 && answer.status !== 304) return false;
  const header = (name: string) => answer.headers.find(([n]) => n.toLowerCase() === name)?.[1];
  if (header('set-cookie') !== undefined) return false;
  if (!posted && !answer.markedKeepable && !/^\s*public\b/i.test(String(header('cache-control') ?? ''))) return false;
  const vary = String(header('vary') ?? '');
  return vary
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .every((name) => name === '' || KEYED.has(name));
}

/**
 * Watches what the router writes on `res` and hands the whole answer to `done` once it has been
 * sent in full; an answer over `maxBytes` or a connection closed early is not handed on.
 */
function record(req: IncomingMessage, res: ServerResponse, maxBytes: number, done: (answer: RenderedAnswer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let headers: [string, OutgoingHttpHeader][] | undefined;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) tooLarge = true;
    else chunks.push(buffer);
  };

  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    // Headers given here are set as Node would merge them, so that all of them are read back in order.
    const given = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined;
    const message = rest.find((arg) => typeof arg === 'string') as string | undefined;
    if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) this.setHeader(String(given[i]), given[i + 1] as OutgoingHttpHeader);
    else if (given) for (const [name, value] of Object.entries(given)) if (value !== undefined) this.setHeader(name, value);
    // Node keeps each header's spelling (getRawHeaderNames, untyped in @types/node 20) and sends them in the order set.
    const names = (this as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames();
    headers = names.map((name) => [name, this.getHeader(name) as OutgoingHttpHeader]);
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...(message === undefined ? [] : [message]));
  } as typeof res.writeHead;
  const write = res.write;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  const end = res.end;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (typeof args[0] !== 'function') keep(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.end;

  res.once('finish', () => {
    const routed = req as IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };
    const route = typeof routed.route?.path === 'string' ? `${routed.baseUrl ?? ''}${routed.route.path}` : undefined;
    if (!tooLarge && headers) done({ route, status: res.statusCode, headers, body: Buffer.concat(chunks), markedKeepable: isMarkedKeepable(res) });
  });
}
