import { z } from 'zod';
import {
  country,
  ID_PREFIXES,
  idSchema,
  instant,
  knownFlag,
  legalBasisSchema,
  note,
  partialDate,
  sourceIdsSchema,
  importedFields,
} from './common.js';

/** What became of a transfer: only a completed one moved a person; figures count completed ones by default. */
export const TRANSFER_STATUSES = ['completed', 'halted', 'planned', 'unknown'] as const;

/** One person moved from one custody to another, by a movement, under an agreement and a legal basis. */
export const transferSchema = z.strictObject({
  personId: idSchema(ID_PREFIXES.person),
  movementId: idSchema(ID_PREFIXES.movement).optional(),
  agreementId: idSchema(ID_PREFIXES.agreement).optional(),
  legalBasis: legalBasisSchema,
  fromCountry: country,
  toCountry: country,
  fromFacilityId: idSchema(ID_PREFIXES.facility).optional(),
  toFacilityId: idSchema(ID_PREFIXES.facility).optional(),
  status: z.enum(TRANSFER_STATUSES).default('completed'),
  /** Departure date as precisely as known; `departureAt` is the instant when known. */
  date: partialDate,
  departureAt: instant.optional(),
  /** Hand-over to the receiving state's custody. */
  custodyTransferAt: instant.optional(),
  exigent: knownFlag,
  attorneyAccess: knownFlag,
  individualAssessment: knownFlag,
  detainedOnArrival: knownFlag,
  atSendingStateRequest: knownFlag,
  admittedToReceivingState: knownFlag,
  asylumProcedureAvailable: knownFlag,
  onwardReturnProtection: knownFlag,
  interimMeasureInForce: knownFlag,
  statusDecisionAt: instant.nullable().optional(),
  onward: z
    .array(z.strictObject({ date: partialDate, to: country }))
    .max(10)
    .optional(),
  sourceIds: sourceIdsSchema,
  ...importedFields,
  note,
});
export type Transfer = z.infer<typeof transferSchema>;
