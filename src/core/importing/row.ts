import { foldText } from '../linkage/text.js';
import { isFormerStateCode, resolveCountry, type CountryCode } from '../values/country.js';
import { parseDateText, type DateOrder } from '../values/dateText.js';
import type { PartialDate } from '../values/partialDate.js';
import type { FactWarning } from '../entities/common.js';
import type { ColumnSpec, ImportProblem, Prescan } from './types.js';
import {
  cleanText,
  isBlank,
  isWithheld,
  parseCount,
  parseSex,
  parseYesNo,
  type CountReading,
} from './values.js';

/** A column name as compared with a header: lower case, letters and digits only (`Birth_Date` = `birth date`). */
export function foldColumnName(name: string): string {
  return foldText(name).replace(/[^a-z0-9]/g, '');
}

/** Where each of a profile's columns is in one sheet's header. */
export class ColumnIndex {
  private readonly positions = new Map<string, number>();

  constructor(
    readonly header: readonly string[],
    columns: readonly ColumnSpec[],
  ) {
    const byName = new Map<string, number>();
    header.forEach((name, position) => {
      const folded = foldColumnName(name);
      if (folded !== '' && !byName.has(folded)) byName.set(folded, position);
    });
    for (const column of columns) {
      for (const name of [column.name, ...(column.aliases ?? [])]) {
        const position = byName.get(foldColumnName(name));
        if (position !== undefined) {
          this.positions.set(column.name, position);
          break;
        }
      }
    }
  }

  position(column: string): number | undefined {
    return this.positions.get(column);
  }

  has(column: string): boolean {
    return this.positions.has(column);
  }
}

const CURRENT_YEAR = new Date().getUTCFullYear();

/** Distinct texts remembered per column before the memory is cleared (it only saves work). */
const CACHE_LIMIT = 10_000;

/** A date text read once: the date and what to report about it, the same for every row that writes it. */
interface DateReading {
  date: PartialDate | undefined;
  problems: Array<{ reason: string; severity: 'error' | 'warning' }>;
}

/**
 * One data row as a profile reads it: values by column name, each reader recording what it could not read. An
 * error anywhere rejects the row; warnings keep it. Withheld cells (redaction marks) read as absent and are
 * listed, so the fact can say which of its fields the source withheld.
 */
export class Row {
  readonly problems: ImportProblem[] = [];
  /** Why the row is not data after all (set by the profile: a row of the agency itself with no returnees). */
  skipped: string | undefined;
  private withheldColumns: string[] = [];
  /** The columns read since the last fact was emitted: the cells that fact was read from. */
  private readonly touched = new Set<string>();
  private readonly dateCache = new Map<string, Map<string, DateReading>>();
  private readonly countryCache = new Map<string, CountryCode | undefined>();
  private values: readonly string[] = [];
  /** JSON and NDJSON rows: the object as parsed, nested values kept. */
  object: Record<string, unknown> | undefined;
  sheet: string | null = null;
  number = 0;

  constructor(
    private readonly index: ColumnIndex,
    private readonly columns: ReadonlyMap<string, ColumnSpec>,
    private readonly prescan: Prescan,
    private readonly currentYear = CURRENT_YEAR,
  ) {}

