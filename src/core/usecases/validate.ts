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

const pathPart = (part: PropertyKey) => (typeof part === 'symbol' ? String(part) : part);

/**
 * Zod's issues as the error catalogue's: one per bad field, by path. A field the schema does not know (a typo
 * such as `birthdate`) is an issue at that field's own path, so the caller sees which one would have been lost.
 */
export function zodIssues(error: z.ZodError, prefix: Array<string | number> = []): Issue[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map(pathPart)];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: 'unknown field: not part of this record (check its spelling)',
      }));
    return [{ path, message: issue.message }];
  });
}
