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
  /** The fact the line is about, when there is one (a row kept as an alternative reading of it). */
  factId?: string | null | undefined;
}

/**
 * The source of a reading a profile found in a cell of the row (an alternative read from the notes): the importer
 * puts the import's source in its place when the fact is written, as it does for the fact's own `sourceIds`.
 */
export const THIS_IMPORT_SOURCE = 'src_placeholder';

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
  /**
   * Rows are events unless the data says otherwise: when the key is what identifies the event but not the row
   * (a tracker's destination and dates; a row's own values where the data set has no identifier), the importer
   * numbers the rows that share it in file order, and the n-th such row is the n-th event (its key gets `#n` from
   * the second on). An overlapping file of the same data set that repeats the rows numbers them the same, so it
   * adds none; `warn` also reports each repeat (a Frontex operation listing one route twice).
   */
  occurrence?: 'count' | 'warn' | undefined;
  /** What the key stands for, in words, for the warning about a repeat (`operation RO-1, ITA→NGA`). */
  occurrenceLabel?: string | undefined;
  /**
   * The profile's columns the fact was read from: the row's warnings about other cells do not travel with it.
   * Default every column (a profile making one fact per row).
   */
  columns?: readonly string[] | undefined;
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
  /**
   * Some of its facts number their occurrences (FactDraft.occurrence): an import that goes on after a checkpoint
   * maps the rows before it again, without writing them, so that the numbering is that of one clean run.
   */
  occurrences?: boolean;
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
