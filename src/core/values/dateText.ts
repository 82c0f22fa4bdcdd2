import { parsePartialDate, type PartialDate } from './partialDate.js';

/**
 * Reading dates as people and spreadsheets write them (`02/04/1995`, `2 de abril de 1995`, `Apr 2, 1995`,
 * `19950402`) into partial dates, for importers and record linkage. Nothing is guessed silently: a text that
 * cannot be read, or names a day that does not exist, gives a problem that says why.
 */

/**
 * Which part comes first in all-numeric dates: day (`02/04/1995` is 2 April), month (`04/02/1995` is 2 April) or
 * year (`95/04/02`). Spanish-language and most non-US sources write day first, so that is the default.
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** A date read from text, or a short English phrase saying what is wrong with the text. */
export type DateTextResult = { date: PartialDate } | { problem: string };

/** Years outside this range are taken as typing slips (`0995`, `2195`) rather than dates of birth or events. */
export const EARLIEST_YEAR = 1850;
export const LATEST_YEAR = 2100;

// prettier-ignore
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Month words in English and Spanish, full and abbreviated, folded (lower case, no accents). */
// prettier-ignore
const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['enero', 1], ['ene', 1],
  ['february', 2], ['feb', 2], ['febrero', 2],
  ['march', 3], ['mar', 3], ['marzo', 3],
  ['april', 4], ['apr', 4], ['abril', 4], ['abr', 4],
  ['may', 5], ['mayo', 5],
  ['june', 6], ['jun', 6], ['junio', 6],
  ['july', 7], ['jul', 7], ['julio', 7],
  ['august', 8], ['aug', 8], ['agosto', 8], ['ago', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['septiembre', 9], ['setiembre', 9], ['set', 9],
  ['october', 10], ['oct', 10], ['octubre', 10],
  ['november', 11], ['nov', 11], ['noviembre', 11],
  ['december', 12], ['dec', 12], ['diciembre', 12], ['dic', 12],
]);

// Spanish weekday abbreviations are left out: `mar` (martes) would clash with `mar` (marzo).
// prettier-ignore
const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0], ['domingo', 0],
  ['monday', 1], ['mon', 1], ['lunes', 1],
  ['tuesday', 2], ['tue', 2], ['tues', 2], ['martes', 2],
  ['wednesday', 3], ['wed', 3], ['miercoles', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['jueves', 4],
  ['friday', 5], ['fri', 5], ['viernes', 5],
  ['saturday', 6], ['sat', 6], ['sabado', 6],
]);

/** Words that join the parts of a written date: `2 de abril de 1995`, `2 of April 1995`. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'of']);
/** Ordinal endings written right after the day: `2nd`, `1st`, `1º` (folded to `o`), `1ro`. */
const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'o', 'ro']);

