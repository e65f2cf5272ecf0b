import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every HTML page kubedex serves (Swagger UI at /docs, and any page
 * added later): scripts, styles and everything else only from this server, no inline scripts, no
 * framing. Inline styles stay allowed because Swagger UI sets element styles from script.
 */
export const HTML_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * helmet's headers on every answer, REST, GraphQL and MCP alike: X-Content-Type-Options: nosniff,
 * the CSP above (harmless on JSON, and it cannot be forgotten on a new HTML page), frame and referrer
 * policies. Cross-origin reads stay allowed, as the knowledge is public; HSTS is the TLS terminator's.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: HTML_CSP_DIRECTIVES },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    strictTransportSecurity: false,
  });
}
