import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { verifyToken, type TokenIdentity } from './api-tokens.js';
import { DatabaseRateLimitStore } from './database-rate-limit-store.js';

const WRITE_METHODS = new Set(['PUT', 'PATCH', 'DELETE']);

/** Requests that authenticate or need to: a token is sent, or the request is a REST write. */
function attemptsAuthentication(req: Request): boolean {
  return req.headers.authorization !== undefined || WRITE_METHODS.has(req.method) || (req.method === 'POST' && /^\/(resources|changes)(\/|$)/.test(req.path));
}

/** The identity the request's token proved, set by `authenticateRequests`. */
export function requestIdentity(res: Response): TokenIdentity | undefined {
  return res.locals.identity as TokenIdentity | undefined;
}

/**
 * Verifies `Authorization: Bearer` when a request sends it (401 when malformed, unknown or
 * revoked, whatever the route) and leaves the identity for the write surfaces. Failed
 * authentications are limited per client (429 with Retry-After), counted in the database so that
 * replicas share the limit; reads without a token are never counted.
 */
export function authenticateRequests(deps: { store: KnowledgeStore; config: Config }): RequestHandler[] {
  const limiter = rateLimit({
    windowMs: deps.config.AUTH_FAILURE_WINDOW_MS,
    limit: deps.config.AUTH_FAILURE_LIMIT,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new DatabaseRateLimitStore(deps.store.database),
    skip: (req) => !attemptsAuthentication(req),
    // Only failed authentications count against the limit.
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    handler: (_req, _res, next) => next(new AppError('TOO_MANY_REQUESTS', { message: 'Too many failed authentications from this client: wait for Retry-After seconds' })),
  });
  const verify: RequestHandler = (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header);
    if (!match?.[1]) return next(new AppError('UNAUTHENTICATED', { message: 'The Authorization header must be "Bearer <token>"', details: { authError: 'invalid_request' } }));
    verifyToken(deps.store.database, match[1]).then((identity) => {
      if (!identity) return next(new AppError('UNAUTHENTICATED', { message: 'The token is unknown or revoked', details: { authError: 'invalid_token' } }));
      res.locals.identity = identity;
      next();
    }, next);
  };
  return [limiter, verify];
}
