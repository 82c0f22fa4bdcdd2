import { z } from 'zod';
import { country, ID_PREFIXES, idSchema, instant, note, partialDate, sourceIdsSchema } from './common.js';

export const custodyEventTypes = [
  'detained',
  'transferred',
  'released',
  'returned',
  'died',
  'whereabouts_unknown',
] as const;

/** A step of a person's custody timeline; the latest one answers "where is this person now?". */
export const custodyEventSchema = z.object({
  personId: idSchema(ID_PREFIXES.person),
  type: z.enum(custodyEventTypes),
  date: partialDate,
  at: instant.optional(),
  facilityId: idSchema(ID_PREFIXES.facility).optional(),
  country: country.optional(),
  /** Who holds the person (`ICE`, `Government of El Salvador`). */
  custodian: z.string().max(200).optional(),
  transferId: idSchema(ID_PREFIXES.transfer).optional(),
  sourceIds: sourceIdsSchema,
  note,
});
export type CustodyEvent = z.infer<typeof custodyEventSchema>;
