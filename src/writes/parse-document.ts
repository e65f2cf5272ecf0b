import type { z } from 'zod';
import { AppError, type FieldIssue } from '../errors.js';

/** Deeper input than any write document needs is refused before anything recurses into it. */
export const MAX_DOCUMENT_DEPTH = 32;

/** Parses a write document with its zod schema: one issue per failing field, or the parsed value. */
export function parseDocument<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  if (depthOver(input, MAX_DOCUMENT_DEPTH))
    throw new AppError('VALIDATION_FAILED', { message: `The ${what} nests deeper than ${MAX_DOCUMENT_DEPTH} levels`, issues: [{ path: '', message: `nested deeper than ${MAX_DOCUMENT_DEPTH} levels` }] });
  const unstorable = unstorableString(input);
  if (unstorable !== null) throw invalid(what, [{ path: unstorable, message: 'a NUL character or a lone UTF-16 surrogate: not storable text' }]);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.flatMap((issue) => {
    const at = (path: PropertyKey[]) => path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: at([...issue.path, key]), message: 'unknown field' }));
    return [{ path: at(issue.path), message: issue.message }];
  });
  throw invalid(what, issues);
}

/** The error of a document whose fields fail the knowledge's rules. */
export function invalid(what: string, issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', { message: `Invalid ${what}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`, issues });
}

// PostgreSQL refuses NUL in text (a 500 after the version check), and a lone surrogate is stored as
// U+FFFD on both databases, so the answer would differ from what was stored.
const LONE_SURROGATE = /\p{Cs}/u;
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** The path of the first key or string of a JSON value that no database stores as sent, or null. */
function unstorableString(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string' && unstorable(v)) return path;
    if (typeof v !== 'object' || v === null) continue;
    for (const [key, child] of Object.entries(v)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (unstorable(key)) return at;
      stack.push([child, at]);
    }
  }
  return null;
}

/** Whether a JSON value nests deeper than `max`, measured without recursion. */
function depthOver(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
