import type { Request } from 'express';
import type { Config } from './config.js';

/**
 * Where absolute links in answers point: PUBLIC_URL, else the origin the client reached (its Host,
 * and X-Forwarded-Proto only from proxies TRUST_PROXY trusts).
 */
export function publicBase(req: Request, config: Pick<Config, 'PUBLIC_URL'>): string {
  return config.PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
