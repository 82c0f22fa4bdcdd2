import { describe, expect, it } from 'vitest';
import { type DateOrder, detectDateOrder, parseDateText } from '../../src/core/values/dateText.js';

// A fixed current year, so two-digit years do not change meaning as the calendar turns.
const NOW = 2025;

function dateOf(text: string, order?: DateOrder, currentYear = NOW): string {
  const result = parseDateText(text, order, currentYear);
  if ('problem' in result)
    throw new Error(`expected a date from "${text}", got the problem "${result.problem}"`);
  return result.date;
}

function problemOf(text: string, order?: DateOrder, currentYear = NOW): string {
  const result = parseDateText(text, order, currentYear);
  if ('date' in result) throw new Error(`expected a problem with "${text}", got the date ${result.date}`);
  return result.problem;
}

describe('parseDateText: ISO forms', () => {
  it.each([
    ['1995-04-02', '1995-04-02'],
    ['1995-04', '1995-04'],
    ['1995', '1995'],
    ['1995/04/02', '1995-04-02'],
    ['1995.04.02', '1995-04-02'],
    ['1995-4-2', '1995-04-02'],
    ['19950402', '1995-04-02'],
    ['1995-04-02T00:00:00Z', '1995-04-02'],
    ['1995-04-02T00:00:00.000Z', '1995-04-02'],
    ['1995-04-02T13:45:00+02:00', '1995-04-02'],
    ['1995-04-02 00:00:00', '1995-04-02'],
    ['1995-04-02 00:00', '1995-04-02'],
    ['  1995-04-02 \t', '1995-04-02'],
  ])('%j → %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });

  it('reads year-first dates the same whatever the order', () => {
    for (const order of ['dmy', 'mdy', 'ymd'] as const)
      expect(dateOf('1995-04-02', order)).toBe('1995-04-02');
  });
});

describe('parseDateText: numeric day, month and year', () => {
  it.each([
    ['02/04/1995', '1995-04-02'],
    ['2/4/1995', '1995-04-02'],
    ['2-4-1995', '1995-04-02'],
    ['02.04.1995', '1995-04-02'],
    ['02 04 1995', '1995-04-02'],
    ['02 / 04 / 1995', '1995-04-02'],
    ['25/12/1990', '1990-12-25'],
    ['02/04/1995 0:00', '1995-04-02'],
    ['02/04/1995 12:00:00 AM', '1995-04-02'],
  ])('day first by default: %j → %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });

  it('reads day and month both up to 12 in the order given', () => {
    expect(dateOf('02/04/1995', 'dmy')).toBe('1995-04-02');
    expect(dateOf('02/04/1995', 'mdy')).toBe('1995-02-04');
    expect(dateOf('4/2/1995', 'mdy')).toBe('1995-04-02');
    expect(dateOf('12/12/1995', 'mdy')).toBe('1995-12-12');
  });

  it('takes the only possible reading when one part is over 12, whatever the order', () => {
    expect(dateOf('25/12/1990', 'mdy')).toBe('1990-12-25');
    expect(dateOf('12/25/1990', 'dmy')).toBe('1990-12-25');
    expect(dateOf('12/25/1990', 'mdy')).toBe('1990-12-25');
    expect(dateOf('13/01/2000', 'mdy')).toBe('2000-01-13');
  });

  it('reads year-last dates day first when the order is ymd', () => {
    expect(dateOf('02/04/1995', 'ymd')).toBe('1995-04-02');
  });

  it.each([
    ['04/1995', '1995-04'],
    ['4-1995', '1995-04'],
    ['4.1995', '1995-04'],
    ['1995/4', '1995-04'],
  ])('month and year: %j → %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });
});

describe('parseDateText: two-digit years', () => {
  it('puts the year in the century that keeps it from being in the future', () => {
    expect(dateOf('4/2/95', 'mdy')).toBe('1995-04-02');
    expect(dateOf('02/04/95')).toBe('1995-04-02');
    expect(dateOf('02/04/25')).toBe('2025-04-02');
    expect(dateOf('02/04/26')).toBe('1926-04-02');
    expect(dateOf('02/04/00')).toBe('2000-04-02');
    expect(dateOf('02/04/99')).toBe('1999-04-02');
  });

  it('pivots on the current year it is given', () => {
    expect(dateOf('02/04/30', 'dmy', 2030)).toBe('2030-04-02');
    expect(dateOf('02/04/31', 'dmy', 2030)).toBe('1931-04-02');
    expect(dateOf('02/04/05', 'dmy', 2004)).toBe('1905-04-02');
  });

  it('defaults the pivot to the current year', () => {
    const thisYear = new Date().getFullYear();
    const twoDigits = String(thisYear % 100).padStart(2, '0');
    expect(parseDateText(`01/01/${twoDigits}`)).toEqual({ date: `${thisYear}-01-01` });
  });

  it('reads all-two-digit dates year first when the order is ymd', () => {
    expect(dateOf('95/04/02', 'ymd')).toBe('1995-04-02');
    expect(dateOf('05-11-30', 'ymd')).toBe('2005-11-30');
  });

  it('reads two-digit years beside month names', () => {
    expect(dateOf('02-ABR-95')).toBe('1995-04-02');
    expect(dateOf('2-Apr-03')).toBe('2003-04-02');
  });
});

describe('parseDateText: month names', () => {
  it.each([
    ['2 Apr 1995', '1995-04-02'],
    ['2 April 1995', '1995-04-02'],
    ['April 2, 1995', '1995-04-02'],
    ['Apr 2 1995', '1995-04-02'],
    ['Apr. 2, 1995', '1995-04-02'],
    ['april 2nd, 1995', '1995-04-02'],
    ['1st May 1995', '1995-05-01'],
    ['2nd of April 1995', '1995-04-02'],
    ['1995-Apr-02', '1995-04-02'],
    ['02-APR-1995', '1995-04-02'],
    ['Sept. 1995', '1995-09'],
    ['September 1995', '1995-09'],
    ['sep 1995', '1995-09'],
    ['Jan 1995', '1995-01'],
    ['Sunday, April 2, 1995', '1995-04-02'],
    ['Sun 2 Apr 1995', '1995-04-02'],
  ])('English %j → %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });

  it.each([
    ['2 de abril de 1995', '1995-04-02'],
    ['2 de Abril del 1995', '1995-04-02'],
    ['02-ABR-1995', '1995-04-02'],
    ['2 abr. 1995', '1995-04-02'],
    ['abril 1995', '1995-04'],
    ['ABRIL DE 1995', '1995-04'],
    ['setiembre 1995', '1995-09'],
    ['septiembre de 1995', '1995-09'],
    ['set. 1995', '1995-09'],
    ['1º de enero de 2000', '2000-01-01'],
    ['1ro de enero de 2000', '2000-01-01'],
    ['15 ago 1988', '1988-08-15'],
    ['31 dic 1999', '1999-12-31'],
    ['10 ene 1970', '1970-01-10'],
    ['domingo, 2 de abril de 1995', '1995-04-02'],
    ['miércoles 5 de abril de 1995', '1995-04-05'],
    ['MIERCOLES 5 DE ABRIL DE 1995', '1995-04-05'],
  ])('Spanish %j → %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });

  it('ignores accents written on month names', () => {
    expect(dateOf('2 de Ábril de 1995')).toBe('1995-04-02');
    expect(dateOf('2 Déc 1995')).toBe('1995-12-02');
  });

  it('refuses a weekday that does not match the date', () => {
    expect(problemOf('Monday, April 2, 1995')).toBe(
      'Monday, April 2, 1995: that day was a Sunday, not a Monday',
    );
  });
});

describe('parseDateText: problems', () => {
  it('says empty for empty or blank text, for the caller to treat as missing', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('   \t')).toBe('empty');
  });

  it.each([
    ['31/02/1995', '31/02/1995: February has no day 31'],
    ['29/02/1995', '29/02/1995: February 1995 has no day 29'],
    ['31/04/1995', '31/04/1995: April has no day 31'],
    ['1995-02-30', '1995-02-30: February has no day 30'],
    ['00/04/1995', '00/04/1995: there is no day 0'],
    ['1995-00', '1995-00: there is no month 0'],
    ['1995-13-01', '1995-13-01: there is no month 13'],
    ['13/13/1995', '13/13/1995: neither 13 nor 13 can be a month'],
    ['32/13/1995', '32/13/1995: neither 32 nor 13 can be a month'],
    ['31 Feb 1995', '31 Feb 1995: February has no day 31'],
  ])('impossible day or month: %j', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('accepts 29 February in leap years only', () => {
    expect(dateOf('29/02/1996')).toBe('1996-02-29');
    expect(dateOf('29/02/2000')).toBe('2000-02-29');
    expect(problemOf('29/02/1900')).toBe('29/02/1900: February 1900 has no day 29');
    expect(problemOf('2100-02-29')).toBe('2100-02-29: February 2100 has no day 29');
  });

  it.each([
    ['1849', '1849: year 1849 is outside 1850–2100'],
    ['2101-01-01', '2101-01-01: year 2101 is outside 1850–2100'],
    ['02/04/0995', '02/04/0995: year 995 is outside 1850–2100'],
    ['april 1700', 'april 1700: year 1700 is outside 1850–2100'],
  ])('years out of range: %j', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('accepts the ends of the year range', () => {
    expect(dateOf('1850-01-01')).toBe('1850-01-01');
    expect(dateOf('31/12/2100')).toBe('2100-12-31');
  });

  it.each([
    ['hello', 'not a date in a recognised form'],
    ['N/A', 'not a date in a recognised form'],
    ['desconocido', 'not a date in a recognised form'],
    ['2 Aprl 1995', 'not a date in a recognised form'],
    ['2 April 1995 circa', 'unrecognised word "circa"'],
    ['hacia abril de 1995', 'unrecognised word "hacia"'],
    ['02/04-1995', 'not a date in a recognised form'],
    ['1995-04-02 / 1995-05-01', 'not a date in a recognised form'],
    ['123', 'not a date in a recognised form'],
    ['02041995', 'eight-digit dates are read as YYYYMMDD, and 0204 is not a likely year'],
    ['2/4/995', 'the year must have two or four digits'],
    ['2/4/5', 'the year must have two or four digits'],
    ['04/95', 'two numbers are read as month and year, and the year must have four digits'],
    ['2/4', 'two numbers are read as month and year, and the year must have four digits'],
    ['April 2', 'no four-digit year'],
    ['abril', 'no year'],
    ['2 3 April 1995', 'too many numbers'],
    ['April May 1995', 'more than one month name'],
    ['2 Apr 1995 (approx.)', 'unexpected "("'],
    ['2 Apr 1995?', 'unexpected "?"'],
    ['Monday April 1995', 'a weekday without a day'],
    ['1995 2000 April', 'not a date in a recognised form'],
  ])('unreadable text: %j', (text, problem) => {
    expect(problemOf(text)).toBe(`${text}: ${problem}`);
  });

  it('names the text as written, trimmed, in the problem', () => {
    expect(problemOf('  31/02/1995  ')).toBe('31/02/1995: February has no day 31');
  });
});

describe('detectDateOrder', () => {
  it('finds day first when a first part is over 12', () => {
    expect(detectDateOrder(['02/04/1995', '25/12/1990', '01/01/2000'])).toBe('dmy');
  });

  it('finds month first when a second part is over 12', () => {
    expect(detectDateOrder(['02/04/1995', '12/25/1990', '01/01/2000'])).toBe('mdy');
    expect(detectDateOrder(['4/13/95'])).toBe('mdy');
  });

  it('finds year first in ISO columns', () => {
    expect(detectDateOrder(['1995-04-02', '1990-12-25', ''])).toBe('ymd');
  });

  it('finds year first when a two-digit first part cannot be a day', () => {
    expect(detectDateOrder(['95/04/02', '01/02/03'])).toBe('ymd');
  });

  it('says day first without evidence', () => {
    expect(detectDateOrder([])).toBe('dmy');
    expect(detectDateOrder(['02/04/1995', '01/01/2000', '', 'unknown', '2 Apr 1995', '04/1995'])).toBe('dmy');
  });

  it('lets day/month evidence decide over ISO dates, which read the same in any order', () => {
    expect(detectDateOrder(['1995-04-02', '1996-01-01', '1997-03-03', '12/25/1990'])).toBe('mdy');
    expect(detectDateOrder(['1995-04-02', '1996-01-01', '1997-03-03', '25/12/1990'])).toBe('dmy');
  });

  it('follows the majority when the evidence conflicts, day first on a tie', () => {
    expect(detectDateOrder(['12/25/1990', '12/31/1991', '25/12/1990'])).toBe('mdy');
    expect(detectDateOrder(['12/25/1990', '25/12/1990', '31/12/1991'])).toBe('dmy');
    expect(detectDateOrder(['12/25/1990', '25/12/1990'])).toBe('dmy');
  });

  it('reads values with times and odd spacing', () => {
    expect(detectDateOrder(['  12/25/1990 0:00 ', '1/2/1990 12:00:00 AM'])).toBe('mdy');
  });

  it('accepts any iterable, read once', () => {
    function* samples(): Generator<string> {
      yield '01/02/1990';
      yield '01/31/1990';
    }
    expect(detectDateOrder(samples())).toBe('mdy');
  });
});
