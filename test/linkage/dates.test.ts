import { describe, expect, it } from 'vitest';
import { BIRTH_DATE_AGREEMENTS, compareBirthDates } from '../../src/core/linkage/dates.js';
import { parsePartialDate } from '../../src/core/values/partialDate.js';

describe('compareBirthDates', () => {
  it.each([
    ['1995-04-02', '1995-04-02', 'exact'],
    ['1995-04-02', '1995-02-04', 'swapped_day_month'],
    ['1995-12-11', '1995-11-12', 'swapped_day_month'],
    ['1995-04-02', '1995-04-20', 'same_year_month'],
    ['1995-04-02', '1994-04-02', 'one_year_off'],
    ['1995-04-02', '1996-04-02', 'one_year_off'],
    ['1995-04-02', '1995-07-09', 'same_year'],
    ['1995-04-02', '1993-04-02', 'different'],
    ['1995-04-02', '1996-02-04', 'different'], // swapped and a year off: two slips
    ['1995-04-02', '1994-04-03', 'different'],
    ['1995-04-02', '2005-04-02', 'different'],
    // Partial dates: never widened into a day.
    ['1995', '1995-04-02', 'compatible_partial'],
    ['1995-04', '1995-04-02', 'compatible_partial'],
    ['1995-04', '1995-04', 'compatible_partial'],
    ['1995', '1995', 'compatible_partial'],
    ['1995-04', '1995-06-02', 'same_year'],
    ['1995-04', '1995-06', 'same_year'],
    ['1995', '1994-04-02', 'one_year_off'],
    ['1995-04', '1996-04-30', 'one_year_off'],
    ['1995-04', '1996-05-01', 'different'],
    ['1995', '1997', 'different'],
  ])('%s / %s → %s', (left, right, agreement) => {
    expect(compareBirthDates(parsePartialDate(left), parsePartialDate(right))).toBe(agreement);
    expect(compareBirthDates(parsePartialDate(right), parsePartialDate(left))).toBe(agreement);
  });

  it('says missing when either date is absent', () => {
    expect(compareBirthDates(undefined, parsePartialDate('1995'))).toBe('missing');
    expect(compareBirthDates(parsePartialDate('1995-04-02'), undefined)).toBe('missing');
    expect(compareBirthDates()).toBe('missing');
  });

  it('lists every level once', () => {
    expect(new Set(BIRTH_DATE_AGREEMENTS).size).toBe(8);
  });
});
