import { parseAllDocuments } from 'yaml';
import { AppError } from '../errors.js';

/** At most this many objects are checked in one request. */
export const MAX_MANIFESTS = 100;

/** A parsed manifest and where it stood in the input (0-based, Lists expanded in place). */
export interface Manifest {
  index: number;
  object: unknown;
}

/**
 * The objects of a request: multi-document YAML (or JSON, which is YAML) as text, or already-parsed
 * JSON (an object, an array of objects, or a `kind: List`). Refuses bad YAML naming the line, and more
 * than MAX_MANIFESTS objects; empty documents are skipped as kubectl skips them.
 */
export function readManifests(input: unknown): Manifest[] {
  const values = typeof input === 'string' ? parseYamlStream(input) : Array.isArray(input) ? input : [input];
  const objects = values.flatMap((v) => (isList(v) ? v.items : [v])).filter((v) => v !== null && v !== undefined);
  if (objects.length === 0) throw new AppError('VALIDATION_FAILED', { message: 'No manifest in the request body', issues: [{ path: 'body', message: 'no document' }] });
  if (objects.length > MAX_MANIFESTS)
    throw new AppError('CONTENT_TOO_LARGE', { message: `At most ${MAX_MANIFESTS} manifests per request; this one has ${objects.length}` });
  return objects.map((object, index) => ({ index, object }));
}

function parseYamlStream(text: string): unknown[] {
  // Aliases are capped so that a "billion laughs" document cannot blow up into gigabytes.
  const documents = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(documents)) return [];
  if (documents.length > MAX_MANIFESTS)
    throw new AppError('CONTENT_TOO_LARGE', { message: `At most ${MAX_MANIFESTS} manifests per request; this one has ${documents.length}` });
  return documents.map((doc, i) => {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0].line;
      throw new AppError('VALIDATION_FAILED', {
        message: `Document ${i} is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`,
        issues: [{ path: `body[${i}]`, message: error.message.split('\n')[0] ?? 'not valid YAML' }],
      });
    }
    try {
      return doc.toJS({ maxAliasCount: 100 });
    } catch (cause) {
      throw new AppError('VALIDATION_FAILED', { message: `Document ${i} cannot be read: ${(cause as Error).message}`, cause, issues: [{ path: `body[${i}]`, message: (cause as Error).message }] });
    }
  });
}

function isList(value: unknown): value is { items: unknown[] } {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'List' && Array.isArray((value as { items?: unknown }).items);
}
