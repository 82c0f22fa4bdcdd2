import { z } from 'zod';
import { country, note, partialDate, shortText, sourceIdsSchema, importedFields } from './common.js';

export const facilityKinds = [
  'maximum_security_prison',
  'prison',
  'immigration_detention',
  'processing_centre',
  'hotel_shelter',
  'military_base',
  'other',
] as const;

/** A place where people are held. */
export const facilitySchema = z.strictObject({
  name: shortText,
  aliases: z.array(shortText).max(20).default([]),
  country,
  locality: z.string().max(200).optional(),
  /** For US facilities, the federal judicial district as the Bluebook writes it (`N.D. Tex.`). */
  district: z.string().max(40).optional(),
  kind: z.enum(facilityKinds),
  operator: z.string().max(200).optional(),
  reportedCapacity: z
    .strictObject({ value: z.number().int().positive(), asOf: partialDate.optional() })
    .optional(),
  coordinates: z
    .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
    .optional(),
  securityLevel: z.string().max(100).optional(),
  openedOn: partialDate.optional(),
  /** Credible reports of torture or ill-treatment in this facility are on record. */
  credibleTortureReports: z.boolean().optional(),
  sourceIds: sourceIdsSchema,
  ...importedFields,
  note,
});
export type Facility = z.infer<typeof facilitySchema>;
