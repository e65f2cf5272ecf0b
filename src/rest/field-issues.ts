import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';

/**
 * zod issues as `{path, message}` naming the parameter that failed; an unknown key is reported
 * under its own name rather than at the object's root.
 */
export function fieldIssues(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const at = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: at([...issue.path, key]), message: 'unknown parameter' }));
    return [{ path: at(issue.path), message: issue.message }];
  });
}
