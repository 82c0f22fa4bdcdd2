import { z } from 'zod';
import {
  country,
  ID_PREFIXES,
  idSchema,
  instant,
  note,
  partialDate,
  sourceIdsSchema,
  importedFields,
} from './common.js';

export const custodyEventTypes = [
  'detained',
  'transferred',
  'released',
  'returned',
  'died',
  'whereabouts_unknown',
] as const;

/** A step of a person's custody timeline; the latest one answers "where is this person now?". */
export const custodyEventSchema = z.strictObject({
  personId: idSchema(ID_PREFIXES.person),
  type: z.enum(custodyEventTypes),
  date: partialDate,
  at: instant.optional(),
  /** When this step ended (the book-out from the facility), as precisely as known. */
  until: partialDate.optional(),
  /** Why it ended or happened, as the source words it (`Transferred`, `Removed`, `Bonded Out`). */
  reason: z.string().max(300).optional(),
  /**
   * The continuous custody period this step belongs to (ICE's "stay": book-in to book-out across transfers
   * between facilities), with how it ended.
   */
  stay: z
    .strictObject({
      from: partialDate,
      to: partialDate.optional(),
      releaseReason: z.string().max(300).optional(),
    })
    .optional(),
  facilityId: idSchema(ID_PREFIXES.facility).optional(),
  country: country.optional(),
  /** Who holds the person (`ICE`, `Government of El Salvador`). */
  custodian: z.string().max(200).optional(),
  transferId: idSchema(ID_PREFIXES.transfer).optional(),
  sourceIds: sourceIdsSchema,
  ...importedFields,
  note,
});
export type CustodyEvent = z.infer<typeof custodyEventSchema>;
