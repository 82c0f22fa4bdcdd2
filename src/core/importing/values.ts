import { readSex, type SexConvention } from '../linkage/readRecords.js';
import { foldText } from '../linkage/text.js';

/**
 * Reading the values of public spreadsheets as they are written: upper case, FOIA redaction marks, counts with
 * thousands separators, yes/no in several spellings. Each reader returns the value or says why it cannot; none
 * guesses silently.
 */

/**
 * FOIA exemption marks (`(b)(6)`, `(b)(6), (b)(7)(C)`, `b6`, `(b)(7)(c)`) and the words releases put in a
 * withheld cell. A cell made only of these is withheld, not a value.
 */
const EXEMPTION = /\(?\s*b\s*\)?\s*\(\s*\d\s*\)(?:\s*\(\s*[a-f]\s*\))?|\bb[1-9][a-f]?\b/gi;
const WITHHELD_WORDS =
  /^(?:redacted|withheld|\[redacted\]|\[withheld\]|\(redacted\)|\(withheld\)|xx+|\*{3,}|#+|exempt|restricted)$/i;

const WITHHELD_STARTS = new Set([...'([*#xrweb'].map((character) => character.charCodeAt(0) | 0x20));

/** Whether a cell stands for a withheld value rather than giving one. */
export function isWithheld(text: string): boolean {
  // Most cells are neither short words nor exemption marks: decided without a regular expression.
  if (text.length > 60) return false;
  const trimmed = text.trim();
  if (trimmed === '') return false;
  const first = trimmed.charCodeAt(0);
  // Every mark and word starts with one of ( [ * # x r w e b (either case).
  if (!WITHHELD_STARTS.has(first | 0x20)) return false;
  if (WITHHELD_WORDS.test(trimmed)) return true;
  if (!/b/i.test(trimmed)) return false;
  const rest = trimmed.replace(EXEMPTION, '').replace(/[\s,;/&]|and/gi, '');
  return rest === '' && trimmed !== rest;
}

/** What a count cell says: the number and how sure the source is of it, or why it is not a count. */
export type CountReading =
  | { count: number; qualifier: 'exact' | 'about' | 'at_least' | 'at_most'; note?: string }
  | { problem: string };

const ABOUT =
  /^(?:about|approx(?:imately|\.)?|around|circa|ca\.?|c\.|~|aprox(?:imadamente|\.)?|unos|unas|some)\s*/i;
const AT_LEAST = /^(?:at least|over|more than|>=?|min(?:imum)?\.?|al menos|m[aá]s de)\s*/i;
const AT_MOST = /^(?:at most|up to|under|fewer than|less than|<=?|max(?:imum)?\.?|hasta|menos de)\s*/i;
const PLUS_SUFFIX = /\s*\+$/;

/**
 * A count as people write it: `6,500`, `6.500` and `6 500` are six thousand five hundred (a group of exactly three
 * digits after the separator is a thousands group: counts of persons are whole numbers), `about 300`, `300+`,
 * `at least 40`. A decimal that is not a thousands group (`6.5`) or a negative number is a problem, not a count;
 * so is a number of more than 12 digits (no count of persons has them, and past 308 digits it would be Infinity).
 */
export function parseCount(text: string): CountReading {
  let body = text.trim();
  if (body === '') return { problem: 'empty' };
  // A problem quotes the start of a long cell only: the report keeps the whole value beside it.
  const shown = body.length > 40 ? `${body.slice(0, 40)}…` : body;
  let qualifier: 'exact' | 'about' | 'at_least' | 'at_most' = 'exact';
  for (const [pattern, meaning] of [
    [ABOUT, 'about'],
    [AT_LEAST, 'at_least'],
    [AT_MOST, 'at_most'],
  ] as const) {
    if (pattern.test(body)) {
      qualifier = meaning;
      body = body.replace(pattern, '');
      break;
    }
  }
  if (PLUS_SUFFIX.test(body)) {
    qualifier = 'at_least';
    body = body.replace(PLUS_SUFFIX, '');
  }
  body = body.replace(/\s*(?:persons|people|personas|individuals|returnees|deportees)$/i, '');
  if (body.length > 12 && /^[\d,. \u00a0\u202f']+$/.test(body)) {
    const digits = body.replace(/\D/g, '').length;
    if (digits > 12) return { problem: `not a count: ${digits} digits` };
  }
  if (/^\d{1,3}(?:([,. \u00a0\u202f'])\d{3})(?:\1\d{3})*$/.test(body)) {
    return { count: Number(body.replace(/\D/g, '')), qualifier };
  }
  if (/^\d+$/.test(body)) return { count: Number(body), qualifier };
  if (/^\d+\.0+$/.test(body)) return { count: Number(body), qualifier };
  if (/^-\d/.test(body)) return { problem: `${shown}: a count cannot be negative` };
  if (/^\d+[.,]\d+$/.test(body)) {
    return { problem: `${shown}: not a whole number of persons (a thousands group has three digits)` };
  }
  return { problem: `${shown}: not a count` };
}

const YES = new Set(['yes', 'y', 'true', 't', '1', 'si', 'sí', 's', 'x']);
const NO = new Set(['no', 'n', 'false', 'f', '0']);

/** `YES`/`No`/`1`/`true`/`Sí` as a boolean; undefined for an empty cell, a problem for anything else. */
export function parseYesNo(text: string): boolean | undefined | { problem: string } {
  const folded = text.trim().toLowerCase();
  if (folded === '') return undefined;
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return { problem: `${text.trim()}: expected yes or no` };
}

/**
 * A written sex, read in the column's convention (src/core/linkage/readRecords.ts: `M` is mujer in a column that
 * also writes `H`/`hombre`, male otherwise); `U`/`Unknown` is unknown, `X`/`Other` other; anything else a problem.
 */
export function parseSex(
  text: string,
  convention: SexConvention = 'english',
): 'female' | 'male' | 'other' | 'unknown' | undefined | { problem: string } {
  const folded = foldText(text);
  if (folded === '') return undefined;
  const read = readSex(text, convention);
  if (read) return read;
  if (['u', 'unknown', 'desconocido', 'not reported', 'n a', 'na'].includes(folded)) return 'unknown';
  if (['x', 'other', 'otro', 'non binary', 'nonbinary'].includes(folded)) return 'other';
  return { problem: `${text.trim()}: not a sex this importer knows (M, F, U; H, M in Spanish)` };
}

/** Cells that mean "nothing here" in public spreadsheets. */
const EMPTY_MARKS = new Set(['', '-', '--', '—', 'n/a', 'na', 'null', 'none', 'nan', '#n/a', 'unknown', '?']);

/** Whether a cell is empty in effect (blank, `N/A`, `NULL`, `-`). */
export function isBlank(text: string): boolean {
  return EMPTY_MARKS.has(text.trim().toLowerCase());
}

/** Collapses runs of white space and trims; keeps case (callers decide how to show upper-case releases). */
export function cleanText(text: string): string {
  // The common cell has single spaces and no edges to trim: returned as it is.
  if (!/\s\s|[\t\n\r\f\v]|^\s|\s$/.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Words written in capitals by a release (`HONDURAS`, `EL PASO SERVICE PROCESSING CENTER`) in title case, for
 * display; short words of two letters or fewer stay as written when upper case (`US`, `ICE`).
 */
export function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  // Acronyms in brackets (`(IGSA)`, `[CDF]`) stay as written.
  return text.toLowerCase().replace(/[([]\p{L}+[)\]]|\p{L}+/gu, (word, offset: number) => {
    if (/^[([]/.test(word)) return word.toUpperCase();
    if (offset > 0 && ['of', 'de', 'del', 'la', 'and', 'y', 'the', 'in'].includes(word)) return word;
    return word.charAt(0).toUpperCase() + word.slice(1);
  });
}
