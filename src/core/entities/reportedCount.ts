import { z } from 'zod';
import {
  country,
  ID_PREFIXES,
  idSchema,
  legalBasisSchema,
  note,
  partialDate,
  sourceIdsSchema,
  importedFields,
} from './common.js';

/**
 * An aggregate fact from a source, not about named people: N persons moved from one state to another. Counts and
 * individual transfers are shown side by side, never added together.
 */
export const reportedCountSchema = z
  .strictObject({
    count: z.number().int().nonnegative().max(100_000_000),
    qualifier: z.enum(['exact', 'about', 'at_least', 'at_most']).default('exact'),
    fromCountry: country.optional(),
    toCountry: country,
    dateFrom: partialDate,
    dateTo: partialDate.optional(),
    movementId: idSchema(ID_PREFIXES.movement).optional(),
    agreementId: idSchema(ID_PREFIXES.agreement).optional(),
    facilityId: idSchema(ID_PREFIXES.facility).optional(),
    nationalities: z.array(country).max(50).default([]),
    /** The group as the source words it (`Venezuelans`, `mostly from Central Asia`). */
    group: z.string().max(300).optional(),
    basis: legalBasisSchema.optional(),
    description: z.string().max(2000).optional(),
    sourceIds: sourceIdsSchema,
    ...importedFields,
    note,
  })
  .refine((value) => !value.dateTo || value.dateTo >= value.dateFrom, {
    message: 'dateTo is before dateFrom',
    path: ['dateTo'],
  });
export type ReportedCount = z.infer<typeof reportedCountSchema>;