  /** Points the reader at the next row (one Row object serves a whole sheet: no allocation per row). */
  reset(
    sheet: string | null,
    number: number,
    values: readonly string[],
    object?: Record<string, unknown>,
  ): this {
    this.sheet = sheet;
    this.number = number;
    this.values = values;
    this.object = object;
    this.problems.length = 0;
    this.skipped = undefined;
    this.touched.clear();
    if (this.withheldColumns.length > 0) this.withheldColumns = [];
    return this;
  }

  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }

  /** The cell as written (untrimmed), '' when the sheet has no such column. */
  raw(column: string): string {
    this.touched.add(column);
    const position = this.index.position(column);
    return position === undefined ? '' : (this.values[position] ?? '');
  }

  /** The cell's text, cleaned; undefined when blank or withheld (the latter is remembered). */
  text(column: string): string | undefined {
    const raw = this.raw(column);
    if (raw === '') return undefined;
    if (isWithheld(raw)) {
      if (!this.withheldColumns.includes(column)) this.withheldColumns.push(column);
      return undefined;
    }
    if (isBlank(raw)) return undefined;
    return cleanText(raw);
  }

  isWithheld(column: string): boolean {
    return isWithheld(this.raw(column));
  }

  /** The fields (named by the caller) whose columns were withheld in this row, or undefined when none were. */
  withheld(fields: Record<string, string>): string[] | undefined {
    const names = Object.entries(fields)
      .filter(([column]) => this.isWithheld(column))
      .map(([, field]) => field);
    return names.length > 0 ? [...new Set(names)].sort() : undefined;
  }

  /**
   * A date in the column's order (fixed by the layout, or detected from the file). A day and month that could be
   * read either way in a column whose order nothing in the file settles keep the year only, flagged. 31 December
   * in a column that uses it as a filler keeps the year only, flagged; a likely scrape date is kept and flagged.
   */
  date(column: string): PartialDate | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    let cache = this.dateCache.get(column);
    if (!cache) this.dateCache.set(column, (cache = new Map()));
    let reading = cache.get(text);
    if (!reading) {
      // Dates repeat (a stay's dates on each of its stints): each text is read once per column.
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, (reading = this.readDate(column, text)));
    }
    for (const problem of reading.problems) this.problem(column, problem.reason, problem.severity);
    return reading.date;
  }

  private readDate(column: string, text: string): DateReading {
    const spec = this.columns.get(column);
    const detected = this.prescan.dateOrders.get(column);
    const order: DateOrder = spec?.dateOrder ?? (detected === 'undetermined' ? 'dmy' : (detected ?? 'dmy'));
    const parsed = parseDateText(text, order, this.currentYear);
    if ('problem' in parsed)
      return { date: undefined, problems: [{ reason: parsed.problem, severity: 'error' }] };
    const problems: DateReading['problems'] = [];
    let date = parsed.date;
    if (!spec?.dateOrder && detected === 'undetermined' && ambiguousDayMonth(text, date)) {
      const year = date.slice(0, 4) as PartialDate;
      problems.push({
        reason: `day and month could be read either way and nothing in the file settles the order; kept as ${year}`,
        severity: 'warning',
      });
      date = year;
    }
    if (spec?.filler === 'dec31' && date.length === 10 && date.endsWith('-12-31')) {
      const year = date.slice(0, 4) as PartialDate;
      problems.push({
        reason: `31 December stands for a missing date in this data set; kept as ${year}`,
        severity: 'warning',
      });
      date = year;
    }
    const shared = this.prescan.scrapeDates.get(column)?.get(date);
    if (shared !== undefined) {
      problems.push({
        reason: `${date} is the date of ${shared} rows: likely the date the page was scraped, not of the event`,
        severity: 'warning',
      });
    }
    return { date, problems };
  }

  /** A whole count (`6,500`, `about 300`, `300+`), or undefined when blank; a problem is an error. */
  count(column: string): Exclude<CountReading, { problem: string }> | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const reading = parseCount(text);
    if ('problem' in reading) {
      this.error(column, reading.problem);
      return undefined;
    }
    return reading;
  }

  /** A country from its name or code (`HONDURAS`, `Congo DR`, `SV`); an unknown name is an error. */
  country(column: string, options: { severity?: 'error' | 'warning' } = {}): CountryCode | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    let code = this.countryCache.get(text);
    if (code === undefined && !this.countryCache.has(text)) {
      if (this.countryCache.size >= CACHE_LIMIT) this.countryCache.clear();
      code = resolveCountry(text);
      this.countryCache.set(text, code);
    }
    if (code === undefined) {
      this.problem(column, `${text}: not a country this importer knows`, options.severity ?? 'error');
    } else if (isFormerStateCode(code)) {
      this.warn(
        column,
        `${text}: a state that no longer exists; kept as ISO 3166-3 ${code}, no successor assumed`,
      );
    }
    return code;
  }

  yesNo(column: string): boolean | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const value = parseYesNo(text);
    if (typeof value === 'object') {
      this.warn(column, value.problem);
      return undefined;
    }
    return value;
  }

  sex(column: string): 'female' | 'male' | 'other' | 'unknown' | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const value = parseSex(text, this.prescan.sexConventions.get(column));
    if (typeof value === 'object') {
      this.warn(column, value.problem);
      return undefined;
    }
    return value;
  }

  /** A four-digit year (`1990`, `1990.0`), checked against the plausible range. */
  year(column: string): PartialDate | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const match = /^(\d{4})(?:\.0+)?$/.exec(text);
    const year = match ? Number(match[1]) : NaN;
    if (!(year >= 1850 && year <= this.currentYear)) {
      this.error(column, `${text}: not a year between 1850 and ${this.currentYear}`);
      return undefined;
    }
    return String(year) as PartialDate;
  }

  /** The columns read since the last call (or the row's start): what the fact about to be emitted was read from. */
  takeTouched(): string[] {
    const columns = [...this.touched];
    this.touched.clear();
    return columns;
  }

  /** Marks the row as not data (reported as `skipped`, not as an error): no fact of it is written. */
  skip(reason: string): void {
    this.skipped ??= reason;
  }

  /**
   * The row's warnings about these columns of the profile (every column when not given) and about the row as a
   * whole, as a fact carries them: the cell cut short, at most 20.
   */
  warningsFor(columns: readonly string[] | undefined): FactWarning[] {
    const names = columns && new Set(columns.map((column) => this.headerName(column)));
    const warnings: FactWarning[] = [];
    for (const problem of this.problems) {
      if (problem.severity !== 'warning') continue;
      if (names && problem.column !== null && !names.has(problem.column)) continue;
      warnings.push({
        column: problem.column,
        value: problem.value === null ? null : excerpt(problem.value, 100),
        reason: problem.reason.slice(0, 600),
      });
      if (warnings.length === 20) break;
    }
    return warnings;
  }

  error(column: string | null, reason: string): void {
    this.problem(column, reason, 'error');
  }

  warn(column: string | null, reason: string): void {
    this.problem(column, reason, 'warning');
  }

  problem(column: string | null, reason: string, severity: 'error' | 'warning'): void {
    this.problems.push({
      sheet: this.sheet,
      row: this.number,
      column: column === null ? null : this.headerName(column),
      value: column === null ? null : this.raw(column),
      reason,
      severity,
    });
  }

  /** The column as the file's header spells it, for the report. */
  private headerName(column: string): string {
    const position = this.index.position(column);
    return position === undefined ? column : (this.index.header[position] ?? column);
  }
}

/** A value as a message may quote it: printable, on one line, at most `limit` characters. */
export function excerpt(value: string, limit = 40): string {
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return printable.length <= limit ? printable : `${printable.slice(0, limit - 1)}…`;
}

/** Whether a numeric date's first two parts were both 12 or less and different (`03/04/2024`). */
function ambiguousDayMonth(text: string, date: PartialDate): boolean {
  if (date.length !== 10) return false;
  const parts = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ]\d{2,4}/.exec(text.trim());
  if (!parts) return false;
  const first = Number(parts[1]);
  const second = Number(parts[2]);
  return first <= 12 && second <= 12 && first !== second;
}
