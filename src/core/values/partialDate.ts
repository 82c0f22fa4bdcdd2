import { z } from 'zod';

/**
 * A date as precise as its source: `2025`, `2025-03` or `2025-03-15`. It is never widened into a day the source
 * did not give; comparisons between dates of different precision can be undecided.
 */
export type PartialDate = string & { readonly __brand: 'PartialDate' };

export type Precision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a text is not a partial date, or undefined when it is one. */
export function partialDateProblem(text: string): string | undefined {
  const match = PATTERN.exec(text);
  if (!match) return 'expected YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(match[1]);
  if (year < 1000) return 'year out of range';
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
    if (match[3] !== undefined) {
      const day = Number(match[3]);
      if (day < 1 || day > daysInMonth(year, month))
        return `day ${match[3]} does not exist in ${match[1]}-${match[2]}`;
    }
  }
  return undefined;
}

export function isPartialDate(text: string): text is PartialDate {
  return partialDateProblem(text) === undefined;
}

export function parsePartialDate(text: string): PartialDate {
  const problem = partialDateProblem(text);
  if (problem) throw new RangeError(`invalid partial date "${text}": ${problem}`);
  return text as PartialDate;
}

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first day the date may denote, as YYYY-MM-DD. */
export function earliestDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day the date may denote, as YYYY-MM-DD. */
export function latestDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

/** before / after when every day of one precedes every day of the other; otherwise overlapping (undecided). */
export type Ordering = 'before' | 'after' | 'same' | 'overlapping';

export function comparePartialDates(left: PartialDate, right: PartialDate): Ordering {
  if (left === right) return precisionOf(left) === 'day' ? 'same' : 'overlapping';
  if (latestDay(left) < earliestDay(right)) return 'before';
  if (earliestDay(left) > latestDay(right)) return 'after';
  return 'overlapping';
}

/** A total order for display: by earliest day, then the more precise first, so `2025-03-01` precedes `2025-03`. */
export function sortPartialDates(left: PartialDate, right: PartialDate): number {
  const byStart = earliestDay(left).localeCompare(earliestDay(right));
  if (byStart !== 0) return byStart;
  return latestDay(left).localeCompare(latestDay(right));
}

/** Whether the date lies wholly (`within`) or possibly (`overlaps`) inside [from, to], either bound optional. */
export function partialDateInRange(
  date: PartialDate,
  range: { from?: PartialDate | undefined; to?: PartialDate | undefined },
  mode: 'within' | 'overlaps' = 'within',
): boolean {
  const lo = earliestDay(date);
  const hi = latestDay(date);
  const fromDay = range.from ? earliestDay(range.from) : undefined;
  const toDay = range.to ? latestDay(range.to) : undefined;
  if (mode === 'within') return (!fromDay || lo >= fromDay) && (!toDay || hi <= toDay);
  return (!fromDay || hi >= fromDay) && (!toDay || lo <= toDay);
}

export const partialDateSchema = z
  .string()
  .superRefine((text, context) => {
    const problem = partialDateProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: `invalid date "${text}": ${problem}` });
  })
  .transform((text) => text as PartialDate)
  .meta({ description: 'A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD', example: '2025-03' });
