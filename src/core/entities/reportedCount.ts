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
 * How one reported count stands to another, so that figures never add what overlaps:
 * - `partOf`: a breakdown of another count (by basis, nationality, age, flight: "81 children among the about 200");
 * - `sameEventAs`: another source's count of the same event (two sources giving numbers for the same flights);
 * - `samePersonsAs`: persons already counted there, moved again later (the 8 men held in Djibouti, then sent on
 *   to South Sudan, are 8, not 16), or some of them ("some were then sent on to Nigeria").
 */
export const REPORTED_COUNT_RELATIONS = ['partOf', 'sameEventAs', 'samePersonsAs'] as const;
export type ReportedCountRelation = (typeof REPORTED_COUNT_RELATIONS)[number];

const countId = idSchema(ID_PREFIXES.reportedCount);

/**
 * An aggregate fact from a source, not about named people: N persons moved from one state to another. Counts and
 * individual transfers are shown side by side, never added together. `count` is null for an event reported
 * without a number: still an event, of unknown size.
 */
export const reportedCountSchema = z
  .strictObject({
    count: z.number().int().nonnegative().max(100_000_000).nullable(),
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
    /**
     * Made from rows about one person each (a release listing every removal): individual data, which the public
     * sees only through the suppressed public tables, never count by count.
     */
    individual: z.boolean().optional(),
    description: z.string().max(2000).optional(),
    partOf: countId.optional().meta({ description: 'a breakdown of this count (cnt_…)' }),
    sameEventAs: countId.optional().meta({ description: "another source's count of the same event (cnt_…)" }),
    samePersonsAs: countId
      .optional()
      .meta({ description: 'persons already counted there, moved again later (cnt_…)' }),
    sourceIds: sourceIdsSchema,
    ...importedFields,
    note,
  })
  .refine((value) => !value.dateTo || value.dateTo >= value.dateFrom, {
    message: 'dateTo is before dateFrom',
    path: ['dateTo'],
  })
  .refine((value) => value.count !== null || value.qualifier === 'exact', {
    message: 'a count of unknown size (count: null) takes no qualifier',
    path: ['qualifier'],
  })
  .superRefine((value, context) => {
    // One count stands to another in one way: a breakdown of it is not also the same event or the same persons.
    const seen = new Map<string, ReportedCountRelation>();
    for (const relation of REPORTED_COUNT_RELATIONS) {
      const target = value[relation];
      if (target === undefined) continue;
      const earlier = seen.get(target);
      if (earlier)
        context.addIssue({
          code: 'custom',
          path: [relation],
          message: `${target} is already named in ${earlier}: a count stands to another in one way only`,
        });
      seen.set(target, relation);
    }
  });
export type ReportedCount = z.infer<typeof reportedCountSchema>;
