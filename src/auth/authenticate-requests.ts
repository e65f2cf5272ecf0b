import type { RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { verifyToken, type TokenIdentity } from './api-tokens.js';
import { DatabaseRateLimitStore } from './database-rate-limit-store.js';

/** What the request's Authorization proved, set by `authenticateRequests`: an identity, or why it failed. */
export interface Credentials {
  identity?: TokenIdentity | undefined;
  failure?: AppError | undefined;
}

/** The request's credentials, for the surfaces that need a token. */
export function requestCredentials(res: Response): Credentials {
  return { identity: res.locals.identity as TokenIdentity | undefined, failure: res.locals.authFailure as AppError | undefined };
}

/**
 * Verifies `Authorization: Bearer` when a request sends one and leaves the outcome for the write
 * surfaces, which answer a malformed, unknown or revoked token with 401 (reads stay public and are
 * served as if no token was sent: a proxy's header of its own must not break them). Each failed
 * verification is counted per client in the database (so replicas on one database share the count),
 * and past AUTH_FAILURE_LIMIT in the window a request with a bad token is answered 429 with
 * Retry-After. Requests without a token and requests with a valid one never touch the counter, so a
 * busy writer is never limited and reads cost nothing.
 */
export function authenticateRequests(deps: { store: KnowledgeStore; config: Config }): RequestHandler[] {
  const verify: RequestHandler = (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header);
    if (!match?.[1]) {
      res.locals.authFailure = new AppError('UNAUTHENTICATED', { message: 'The Authorization header must be "Bearer <token>"', details: { authError: 'invalid_request' } });
      return next();
    }
    verifyToken(deps.store.database, match[1]).then((identity) => {
      if (identity) res.locals.identity = identity;
      else res.locals.authFailure = new AppError('UNAUTHENTICATED', { message: 'The token is unknown or revoked', details: { authError: 'invalid_token' } });
      next();
    }, next);
  };
  const limitFailures = rateLimit({
    windowMs: deps.config.AUTH_FAILURE_WINDOW_MS,
    limit: deps.config.AUTH_FAILURE_LIMIT,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new DatabaseRateLimitStore(deps.store.database),
    skip: (_req, res) => res.locals.authFailure === undefined,
    handler: (_req, _res, next) => next(new AppError('TOO_MANY_REQUESTS', { message: 'Too many failed authentications from this client: wait for Retry-After seconds' })),
  });
  return [verify, limitFailures];
}
