import { z } from 'zod';
import { partialDateProblem, type PartialDate } from './partialDate.js';

/**
 * A moment in time as a source gave it: `utc` is the instant in UTC (ISO 8601, `Z`), `offset` the UTC offset the
 * source wrote (`-05:00`, `+00:00`), so the local time can always be shown as the source showed it.
 */
export interface Instant {
  utc: string;
  offset: string;
}

const PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why the text is not an ISO 8601 instant with an offset, or undefined. */
export function instantProblem(text: string): string | undefined {
  const match = PATTERN.exec(text);
  if (!match) return 'expected an ISO 8601 date-time with an offset, e.g. 2025-03-15T17:45:00-05:00';
  const [, day, hours, minutes, seconds, , offset] = match;
  const dayProblem = partialDateProblem(day ?? '');
  if (dayProblem) return dayProblem;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return 'time out of range';
  if (offset && offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) {
    return `offset ${offset} out of range`;
  }
  return undefined;
}

/** Parses `2025-03-15T17:45:00-05:00` into its UTC instant and the offset written. */
export function parseInstant(text: string): Instant {
  const problem = instantProblem(text);
  if (problem) throw new RangeError(`invalid instant "${text}": ${problem}`);
  const offsetText = PATTERN.exec(text)?.[6] ?? 'Z';
  return { utc: new Date(text).toISOString(), offset: offsetText === 'Z' ? '+00:00' : offsetText };
}

/** The instant written back in its original offset, e.g. `2025-03-15T17:45:00.000-05:00`. */
export function formatInLocalOffset(instant: Instant): string {
  const sign = instant.offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(instant.offset.slice(1, 3)) * 60 + Number(instant.offset.slice(4, 6)));
  const local = new Date(Date.parse(instant.utc) + minutes * 60_000).toISOString().slice(0, -1);
  return `${local}${instant.offset}`;
}

/** The UTC calendar day of an instant, as a partial date of day precision. */
export function instantDay(instant: Instant): PartialDate {
  return instant.utc.slice(0, 10) as PartialDate;
}

const instantObjectSchema = z.strictObject({
  utc: z
    .string()
    .refine((text) => instantProblem(text) === undefined && text.endsWith('Z'), 'expected UTC (Z)'),
  offset: z
    .string()
    .regex(/^[+-](?:0\d|1[0-4]):[0-5]\d$/, 'expected an offset from -14:00 to +14:00 as ±HH:MM'),
});

/** Input: an ISO string with offset, or `{ utc, offset }`; output: `{ utc, offset }` with utc normalised. */
export const instantSchema = z
  .union([
    z.string().superRefine((text, context) => {
      const problem = instantProblem(text);
      if (problem) context.addIssue({ code: 'custom', message: `invalid instant "${text}": ${problem}` });
    }),
    instantObjectSchema,
  ])
  .transform((value): Instant =>
    typeof value === 'string'
      ? parseInstant(value)
      : { utc: new Date(value.utc).toISOString(), offset: value.offset },
  )
  .meta({
    description: 'An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept',
    example: '2025-03-15T17:45:00-05:00',
  });
