import { z } from 'zod';
import { country, ID_PREFIXES, idSchema, note, partialDate, shortText, sourceIdsSchema } from './common.js';

export const agreementKinds = [
  'third_country_transfer',
  'prisoner_housing',
  'safe_third_country',
  'offshore_processing',
  'readmission',
] as const;

export const agreementStatuses = [
  'announced',
  'signed',
  'in_force',
  'suspended',
  'ended',
  'struck_down',
] as const;

export const eligibilityValues = [
  'nationals_only',
  'third_country_nationals',
  'any_nationality',
  'convicted_only',
  'no_criminal_history',
  'no_unaccompanied_minors',
  'adults_only',
  'men_only',
] as const;

const termBase = z.strictObject({
  effectiveFrom: partialDate.optional(),
  effectiveTo: partialDate.optional(),
  /** The amendment, renewal or report that set this term, in words. */
  amendment: z.string().max(500).optional(),
  sourceIds: sourceIdsSchema,
  note,
});

/** A term of an agreement. Terms change by amendment: a later term of the same type supersedes an earlier one. */
export const agreementTermSchema = z.discriminatedUnion('type', [
  termBase.extend({
    type: z.literal('cap'),
    persons: z.number().int().positive(),
    period: z.string().max(100).optional(),
  }),
  termBase.extend({
    type: z.literal('duration'),
    months: z.number().int().positive().optional(),
    renewable: z.boolean().optional(),
    text: z.string().max(300).optional(),
  }),
  termBase.extend({
    type: z.literal('payment'),
    amount: z.number().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD'),
    per: z.enum(['total', 'person', 'year', 'person_per_year']).default('total'),
  }),
  termBase.extend({ type: z.literal('eligibility'), accepts: z.array(z.enum(eligibilityValues)).min(1) }),
  termBase.extend({
    type: z.literal('facilities'),
    facilityIds: z.array(idSchema(ID_PREFIXES.facility)).min(1),
  }),
]);
export type AgreementTerm = z.infer<typeof agreementTermSchema>;
export type AgreementTermType = AgreementTerm['type'];

export const agreementStatusEntrySchema = z.strictObject({
  status: z.enum(agreementStatuses),
  date: partialDate,
  sourceIds: sourceIdsSchema,
  note,
});

/** An arrangement between a sending and a receiving state. */
export const agreementSchema = z.strictObject({
  name: shortText,
  sendingCountry: country,
  receivingCountry: country,
  kind: z.enum(agreementKinds),
  /** Whether the instrument binds the parties in law (a treaty), as opposed to a memorandum or political deal. */
  legallyBinding: z.boolean().nullable().optional(),
  statusHistory: z.array(agreementStatusEntrySchema).max(100).default([]),
  terms: z.array(agreementTermSchema).max(200).default([]),
  sourceIds: sourceIdsSchema,
  note,
});
export type Agreement = z.infer<typeof agreementSchema>;
