import type { z } from 'zod';
import { invalidInput, type Issue } from '../errors.js';

/** Parses input with a schema, or fails with invalid_input naming every bad field by its path. */
export function parseOrThrow<T>(
  schema: z.ZodType<T, unknown>,
  input: unknown,
  prefix: Array<string | number> = [],
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(zodIssues(result.error, prefix));
}

export function zodIssues(error: z.ZodError, prefix: Array<string | number> = []): Issue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
    message: issue.message,
  }));
}
