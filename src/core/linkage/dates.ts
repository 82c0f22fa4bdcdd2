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

/** Whether two values agree where both are known. */
function agrees(left: number | undefined, right: number | undefined): boolean {
  return left === undefined || right === undefined || left === right;
}

function compareDays(left: Parts, right: Parts): BirthDateAgreement {
  if (left.year === right.year) {
    if (left.month === right.month) return left.day === right.day ? 'exact' : 'same_year_month';
    if (left.month === right.day && left.day === right.month) return 'swapped_day_month';
    return 'same_year';
  }
  if (Math.abs(left.year - right.year) === 1 && left.month === right.month && left.day === right.day) {
    return 'one_year_off';
  }
  return 'different';
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
  if (a.day !== undefined && b.day !== undefined) return compareDays(a, b);
  const monthsAgree = agrees(a.month, b.month);
  if (a.year === b.year) return monthsAgree ? 'compatible_partial' : 'same_year';
  if (Math.abs(a.year - b.year) === 1 && monthsAgree) return 'one_year_off';
  return 'different';
}
