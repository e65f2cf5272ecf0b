import type { z } from 'zod';
import { AppError, type FieldIssue } from '../errors.js';

/** Deeper input than any write document needs is refused before anything recurses into it. */
export const MAX_DOCUMENT_DEPTH = 32;

/** Parses a write document with its zod schema: one issue per failing field, or the parsed value. */
export function parseDocument<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  if (depthOver(input, MAX_DOCUMENT_DEPTH))
    throw new AppError('VALIDATION_FAILED', { message: `The ${what} nests deeper than ${MAX_DOCUMENT_DEPTH} levels`, issues: [{ path: '', message: `nested deeper than ${MAX_DOCUMENT_DEPTH} levels` }] });
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
