import type { Request, Response } from 'express';
import { AppError } from '../errors.js';
import { resolveResource } from '../knowledge/resolve-resource.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';

/** The ETag of a record's write document: its version. */
export function versionTag(version: number): string {
  return `"v${version}"`;
}

/**
 * The version If-Match names: undefined when the header is missing or `*` (a blind write, which
 * kubedex refuses with 428), -1 when it names no version of ours (which then fails as stale).
 */
export function expectedVersion(req: Request): number | undefined {
  const header = req.get('if-match')?.trim();
  if (header === undefined || header === '' || header === '*') return undefined;
  // A compressed answer carried the tag with its content-coding appended; it names the same version.
  const match = /^(?:W\/)?"v(\d{1,9})(?:-(?:br|gzip|deflate))?"$/.exec(header);
  return match ? Number(match[1]) : -1;
}

/**
 * The canonical name a write addresses. Found in the snapshot like any read (aliases, any case);
 * a name the snapshot does not know yet (another replica just created it, or it was deleted) is
 * taken as typed, for the database to decide.
 */
export function addressedName(snapshot: KnowledgeSnapshot, address: { category: string; name: string }): string {
  try {
    return resolveResource(snapshot, address).resource.name;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return address.name;
    throw error;
  }
}

/** Headers of an answer carrying a write document: its version as ETag, never cached. */
export function sendDocument(res: Response, body: { version: number; revision?: number; document: unknown }, status = 200): void {
  res.set('ETag', versionTag(body.version)).set('Cache-Control', 'no-store');
  if (body.revision !== undefined) res.set('Kubedex-Revision', String(body.revision));
  res.status(status).json(body.document);
}
