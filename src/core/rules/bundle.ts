import { z } from 'zod';
import { countrySchema } from '../values/country.js';
import { instantProblem } from '../values/instant.js';
import { partialDateProblem } from '../values/partialDate.js';

/**
 * Case bundle v1 (shared/RULES.md): every fact the rules need about one transfer of one person. A field left out
 * is unknown; `null`, `false` or `[]` is known (none, not yet, no). Unknown keys are ignored, never guessed at.
 */

/** An ISO 8601 instant with offset, or a day (YYYY-MM-DD, read as 00:00 UTC); kept as written. */
const instant = z.string().superRefine((text, context) => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const problem = partialDateProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: `invalid date "${text}": ${problem}` });
    return;
  }
  const problem = instantProblem(text);
  if (problem) context.addIssue({ code: 'custom', message: `invalid instant "${text}": ${problem}` });
});

/** A date as precise as known (YYYY, YYYY-MM, YYYY-MM-DD) or an instant. */
const dateOrInstant = z.string().superRefine((text, context) => {
  const problem = /T/.test(text) ? instantProblem(text) : partialDateProblem(text);
  if (problem) context.addIssue({ code: 'custom', message: `invalid date "${text}": ${problem}` });
});

const country = countrySchema;
const flag = z.boolean().nullable();

export const bundleSchema = z.object({
  version: z.literal(1),
  person: z
    .object({
      nationalities: z.array(country),
      birthDate: dateOrInstant,
      lawfulPermanentResident: flag,
      usCitizen: flag,
      languages: z.array(z.string().min(2).max(12)),
      hasCounsel: flag,
      unaccompaniedChild: flag,
      paroledAtPortOfEntry: flag,
      aeaDesignatedAt: instant.nullable(),
      confinement: z.array(
        z.object({
          district: z.string().min(1),
          from: instant.nullable().optional(),
          to: instant.nullable().optional(),
        }),
      ),
      riskEvidence: z.array(z.object({ country, kind: z.string().optional() })),
    })
    .partial()
    .optional(),
  removalOrder: z
    .object({
      authority: z.enum(['INA240', 'ER235b1', 'REINST241a5', '238b', 'AEA', 'NONE']),
      issuedAt: instant.nullable(),
      finalAt: instant.nullable(),
      countriesNamed: z.array(country),
      countriesIdentifiedInWriting: z.array(country),
      appealWaived: flag,
    })
    .partial()
    .nullable()
    .optional(),
  appeals: z
    .array(
      z.object({
        forum: z.string().optional(),
        filedAt: instant.nullable().optional(),
        decidedAt: instant.nullable().optional(),
      }),
    )
    .optional(),
  stays: z
    .array(
      z.object({
        kind: z.enum(['judicial', 'administrative', 'automatic']).optional(),
        court: z.string().optional(),
        from: instant.nullable().optional(),
        to: instant.nullable().optional(),
      }),
    )
    .optional(),
  petitionsForReview: z
    .array(z.object({ court: z.string().optional(), filedAt: instant.nullable().optional() }))
    .optional(),
  protectionGrants: z
    .array(
      z.object({
        type: z.enum(['INA241b3', 'CAT_withholding', 'CAT_deferral', 'asylum']),
        country,
        grantedAt: dateOrInstant.nullable().optional(),
        terminatedAt: dateOrInstant.nullable().optional(),
      }),
    )
    .optional(),
  courtOrders: z
    .array(
      z.object({
        id: z.string().optional(),
        case: z.string().optional(),
        court: z.string().optional(),
        oralAt: instant.nullable().optional(),
        writtenAt: instant.nullable().optional(),
        scope: z.enum(['aea_designees', 'class_c', 'this_person']),
        stayedAt: instant.nullable().optional(),
        vacatedAt: instant.nullable().optional(),
      }),
    )
    .optional(),
  notices: z
    .array(
      z.object({
        servedAt: instant.nullable().optional(),
        toPerson: flag.optional(),
        toCounsel: flag.optional(),
        language: z.string().nullable().optional(),
        namesCountry: country.nullable().optional(),
        explainsHowToChallenge: flag.optional(),
        kind: z.enum(['removal', 'third_country', 'aea']).optional(),
      }),
    )
    .optional(),
  fearClaims: z
    .array(z.object({ raisedAt: instant.nullable().optional(), country: country.nullable().optional() }))
    .optional(),
  screenings: z
    .array(
      z.object({
        kind: z.enum(['credible_fear', 'reasonable_fear', 'third_country_fear']),
        referredAt: instant.nullable().optional(),
        decidedAt: instant.nullable().optional(),
        outcome: z.enum(['positive', 'negative']).nullable().optional(),
        country: country.nullable().optional(),
      }),
    )
    .optional(),
  reopenMotions: z
    .array(z.object({ filedAt: instant.nullable().optional(), by: z.enum(['DHS', 'person']).optional() }))
    .optional(),
  assurances: z
    .array(
      z.object({
        country,
        kind: z.enum(['blanket', 'individual']).optional(),
        deemedCredibleAt: instant.nullable().optional(),
      }),
    )
    .optional(),
  destinationAcceptance: z
    .object({ recorded: flag, earlierOptionsImpracticable: flag })
    .partial()
    .nullable()
    .optional(),
  transfer: z
    .object({
      authority: z.enum(['INA241', 'AEA', 'UK_ENFORCED', 'IT_ALB_PROTOCOL', 'OTHER']),
      from: country,
      destination: country,
      departureAt: instant,
      custodyTransferAt: instant.nullable(),
      exigent: flag,
      attorneyAccess: flag,
      detainedOnArrival: flag,
      atSendingStateRequest: flag,
      receivingFacility: z
        .object({ name: z.string(), country, credibleTortureReports: flag })
        .partial()
        .nullable(),
      individualAssessment: flag,
      statusDecisionAt: instant.nullable(),
      onward: z.array(z.object({ at: dateOrInstant.nullable().optional(), to: country })),
      agreement: z
        .object({
          id: z.string(),
          legallyBinding: flag,
          safeCountrySourcesDisclosed: flag,
          designatedSafeForWholePopulation: flag,
        })
        .partial()
        .nullable(),
      interimMeasureInForce: flag,
      admittedToReceivingState: flag,
      asylumProcedureAvailable: flag,
      onwardReturnProtection: flag,
    })
    .partial(),
});

export type Bundle = z.infer<typeof bundleSchema>;