// A time after the date (ISO `T00:00:00Z`, or a spreadsheet's ` 0:00`, ` 12:00:00 AM`): the date is kept.
const TIME_SUFFIX =
  /(?<=\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/i;
// One, two or three groups of digits with one separator, the same one throughout.
const NUMERIC = /^\d+(?:([/.\- ])\d+(?:\1\d+)?)?$/;
const WORD_OR_NUMBER = /\d+|\p{L}+/gu;
const SEPARATORS_ONLY = /^[\s,./-]*$/;

interface DateParts {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

type PartsResult = DateParts | { problem: string };

/**
 * Reads a date written in any common form: ISO (`1995-04-02`, `1995-04`, `1995`, `1995/04/02`, `19950402`,
 * `1995-04-02T00:00:00Z`); numeric with `/`, `-`, `.` or space (`02/04/1995`, `4/2/95`, `04/1995`); with an
 * English or Spanish month name, full or abbreviated, any case, with or without dots and accents (`2 Apr 1995`,
 * `April 2nd, 1995`, `2 de abril de 1995`, `02-ABR-95`, `Sept. 1995`, `setiembre 1995`), optionally after a
 * weekday, which must then be right. A time after the date is dropped as written (no time-zone shift).
 *
 * Day and month both 12 or less are read in `order`; when one is over 12 the only possible reading wins. A
 * two-digit year is put in the century that keeps it from being after `currentYear` (in 2025: `25` → 2025,
 * `26` → 1926). Dates must exist (no 31 February, 29 February only in leap years) and years lie in
 * 1850–2100. Empty text gives the problem `empty`, for the caller to treat as a missing value.
 */
export function parseDateText(
  text: string,
  order: DateOrder = 'dmy',
  currentYear: number = new Date().getFullYear(),
): DateTextResult {
  const written = text.trim();
  if (written === '') return { problem: 'empty' };
  const body = normalizeSpacing(written.replace(TIME_SUFFIX, ''));
  const parts = NUMERIC.test(body)
    ? numericParts(body, order, currentYear)
    : /\p{L}/u.test(body)
      ? wordParts(body, currentYear)
      : { problem: 'not a date in a recognised form' };
  if ('problem' in parts) return { problem: `${written}: ${parts.problem}` };
  const problem = calendarProblem(parts);
  return problem ? { problem: `${written}: ${problem}` } : { date: toPartialDate(parts) };
}

/**
 * The order in which a column writes its numeric dates, from its values: a first part over 12 (`25/12/1990`)
 * is day-first evidence, a second part over 12 (`12/25/1990`) month-first, a two-digit first part over 31
 * (`90/12/25`) year-first. The majority of that evidence wins (ties go to day-first). Four-digit years first
 * (`1990-12-25`) read the same in every order, so they decide only when nothing else does. With no evidence
 * at all the answer is `dmy`, the default of {@link parseDateText}.
 */
export function detectDateOrder(samples: Iterable<string>): DateOrder {
  const votes = { dmy: 0, mdy: 0, ymd: 0 };
  let yearFirst = false;
  for (const sample of samples) {
    const evidence = orderEvidence(sample);
    if (evidence === 'iso') yearFirst = true;
    else if (evidence) votes[evidence] += 1;
  }
  if (votes.dmy + votes.mdy + votes.ymd === 0) return yearFirst ? 'ymd' : 'dmy';
  if (votes.dmy >= votes.mdy && votes.dmy >= votes.ymd) return 'dmy';
  return votes.mdy >= votes.ymd ? 'mdy' : 'ymd';
}

function orderEvidence(sample: string): DateOrder | 'iso' | undefined {
  const body = normalizeSpacing(sample.trim().replace(TIME_SUFFIX, ''));
  if (!NUMERIC.test(body)) return undefined;
  const [first = '', second = '', third] = splitNumeric(body);
  if (third === undefined) return undefined;
  if (first.length === 4) return 'iso';
  const [a, b] = [Number(first), Number(second)];
  if (a > 31) return 'ymd';
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return undefined;
}

/** Spaces around separators dropped (`2 / 4 / 1995`), runs of spaces made one. */
function normalizeSpacing(text: string): string {
  return text.replace(/\s*([/.,-])\s*/g, '$1').replace(/\s+/g, ' ');
}

function splitNumeric(body: string): string[] {
  const separator = NUMERIC.exec(body)?.[1];
  return separator === undefined ? [body] : body.split(separator);
}

function numericParts(body: string, order: DateOrder, currentYear: number): PartsResult {
  const groups = splitNumeric(body);
  const [first = '', second, third] = groups;
  if (second === undefined) return singleNumber(first);
  if (third === undefined) return monthAndYear(first, second);
  if (first.length === 4) return numbers(first, second, third);
  if (order === 'ymd' && third.length <= 2) {
    return { year: expandYear(first, currentYear), month: Number(second), day: Number(third) };
  }
  if (third.length !== 2 && third.length !== 4) return { problem: 'the year must have two or four digits' };
  if (first.length > 2 || second.length > 2) return { problem: 'not a date in a recognised form' };
  const dayMonth = dayAndMonth(Number(first), Number(second), order);
  return 'problem' in dayMonth ? dayMonth : { year: expandYear(third, currentYear), ...dayMonth };
}

function singleNumber(digits: string): PartsResult {
  if (digits.length === 4) return { year: Number(digits) };
  if (digits.length !== 8) return { problem: 'not a date in a recognised form' };
  const year = Number(digits.slice(0, 4));
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return {
      problem: `eight-digit dates are read as YYYYMMDD, and ${digits.slice(0, 4)} is not a likely year`,
    };
  }
  return numbers(digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8));
}

function monthAndYear(first: string, second: string): PartsResult {
  if (first.length === 4 && second.length <= 2) return { year: Number(first), month: Number(second) };
  if (second.length === 4 && first.length <= 2) return { year: Number(second), month: Number(first) };
  return { problem: 'two numbers are read as month and year, and the year must have four digits' };
}

function numbers(year: string, month: string, day: string): PartsResult {
  if (month.length > 2 || day.length > 2) return { problem: 'not a date in a recognised form' };
  return { year: Number(year), month: Number(month), day: Number(day) };
}

/** The one possible reading when a part is over 12, otherwise the reading `order` gives. */
function dayAndMonth(
  first: number,
  second: number,
  order: DateOrder,
): { day: number; month: number } | { problem: string } {
  if (first > 12 && second > 12) return { problem: `neither ${first} nor ${second} can be a month` };
  if (first > 12) return { day: first, month: second };
  if (second > 12) return { day: second, month: first };
  return order === 'mdy' ? { day: second, month: first } : { day: first, month: second };
}

