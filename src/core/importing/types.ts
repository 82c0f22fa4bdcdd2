import type { KindName, Source } from '../entities/index.js';
import type { SexConvention } from '../linkage/readRecords.js';
import type { DateOrder } from '../values/dateText.js';
import type { Row } from './row.js';

/**
 * What an import says about one row: `error` rejects the row (none of its facts are written), `warning` keeps
 * it with the value flagged, `skipped` marks a row that is not data (a repeated header, a page link, a total).
 */
export type ProblemSeverity = 'error' | 'warning' | 'skipped';

/** One line of an import's report: where (sheet, row, column), the value as written, and why. */
export interface ImportProblem {
  sheet: string | null;
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
  severity: ProblemSeverity;
}

/** A field of a fact that holds the id of another fact of the same import, known by that fact's key. */
export interface FactReference {
  field: string;
  kind: KindName;
  key: string;
}

/**
 * A fact read from a row, before it has an id. `key` identifies it within the data set (an ICE stint is its
 * person, book-in time and facility): the same key always gives the same id, which is what makes a second import
 * of the same rows create nothing. `person` is the key of the person record it is about (its person is only known
 * when the batch is written: the record may be linked to a person already).
 */
export interface FactDraft {
  kind: KindName;
  key: string;
  data: Record<string, unknown>;
  person?: string | undefined;
  references?: FactReference[] | undefined;
}

/** A column a profile reads: its name in the layout, other spellings seen in releases, whether rows need it. */
export interface ColumnSpec {
  name: string;
  aliases?: readonly string[];
  /** The header must have it (the layout is not recognised otherwise). */
  required?: boolean;
  /** How its dates are written when the layout fixes it (ICE releases: month first); otherwise detected. */
  dateOrder?: DateOrder;
  /** The column holds dates: its order is detected from the file when not fixed. */
  date?: boolean;
  /** `dec31`: 31 December stands for an unknown day of the year (kept as the year, flagged). */
  filler?: 'dec31';
  /** Flag a date shared by many rows as the date the page was scraped rather than the event's. */
  scrapeDate?: boolean;
}

/**
 * How one layout of data becomes facts. `map` reads one row and emits its facts; problems go to the row, which
 * rejects the whole row on any error. Profiles are pure: the same rows always give the same drafts.
 */
export interface ImportProfile {
  name: string;
  title: string;
  description: string;
  /** What the Source made for an import with this profile says it is. */
  source: { kind: Source['kind']; publisher: string; reliability?: Source['reliability'] };
  columns: readonly ColumnSpec[];
  /**
   * Built in, every value made by Row's checked readers, its output tested against the schemas: after its first
   * facts of each kind pass the full schema check, the importer takes the rest as they are (defaults added).
   */
  trusted?: boolean;
  /** The kinds of facts it makes, in the order they must be written (a fact before those that point at it). */
  produces: readonly KindName[];
  map(row: Row, emit: (fact: FactDraft) => void): void;
}

/** What a first look at the rows found: each date column's order, and dates that stand for something else. */
export interface Prescan {
  dateOrders: ReadonlyMap<string, DateOrder | 'undetermined'>;
  /** Per column, dates shared by so many rows that they are likely the scrape date, with their number of rows. */
  scrapeDates: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Columns that write sex the Spanish way (`H` hombre, `M` mujer); the others are read the English way. */
  sexConventions: ReadonlyMap<string, SexConvention>;
}
