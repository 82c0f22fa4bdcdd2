import { detectSexConvention, type SexConvention } from '../linkage/readRecords.js';
import { detectDateOrder, parseDateText, type DateOrder } from '../values/dateText.js';
import { ColumnIndex, foldColumnName } from './row.js';
import type { ImportProfile, Prescan } from './types.js';
import { isBlank, isWithheld } from './values.js';

/** How many rows from the top of a sheet may sit above its header (titles, release notes, blank lines). */
export const HEADER_SEARCH_ROWS = 30;

/** How many data rows the first look reads to learn a sheet's date orders and suspicious dates. */
export const PRESCAN_ROWS = 5000;

export type HeaderResult =
  | { found: true; position: number; index: ColumnIndex; unknownColumns: string[] }
  | { found: false; reason: string };

/**
 * The header row among the first rows of a sheet: the one naming most of the profile's columns. It must name
 * every required column; the reason says which are missing, and what the best candidate row held instead.
 */
export function findHeader(rows: ReadonlyArray<readonly string[]>, profile: ImportProfile): HeaderResult {
  const known = new Set(
    profile.columns.flatMap((column) => [column.name, ...(column.aliases ?? [])]).map(foldColumnName),
  );
  let best = -1;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((values, position) => {
    const score = values.filter((value) => known.has(foldColumnName(value))).length;
    if (score > bestScore) {
      best = position;
      bestScore = score;
    }
  });
  const required = profile.columns.filter((column) => column.required);
  if (best < 0) {
    const first = rows.find((values) => values.some((value) => value.trim() !== ''));
    return {
      found: false,
      reason:
        `no header row naming the columns of profile ${profile.name} in the first ${HEADER_SEARCH_ROWS} rows; ` +
        `expected ${required.map((column) => column.name).join(', ')}` +
        (first ? `; the first row has ${first.slice(0, 8).join(', ')}` : '; the sheet is empty'),
    };
  }
  const header = (rows[best] ?? []).map((value) => value.trim());
  const index = new ColumnIndex(header, profile.columns);
  const missing = required.filter((column) => !index.has(column.name)).map((column) => column.name);
  if (missing.length > 0) {
    return {
      found: false,
      reason: `the header (row ${best + 1} of the sheet) lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that profile ${profile.name} needs`,
    };
  }
  const unknownColumns = header.filter((name) => name !== '' && !known.has(foldColumnName(name)));
  return { found: true, position: best, index, unknownColumns };
}

const URL = /^(?:https?:\/\/|www\.)\S+$/i;
const PAGE_WORDS = /^(?:page \d+(?: of \d+)?|next|previous|prev|«.*|.*»|back to top|load more|\d+)$/i;
const TOTAL = /^(?:grand\s+)?totals?\b|^sum\b|^total general\b|^subtotal\b/i;

/**
 * Why a row is not data, or undefined when it is: a repeated header, a total line, a row of page links, or a row
 * with nothing in any column the profile needs. Blank rows are `blank` (not reported: spreadsheets are full of
 * them).
 */
export function junkReason(
  values: readonly string[],
  index: ColumnIndex,
  profile: ImportProfile,
): string | undefined {
  const filled = values.filter((value) => value !== '' && value.trim() !== '');
  if (filled.length === 0) return 'blank';
  // A repeated header repeats the header's first cells; only a row that does is compared cell by cell.
  const firstHeader = index.header.find((name) => name !== '') ?? '';
  const firstValue = (values[index.header.indexOf(firstHeader)] ?? '').trim();
  if (
    firstValue.length === firstHeader.length &&
    foldColumnName(firstValue) === foldColumnName(firstHeader)
  ) {
    const headerNames = new Set(index.header.map(foldColumnName));
    const repeated = filled.filter((value) => headerNames.has(foldColumnName(value))).length;
    if (repeated >= Math.max(2, Math.ceil(filled.length / 2))) return 'a repeated header row';
  }
  const first = (filled[0] ?? '').trim();
  if (TOTAL.test(first)) return `a total line (${first.slice(0, 40)})`;
  if (
    filled.length <= 3 &&
    filled.every((value) => URL.test(value.trim()) || PAGE_WORDS.test(value.trim()))
  ) {
    return `a row of page links, not data (${first.slice(0, 60)})`;
  }
  const required = profile.columns.filter((column) => column.required && index.has(column.name));
  const anyRequired = required.some((column) => {
    const position = index.position(column.name);
    const value = position === undefined ? '' : (values[position] ?? '');
    return !isBlank(value) || isWithheld(value);
  });
  if (required.length > 0 && !anyRequired) {
    return `no value in any of the columns ${required.map((column) => column.name).join(', ')}`;
  }
  return undefined;
}

/**
 * Learns from the first data rows of a sheet what a row alone cannot tell: the order each undeclared date
 * column writes day and month in (`undetermined` when no value settles it), and, in columns that may carry one,
 * a date shared by so many rows (at least 3, and a quarter of the filled ones) that it is likely the scrape date,
 * and the columns that write sex the Spanish way (`H`, `M` for mujer).
 */
export function prescan(
  rows: ReadonlyArray<readonly string[]>,
  index: ColumnIndex,
  profile: ImportProfile,
  currentYear?: number,
): Prescan {
  const dateOrders = new Map<string, DateOrder | 'undetermined'>();
  const scrapeDates = new Map<string, Map<string, number>>();
  const sexConventions = new Map<string, SexConvention>();
  for (const column of profile.columns) {
    const position = index.position(column.name);
    if (position !== undefined) {
      const convention = detectSexConvention(rows.map((values) => values[position] ?? ''));
      if (convention === 'spanish') sexConventions.set(column.name, convention);
    }
    if (position === undefined || !(column.date || column.filler || column.scrapeDate)) continue;
    const samples = rows
      .map((values) => (values[position] ?? '').trim())
      .filter((value) => value !== '' && !isBlank(value) && !isWithheld(value));
    if (!column.dateOrder) {
      dateOrders.set(column.name, orderEvidence(samples) ? detectDateOrder(samples) : 'undetermined');
    }
    if (column.scrapeDate) {
      const order = column.dateOrder ?? (orderEvidence(samples) ? detectDateOrder(samples) : 'dmy');
      const counts = new Map<string, number>();
      for (const sample of samples) {
        const reading = parseDateText(sample, order, currentYear);
        if ('date' in reading) counts.set(reading.date, (counts.get(reading.date) ?? 0) + 1);
      }
      const suspicious = new Map(
        [...counts].filter(([, count]) => count >= 3 && count * 4 >= samples.length && samples.length >= 4),
      );
      if (suspicious.size > 0) scrapeDates.set(column.name, suspicious);
    }
  }
  return { dateOrders, scrapeDates, sexConventions };
}

/** Whether any numeric date in the samples can be read only one way (a part over 12, or a year first). */
function orderEvidence(samples: readonly string[]): boolean {
  return samples.some((sample) => {
    const parts = /^(\d{1,4})[/.\- ](\d{1,2})(?:[/.\- ](\d{2,4}))?/.exec(sample);
    if (!parts) return false;
    return Number(parts[1]) > 12 || Number(parts[2]) > 12;
  });
}
