import { Row, type ColumnIndex } from './row.js';
import { findHeader, junkReason, prescan, type HeaderResult } from './sheet.js';
import type { ColumnSpec, FactDraft, ImportProblem, ImportProfile } from './types.js';

/** What became of one row. */
export type RowOutcome =
  | { status: 'mapped'; facts: FactDraft[]; problems: ImportProblem[] }
  | { status: 'rejected'; problems: ImportProblem[] }
  | { status: 'junk'; problem: ImportProblem | undefined };

/** A raw row as the readers give it. */
export interface RawRow {
  sheet: string | null;
  row: number;
  values: readonly string[];
  /** JSON and NDJSON rows: the parsed object. */
  object?: Record<string, unknown> | undefined;
}

/**
 * Maps the data rows of one sheet with a profile, once its header is known and its first rows looked at.
 * Pure and deterministic: the same rows give the same outcomes, whichever batch or run they are read in.
 */
export class SheetMapper {
  private readonly reader: Row;
  private readonly width: number;

  constructor(
    readonly profile: ImportProfile,
    readonly index: ColumnIndex,
    sample: ReadonlyArray<readonly string[]>,
    currentYear?: number,
  ) {
    const specs = new Map<string, ColumnSpec>(profile.columns.map((column) => [column.name, column]));
    this.reader = new Row(index, specs, prescan(sample, index, profile, currentYear), currentYear);
    this.width = index.header.length;
  }

  map(raw: RawRow): RowOutcome {
    const junk = junkReason(raw.values, this.index, this.profile);
    if (junk !== undefined) {
      return {
        status: 'junk',
        problem:
          junk === 'blank'
            ? undefined
            : {
                sheet: raw.sheet,
                row: raw.row,
                column: null,
                value: raw.values.filter((value) => value.trim() !== '')[0]?.slice(0, 200) ?? null,
                reason: `skipped: ${junk}`,
                severity: 'skipped',
              },
      };
    }
    const row = this.reader.reset(raw.sheet, raw.row, raw.values, raw.object);
    const extra = raw.values.slice(this.width).filter((value) => value.trim() !== '');
    if (extra.length > 0) {
      row.error(
        null,
        `the row has ${raw.values.length} values but the header has ${this.width} columns (a stray delimiter?)`,
      );
      return { status: 'rejected', problems: [...row.problems] };
    }
    const facts: FactDraft[] = [];
    try {
      this.profile.map(row, (fact) => {
        // The cells read since the last fact are the ones this fact was read from, unless the profile says.
        fact.columns ??= row.takeTouched();
        facts.push(fact);
      });
    } catch (error) {
      row.error(
        null,
        `the profile could not read the row: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (row.skipped !== undefined) {
      return {
        status: 'junk',
        problem: {
          sheet: raw.sheet,
          row: raw.row,
          column: null,
          value: null,
          reason: `skipped: ${row.skipped}`,
          severity: 'skipped',
        },
      };
    }
    if (row.hasErrors) return { status: 'rejected', problems: [...row.problems] };
    // The warnings about a fact's cells travel with it, so whoever reads the fact sees them.
    for (const fact of facts) {
      const warnings = row.warningsFor(fact.columns);
      if (warnings.length > 0) fact.data.warnings = warnings;
    }
    return { status: 'mapped', facts, problems: [...row.problems] };
  }
}

export type SheetStart =
  | { ok: true; mapper: SheetMapper; headerRow: number; unknownColumns: string[] }
  | { ok: false; reason: string };

/**
 * Finds a sheet's header among its first rows and learns from the rows after it. `head` holds the sheet's first
 * rows (up to HEADER_SEARCH_ROWS + PRESCAN_ROWS); the caller maps every row after `headerRow`.
 */
export function startSheet(
  profile: ImportProfile,
  head: readonly RawRow[],
  currentYear?: number,
  header?: readonly string[],
): SheetStart {
  let found: HeaderResult;
  if (header) {
    found = findHeader([header], profile);
  } else {
    found = findHeader(
      head.map((raw) => raw.values),
      profile,
    );
  }
  if (!found.found) return { ok: false, reason: found.reason };
  const dataRows = header ? head : head.slice(found.position + 1);
  const mapper = new SheetMapper(
    profile,
    found.index,
    dataRows.map((raw) => raw.values),
    currentYear,
  );
  return {
    ok: true,
    mapper,
    headerRow: header ? 0 : (head[found.position]?.row ?? 0),
    unknownColumns: found.unknownColumns,
  };
}
