/**
 * Building blocks of the API's response schemas, shared by the routes. They describe what the presenters already
 * produce, for the OpenAPI document (the web app's types are generated from it) and for the serializer, which
 * validates every answer against them: a schema never adds, hides or reshapes a value.
 *
 * So objects are loose (a field the schema does not name passes through unchanged rather than being stripped, and
 * a presenter that adds one keeps working), values are typed as they leave the system rather than as they are
 * accepted (a country is its code, a date a string: no transform runs again on the way out), and whatever a lesser
 * role gets in another form is typed so that every role's form fits: redacted text is still a string, a suppressed
 * count is null.
 */
import { z } from 'zod';
import { CONFLICT_CODES } from '../../core/conflicts/types.js';
import { authorityStatusSchema, severitySchema } from '../../core/rules/packSchema.js';

/**
 * A loose object (unknown fields pass through unchanged), typed in TypeScript without the index signature of one:
 * the presenters' interfaces have none, and the handlers' answers are checked against these types.
 */
export function answerObject<Shape extends z.ZodRawShape>(shape: Shape): z.ZodObject<Shape> {
  return z.looseObject(shape) as unknown as z.ZodObject<Shape>;
}

/** A country as it leaves the system: always its code (names are accepted on input only). */
export const countryAnswer = z.string().meta({ description: 'ISO 3166-1 alpha-3 code', example: 'SLV' });

/** A partial date as stored; a birth date reads as its year only below editor. */
export const partialDateAnswer = z.string().meta({
  description: 'A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD',
  example: '2025-03',
});

/** An instant as stored: UTC, with the offset the source wrote. */
export const instantAnswer = answerObject({
  utc: z.string().meta({ description: 'the instant in UTC (ISO 8601, Z)' }),
  offset: z.string().meta({ description: 'the UTC offset the source wrote, ±HH:MM' }),
}).meta({ description: 'An instant: UTC with the offset the source wrote' });

/** Words in both languages of the app. */
export const bilingualAnswer = answerObject({ en: z.string(), es: z.string() });

/** A row of an exact table: a group key (null: unknown or none) and how many. */
export const statsRowAnswer = answerObject({ key: z.string().nullable(), value: z.number() });

/** The cursor of the next page, or null on the last one. */
export const nextCursorAnswer = z
  .string()
  .nullable()
  .meta({ description: 'send as cursor= for the next page; null on the last page' });

/** A retraction as the role sees it: below editor, the reason of a retracted fact about a person is withheld. */
export const retractionAnswer = answerObject({ at: z.string(), reason: z.string() })
  .nullable()
  .meta({ description: "null unless retracted; on person data below editor the reason reads 'withheld'" });

/**
 * A source cited beside a fact. One above the caller's clearance is cited by id only: title and publisher read
 * `withheld`, no address, and `withheld: true`.
 */
export const citationAnswer = answerObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
  fictional: z.boolean(),
  withheld: z
    .literal(true)
    .optional()
    .meta({ description: "the source is above the caller's clearance: cited by id only" }),
});

/** A contradiction between a person's facts (src/core/conflicts/types.ts). */
export const conflictAnswer = answerObject({
  code: z.enum(CONFLICT_CODES),
  message: bilingualAnswer,
  facts: z
    .array(
      answerObject({
        kind: z.enum(['personRecord', 'custodyEvent', 'transfer', 'movement']),
        id: z.string(),
        paths: z.array(z.array(z.string())),
      }),
    )
    .meta({
      description: 'the facts involved, the one the conflict is about first, with the fields at odds',
    }),
});

/**
 * A finding of the rules engine in words. Below editor, the facts it rests on (and so its words) carry birth
 * dates as years and case names and dockets as `withheld`.
 */
export const findingAnswer = answerObject({
  ruleId: z.string(),
  severity: severitySchema,
  authorityStatus: authorityStatusSchema,
  contested: z.boolean(),
  title: z.string(),
  explanation: z.string(),
  es: answerObject({ title: z.string(), explanation: z.string() }),
  citations: z.array(z.string()),
  facts: z.record(z.string(), z.unknown()).meta({ description: 'bundle paths and the values that decided' }),
  missingFacts: z.array(z.string()).optional(),
  potentialSeverity: severitySchema.optional(),
  outcome: z.string(),
  packVersion: z.string(),
});
