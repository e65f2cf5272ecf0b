import type { RequestHandler } from 'express';
import { corsOrigins } from '../rest/cors.js';

// What a GraphQL client sends beyond the safelisted headers: JSON bodies, the language choice and
// the headers that satisfy Apollo's CSRF prevention on GET.
const ALLOWED_HEADERS = ['Content-Type', 'Accept', 'Accept-Language', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name'];

/**
 * Answers CORS preflights for /graphql, granting POST (the app-wide CORS middleware grants reads
 * only, and sets Access-Control-Allow-Origin on the actual request for the same origins).
 */
export function graphqlPreflight(corsSetting: string): RequestHandler {
  const origins = corsOrigins(corsSetting);
  return (req, res, next) => {
    if (req.method !== 'OPTIONS') return next();
    res.set('Allow', 'GET, POST, OPTIONS');
    const origin = req.get('origin');
    if (req.get('access-control-request-method') && origin && (origins === '*' || origins.has(origin))) {
      res.set('Access-Control-Allow-Methods', 'GET, POST');
      res.set('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
      res.set('Access-Control-Max-Age', '600');
    }
    // A refused preflight is still a 204: the missing grant headers are what tells the browser no.
    res.status(204).end();
  };
}
