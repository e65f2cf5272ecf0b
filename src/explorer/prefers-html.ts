import Negotiator from 'negotiator';
import type { Request } from 'express';

// JSON first: a client that accepts anything (`*/*`, curl) or sends no Accept keeps getting JSON.
const OFFERED = ['application/json', 'text/html'];

/** Whether the request ranks an HTML page above JSON, as a browser's navigation does. */
export function prefersHtml(req: Request): boolean {
  if (!req.get('accept')) return false;
  return new Negotiator(req).mediaType(OFFERED) === 'text/html';
}
