import type { Request } from 'express';
import type { Config } from './config.js';
import { AppError } from './errors.js';

// A host name, an IPv4 address or a bracketed IPv6 address, with an optional port: nothing that could end or bend a URL.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The request headers an answer built from the request's origin depends on, for Vary. */
const ORIGIN_HEADERS = ['Host', 'X-Forwarded-Proto'];

/**
 * Where absolute links in answers point: PUBLIC_URL, else the origin the client reached (its Host,
 * and X-Forwarded-Proto only from proxies TRUST_PROXY trusts). Only http or https and a well-formed
 * host may form a link: a forwarded scheme like `javascript:` is ignored and a malformed Host is a
 * 400. An answer built from the request's origin varies on those headers, so that a shared cache never
 * serves one client's links to another; set PUBLIC_URL behind one.
 */
export function publicBase(req: Request, config: Pick<Config, 'PUBLIC_URL'>): string {
  if (config.PUBLIC_URL) return configuredBase(config);
  req.res?.vary(ORIGIN_HEADERS.join(', '));
  const host = req.get('host') ?? 'localhost';
  if (!HOST.test(host)) throw new AppError('BAD_REQUEST', { message: 'The Host header is not a valid host', issues: [{ path: 'Host', message: 'not a host[:port]' }] });
  const protocol = req.protocol === 'https' ? 'https' : 'http';
  return `${protocol}://${host}`;
}

/**
 * Where links point when no request tells where a client reached kubedex (MCP over stdio):
 * PUBLIC_URL, else nothing, so that links stay kubedex-relative paths (`/resources/...`) rather than
 * naming a localhost port where nothing may be serving.
 */
export function configuredBase(config: Pick<Config, 'PUBLIC_URL'>): string {
  return config.PUBLIC_URL ? config.PUBLIC_URL.replace(/\/$/, '') : '';
}
