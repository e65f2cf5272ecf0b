import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Parses one argument with zod at the edge; a bad value fails as VALIDATION_FAILED naming the argument. */
export function parseArg<S extends z.ZodType>(schema: S, value: unknown, path: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: [path, ...i.path].join('.'), message: i.message }));
  throw new AppError('VALIDATION_FAILED', { message: `${path}: ${issues.map((i) => i.message).join('; ')}`, issues });
}
