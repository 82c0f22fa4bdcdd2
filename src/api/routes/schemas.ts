import { z } from 'zod';
import { kindOf, type KindName } from '../../core/entities/index.js';
import type { Issue } from '../../core/errors.js';
import { MAX_PAGE_SIZE } from '../../core/usecases/listEntities.js';
import { partialDateSchema } from '../../core/values/partialDate.js';

/**
 * Every id the registry makes is a prefix and a ULID (`src_01J…`), so anything else in a path can be refused
 * before it reaches a query; a well-formed id that names nothing is still a 404.
 */
export const idParams = z.object({
  id: z
    .string()
    .regex(/^[0-9A-Za-z_-]{1,100}$/, 'expected an id: a prefix such as src_ then letters, digits, _ or -'),
});

/** The query string of a route that takes no parameters: an unknown one (a typo, a `dryRun=true`) is refused. */
export const noQuery = z.object({}).strict();

/** The query string of a list: paging, sorting, dates, and the kind's own filters, unknown names rejected. */
export function listQuerySchema(kindName: KindName) {
  const filters = Object.fromEntries(
    [...Object.keys(kindOf(kindName).filters), 'sourceId'].map((name) => [
      name,
      z.string().min(1).max(200).optional(),
    ]),
  );
  return z
    .object({
      limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
      cursor: z.string().max(1000).optional(),
      sort: z
        .string()
        .regex(
          /^-?(date|created|updated|id)$/,
          'expected date, created, updated or id, with - for descending',
        )
        .optional(),
      from: partialDateSchema.optional(),
      to: partialDateSchema.optional(),
      dateMatch: z.enum(['within', 'overlaps']).optional(),
      includeRetracted: z.enum(['true', 'false']).optional(),
      ...filters,
    })
    .strict();
}

export const versionField = z
  .number()
  .int()
  .positive()
  .meta({ description: 'the version you read; a stale one gets 409' });

export const retractBody = z
  .object({ version: versionField, reason: z.string().trim().min(3).max(2000) })
  .strict();

/** PATCH body: the version read plus the fields to change; the merged entity is validated as a whole. */
export const patchBody = z.looseObject({ version: versionField });

export const atQuery = z.object({ at: partialDateSchema.optional() }).strict();

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
      .optional(),
  }),
});

interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | undefined;
}

function pathOf(visit: Visit): Array<string | number> {
  const path: Array<string | number> = [];
  for (let step: Visit | undefined = visit; step; step = step.parent) path.unshift(step.key);
  return path;
}

/**
 * Where a JSON body holds a string with a NUL character. No text a source gives contains one, and PostgreSQL
 * cannot store it in a text column, so the boundary refuses it on every engine alike. Iterative, with paths built
 * only for the strings at fault: a body may nest deeper than the call stack.
 */
export function nulCharacterIssues(body: unknown): Issue[] {
  const issues: Issue[] = [];
  const pending: Visit[] = [{ value: body, key: 'body', parent: undefined }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        issues.push({ path: pathOf(visit), message: 'text must not contain NUL (U+0000) characters' });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, key: index, parent: visit }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, key, parent: visit });
    }
  }
  return issues;
}
