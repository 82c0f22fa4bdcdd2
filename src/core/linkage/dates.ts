import type { PartialDate } from '../values/partialDate.js';

/**
 * How two birth dates agree, from the closest agreement to none (the engine learns how much each level is worth,
 * so the order is for the reader):
 * - `exact`: the same day, both known to the day;
 * - `swapped_day_month`: the same year with day and month exchanged (`1995-04-02` / `1995-02-04`), the slip
 *   between day-first and month-first forms;
 * - `compatible_partial`: at least one is partial and they agree on everything both give (`1995` / `1995-04-02`,
 *   `1995-04` / `1995-04`, `1995` / `1995`): nothing contradicts, but less is known than for `exact`;
 * - `same_year_month`: both give a day, the same year and month, different days;
 * - `one_year_off`: years one apart and everything else both give equal (`1995-04-02` / `1994-04-02`);
 * - `same_year`: the same year, months differ (or the days differ and the months are unknown to one);
 * - `different`: none of the above;
 * - `missing`: either date is absent, which is no evidence either way.
 */
export type BirthDateAgreement =
  | 'exact'
  | 'swapped_day_month'
  | 'compatible_partial'
  | 'same_year_month'
  | 'one_year_off'
  | 'same_year'
  | 'different'
  | 'missing';

/** Every level of {@link BirthDateAgreement}, in the order above, for tables of weights and for tests. */
export const BIRTH_DATE_AGREEMENTS: readonly BirthDateAgreement[] = [
  'exact',
  'swapped_day_month',
  'compatible_partial',
  'same_year_month',
  'one_year_off',
  'same_year',
  'different',
  'missing',
];

interface Parts {
  year: number;
  month: number | undefined;
  day: number | undefined;
}

function partsOf(date: PartialDate): Parts {
  return {
    year: Number(date.slice(0, 4)),
    month: date.length >= 7 ? Number(date.slice(5, 7)) : undefined,
    day: date.length === 10 ? Number(date.slice(8, 10)) : undefined,
  };
}

/**
 * Compares two birth dates of any precision (see {@link BirthDateAgreement} for the levels). A partial date is
 * never widened into a day: `1995-04` against `1995-04-02` is `compatible_partial`, not `exact`, and `1995-04`
 * against `1995-06-02` is `same_year`.
 */
export function compareBirthDates(left?: PartialDate, right?: PartialDate): BirthDateAgreement {
  if (left === undefined || right === undefined) return 'missing';
  const a = partsOf(left);
  const b = partsOf(right);
  const level = compareBirthDateParts(a.year, a.month ?? 0, a.day ?? 0, b.year, b.month ?? 0, b.day ?? 0);
  return BIRTH_DATE_AGREEMENTS[level] ?? 'missing';
}

/**
 * {@link compareBirthDates} on numbers, for the linkage engine's inner loop: the index of the level in
 * {@link BIRTH_DATE_AGREEMENTS}. A year of 0 is a missing date; a month or day of 0 is unknown.
 */
export function compareBirthDateParts(
  leftYear: number,
  leftMonth: number,
  leftDay: number,
  rightYear: number,
  rightMonth: number,
  rightDay: number,
): number {
  if (leftYear === 0 || rightYear === 0) return MISSING;
  const yearGap = Math.abs(leftYear - rightYear);
  if (leftDay !== 0 && rightDay !== 0) {
    if (yearGap === 0) {
      if (leftMonth === rightMonth) return leftDay === rightDay ? EXACT : SAME_YEAR_MONTH;
      return leftMonth === rightDay && leftDay === rightMonth ? SWAPPED : SAME_YEAR;
    }
    return yearGap === 1 && leftMonth === rightMonth && leftDay === rightDay ? ONE_YEAR_OFF : DIFFERENT;
  }
  const monthsAgree = leftMonth === 0 || rightMonth === 0 || leftMonth === rightMonth;
  if (yearGap === 0) return monthsAgree ? COMPATIBLE_PARTIAL : SAME_YEAR;
  return yearGap === 1 && monthsAgree ? ONE_YEAR_OFF : DIFFERENT;
}

const EXACT = 0;
const SWAPPED = 1;
const COMPATIBLE_PARTIAL = 2;
const SAME_YEAR_MONTH = 3;
const ONE_YEAR_OFF = 4;
const SAME_YEAR = 5;
const DIFFERENT = 6;
const MISSING = 7;
