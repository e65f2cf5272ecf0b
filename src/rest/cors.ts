import type { RequestHandler } from 'express';
import { templateMatcher, type RouteDefinition } from './route-definition.js';

/** Headers a browser script may read from kubedex's answers besides the CORS-safelisted ones. */
const EXPOSED = ['ETag', 'Link', 'Location', 'Content-Location', 'Content-Language', 'Allow'];
/** Request headers a browser may send on reads: conditional requests and language choice. */
const ALLOWED_HEADERS = ['Accept', 'Accept-Language', 'If-None-Match', 'Content-Type'];

/** Parses CORS_ORIGINS: `*` for any origin, else a comma-separated list of exact origins. */
export function corsOrigins(setting: string): '*' | Set<string> {
  const list = setting.split(',').map((o) => o.trim()).filter(Boolean);
  return list.includes('*') || list.length === 0 ? '*' : new Set(list);
}

/**
 * CORS for reads: any origin by default (knowledge is public and needs no credentials), or only
 * the configured ones. OPTIONS to a catalogue path is answered here with Allow (and, for a preflight
 * from an allowed origin, the grant of that path's methods); other paths' OPTIONS go to their surface.
 */
export function corsForReads(setting: string, routes: readonly RouteDefinition[]): RequestHandler {
  const origins = corsOrigins(setting);
  const matchers = routes.map((route) => ({ method: route.method.toUpperCase(), pattern: templateMatcher(route.path), writes: route.auth !== undefined }));
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origins !== '*') res.vary('Origin');
    if (origin && (origins === '*' || origins.has(origin))) {
      res.set('Access-Control-Allow-Origin', origins === '*' ? '*' : origin);
      res.set('Access-Control-Expose-Headers', EXPOSED.join(', '));
    }
    if (req.method !== 'OPTIONS') return next();
    const here = matchers.filter((m) => m.pattern.test(req.path));
    if (here.length === 0) return next();
    const withHead = (methods: string[]) => [...new Set(methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))];
    const allowed = withHead(here.map((m) => m.method));
    // Writes take a token and are not granted to other origins' scripts.
    const granted = withHead(here.filter((m) => !m.writes).map((m) => m.method));
    // Answered here rather than by express, whose automatic OPTIONS reply is a 200 text body.
    res.set('Allow', [...allowed, 'OPTIONS'].join(', '));
    const preflight = req.get('access-control-request-method') !== undefined;
    if (preflight && origin && (origins === '*' || origins.has(origin))) {
      res.set('Access-Control-Allow-Methods', granted.join(', '));
      res.set('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
      res.set('Access-Control-Max-Age', '600');
    }
    // A refused preflight is still a 204: the missing grant headers are what tells the browser no.
    res.status(204).end();
  };
}

/**
 * Answers CORS preflights for an endpoint that takes more than reads (GraphQL's and MCP's POST):
 * the app-wide middleware above sets Access-Control-Allow-Origin on the actual request for the same
 * origins, so only the preflight's grant is added here.
 */
export function preflightFor(corsSetting: string, grant: { methods: string[]; headers: string[] }): RequestHandler {
  const origins = corsOrigins(corsSetting);
  return (req, res, next) => {
    if (req.method !== 'OPTIONS') return next();
    res.set('Allow', [...grant.methods, 'OPTIONS'].join(', '));
    const origin = req.get('origin');
    if (req.get('access-control-request-method') && origin && (origins === '*' || origins.has(origin))) {
      res.set('Access-Control-Allow-Methods', grant.methods.join(', '));
      res.set('Access-Control-Allow-Headers', grant.headers.join(', '));
      res.set('Access-Control-Max-Age', '600');
    }
    // A refused preflight is still a 204: the missing grant headers are what tells the browser no.
    res.status(204).end();
  };
}