/** A two-digit year in the latest century that does not put it after the current year. */
function expandYear(digits: string, currentYear: number): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  const century = currentYear - (currentYear % 100);
  return year <= currentYear % 100 ? century + year : century - 100 + year;
}

interface WordTokens {
  month?: number;
  weekday?: number;
  numbers: string[];
  /** The first word that is neither a month, a weekday nor a joining word. */
  unknownWord?: string;
}

function wordParts(body: string, currentYear: number): PartsResult {
  const tokens = wordTokens(body);
  if ('problem' in tokens) return tokens;
  if (tokens.month === undefined) return { problem: 'not a date in a recognised form' };
  if (tokens.unknownWord !== undefined) return { problem: `unrecognised word "${tokens.unknownWord}"` };
  const parts = dayAndYear(tokens.numbers, currentYear);
  if ('problem' in parts) return parts;
  const date = { ...parts, month: tokens.month };
  if (tokens.weekday === undefined) return date;
  return weekdayProblem(date, tokens.weekday) ?? date;
}

/** Splits a date written with words into its month, weekday and numbers, refusing any other word. */
function wordTokens(body: string): WordTokens | { problem: string } {
  const folded = body
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const tokens: WordTokens = { numbers: [] };
  let end = 0;
  for (const match of folded.matchAll(WORD_OR_NUMBER)) {
    const [token] = match;
    const gap = folded.slice(end, match.index);
    if (!SEPARATORS_ONLY.test(gap)) return { problem: `unexpected "${gap.trim()}"` };
    const ordinal = gap === '' && end > 0 && /\d$/.test(folded.slice(0, end)) && ORDINAL_ENDINGS.has(token);
    end = match.index + token.length;
    if (/^\d/.test(token)) tokens.numbers.push(token);
    else if (!ordinal && !JOINING_WORDS.has(token)) {
      const problem = addWord(tokens, token);
      if (problem) return { problem };
    }
  }
  if (!SEPARATORS_ONLY.test(folded.slice(end)))
    return { problem: `unexpected "${folded.slice(end).trim()}"` };
  return tokens;
}

function addWord(tokens: WordTokens, word: string): string | undefined {
  const month = MONTH_WORDS.get(word);
  const weekday = WEEKDAY_WORDS.get(word);
  if (month !== undefined) {
    if (tokens.month !== undefined) return 'more than one month name';
    tokens.month = month;
  } else if (weekday !== undefined) {
    if (tokens.weekday !== undefined) return 'more than one weekday';
    tokens.weekday = weekday;
  } else tokens.unknownWord ??= word;
  return undefined;
}

/** Beside a month name: a four-digit year, or a day and a year (the four-digit one, else the last one). */
function dayAndYear(
  numbers: string[],
  currentYear: number,
): { year: number; day?: number } | { problem: string } {
  const [first, second, third] = numbers;
  if (first === undefined) return { problem: 'no year' };
  if (third !== undefined) return { problem: 'too many numbers' };
  if (second === undefined) {
    return first.length === 4 ? { year: Number(first) } : { problem: 'no four-digit year' };
  }
  const [day, year] = first.length === 4 ? [second, first] : [first, second];
  if (day.length > 2) return { problem: 'not a date in a recognised form' };
  if (year.length !== 4 && year.length !== 2) return { problem: 'the year must have two or four digits' };
  return { year: expandYear(year, currentYear), day: Number(day) };
}

function weekdayProblem(date: DateParts, weekday: number): { problem: string } | undefined {
  if (date.day === undefined || date.month === undefined) return { problem: 'a weekday without a day' };
  if (calendarProblem(date)) return undefined;
  const actual = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  if (actual === weekday) return undefined;
  return { problem: `that day was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[weekday]}` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function calendarProblem({ year, month, day }: DateParts): string | undefined {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return `year ${year} is outside ${EARLIEST_YEAR}–${LATEST_YEAR}`;
  }
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day === undefined) return undefined;
  if (day < 1) return `there is no day ${day}`;
  if (day > daysInMonth(year, month)) {
    const name = MONTH_NAMES[month - 1] ?? String(month);
    return month === 2 && day === 29 ? `February ${year} has no day 29` : `${name} has no day ${day}`;
  }
  return undefined;
}

function toPartialDate({ year, month, day }: DateParts): PartialDate {
  const two = (value: number): string => String(value).padStart(2, '0');
  let text = String(year);
  if (month !== undefined) text += `-${two(month)}`;
  if (day !== undefined) text += `-${two(day)}`;
  return parsePartialDate(text);
}
