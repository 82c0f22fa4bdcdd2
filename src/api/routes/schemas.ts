import { z } from 'zod';
import { kindOf, type KindName } from '../../core/entities/index.js';
import { MAX_PAGE_SIZE } from '../../core/usecases/listEntities.js';
import { partialDateSchema } from '../../core/values/partialDate.js';

export const idParams = z.object({ id: z.string().min(1).max(100) });

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
