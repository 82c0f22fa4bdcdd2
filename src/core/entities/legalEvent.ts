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

const base = z.strictObject({
  personId: idSchema(ID_PREFIXES.person),
  /** When it happened, as precisely as the source says; the typed instants below are kept when known. */
  date: partialDate,
  sourceIds: sourceIdsSchema,
  ...importedFields,
  note,
});

const nullableInstant = instant.nullable().optional();

/**
 * Dated facts of proceedings. The fields follow the case bundle of RULES.md so that the rules engine can assemble a
 * bundle from stored events without guessing.
 */
export const legalEventSchema = z.discriminatedUnion('type', [
  base.extend({
    type: z.literal('removal_order'),
    authority: z.enum(['INA240', 'ER235b1', 'REINST241a5', '238b', 'AEA', 'NONE']),
    issuedAt: instant.optional(),
    finalAt: nullableInstant,
    countriesNamed: z.array(country).max(10).optional(),
    countriesIdentifiedInWriting: z.array(country).max(10).optional(),
    appealWaived: z.boolean().optional(),
  }),
  base.extend({
    type: z.literal('appeal'),
    forum: z.string().min(1).max(100),
    filedAt: instant,
    decidedAt: nullableInstant,
  }),
  base.extend({
    type: z.literal('stay'),
    stayKind: z.enum(['judicial', 'administrative', 'automatic']),
    court: z.string().max(100).optional(),
    from: instant,
    to: nullableInstant,
  }),
  base.extend({
    type: z.literal('petition_for_review'),
    court: z.string().min(1).max(100),
    filedAt: instant,
  }),
  base.extend({
    type: z.literal('protection_grant'),
    grantType: z.enum(['INA241b3', 'CAT_withholding', 'CAT_deferral', 'asylum']),
    country,
    grantedAt: partialDate,
    terminatedAt: partialDate.nullable().optional(),
  }),
  base.extend({
    type: z.literal('court_order'),
    orderKey: z.string().max(100).optional(),
    case: z.string().min(1).max(300),
    court: z.string().min(1).max(100),
    orderKind: z.enum(['temporary_restraining_order', 'preliminary_injunction', 'injunction', 'other']),
    oralAt: instant.optional(),
    writtenAt: instant.optional(),
    scope: z.enum(['aea_designees', 'class_c', 'this_person']),
    stayedAt: nullableInstant,
    vacatedAt: nullableInstant,
  }),
  base.extend({
    type: z.literal('notice_served'),
    noticeKind: z.enum(['removal', 'third_country', 'aea']),
    servedAt: instant,
    toPerson: z.boolean(),
    toCounsel: z.boolean(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
    namesCountry: country.optional(),
    explainsHowToChallenge: z.boolean().optional(),
  }),
  base.extend({ type: z.literal('fear_claim'), raisedAt: instant, country }),
  base.extend({
    type: z.literal('screening'),
    screeningKind: z.enum(['credible_fear', 'reasonable_fear', 'third_country_fear']),
    referredAt: instant.optional(),
    decidedAt: nullableInstant,
    outcome: z.enum(['positive', 'negative']).nullable(),
    country,
  }),
  base.extend({
    type: z.literal('habeas_petition'),
    court: z.string().min(1).max(100),
    filedAt: instant,
    docket: z.string().max(100).optional(),
  }),
  base.extend({ type: z.literal('reopen_motion'), filedAt: instant, by: z.enum(['DHS', 'person']) }),
  base.extend({
    type: z.literal('assurance'),
    country,
    assuranceKind: z.enum(['blanket', 'individual']),
    deemedCredibleAt: instant.optional(),
  }),
  base.extend({ type: z.literal('aea_designation'), designatedAt: instant }),
]);
export type LegalEvent = z.infer<typeof legalEventSchema>;
export type LegalEventType = LegalEvent['type'];
