import { hostHeaderValidation } from '@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js';
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';
import { corsOrigins } from '../rest/cors.js';

/** The host names /mcp answers under: MCP_ALLOWED_HOSTS and the host of PUBLIC_URL, or '*' for any. */
export function mcpAllowedHosts(config: Pick<Config, 'MCP_ALLOWED_HOSTS' | 'PUBLIC_URL'>): '*' | string[] {
  const listed = config.MCP_ALLOWED_HOSTS.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (listed.includes('*')) return '*';
  return config.PUBLIC_URL ? [...listed, new URL(config.PUBLIC_URL).hostname] : listed;
}

function forbidden(message: string): { jsonrpc: '2.0'; id: null; error: { code: number; message: string } } {
  return { jsonrpc: '2.0', id: null, error: { code: -32000, message } };
}

/**
 * DNS-rebinding protection, which the MCP Streamable HTTP transport requires of servers: the Host
 * must be one of the allowed host names (a rebinding page's requests carry its own), and a browser's
 * Origin must be an http(s) origin CORS_ORIGINS allows (`*`: any) or one on an allowed host; an
 * opaque `Origin: null` never is. Requests without Origin (non-browser clients) pass.
 */
export function mcpOriginCheck(config: Pick<Config, 'MCP_ALLOWED_HOSTS' | 'PUBLIC_URL' | 'CORS_ORIGINS'>): RequestHandler[] {
  const hosts = mcpAllowedHosts(config);
  const origins = corsOrigins(config.CORS_ORIGINS);
  const originAllowed = (origin: string): boolean => {
    if (origins !== '*' && origins.has(origin)) return true;
    if (!URL.canParse(origin)) return false;
    const { protocol, hostname } = new URL(origin);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return origins === '*' || (hosts !== '*' && hosts.includes(hostname));
  };
  const checkOrigin: RequestHandler = (req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined || originAllowed(origin)) return next();
    res.status(403).json(forbidden(`Origin ${origin} may not use /mcp`));
  };
  return hosts === '*' ? [checkOrigin] : [hostHeaderValidation(hosts), checkOrigin];
}
