/**
 * Two-way tables of individual transfers (no I/O): the dimensions a table may cut by, what the store is asked to
 * count, and how its counts become an answer with margins.
 *
 * Every dimension but `severity` is a partition: each transfer has exactly one key in it (null when unknown; a
 * person with several nationalities is `multiple`, never split). `severity` is not: a transfer with a violation
 * and a warning in force counts in both rows. Margins are therefore counts of transfers, not sums of cells: along a
 * partition they are the sums, and the margin of the other dimension is counted apart, each transfer once.
 */

/** What a cross-tab may cut transfers by; each name maps to one SQL expression in the store, nothing else. */
export const CROSS_TAB_DIMENSIONS = [
  'agreement',
  'destination',
  'month',
  'basis',
  'status',
  'nationality',
  'severity',
] as const;
export type CrossTabDimension = (typeof CROSS_TAB_DIMENSIONS)[number];

/** The nationality key of a person whose records give more than one nationality. */
export const MULTIPLE_NATIONALITIES = 'multiple';

/** Dimensions where one transfer can fall under several keys. */
const OVERLAPPING: ReadonlySet<CrossTabDimension> = new Set(['severity']);

/** Which transfers to count, beyond their status: each list is "any of"; dates are whole days, inclusive. */
export interface TransferFilters {
  agreements?: readonly string[] | undefined;
  destinations?: readonly string[] | undefined;
  bases?: readonly string[] | undefined;
  /** Persons with any of these among the nationalities of their records. */
  nationalities?: readonly string[] | undefined;
  /** The transfer is dated on or after this day (`YYYY-MM-DD`): its earliest possible day is. */
  fromDay?: string | undefined;
  /** The transfer is dated on or before this day: its latest possible day is. */
  toDay?: string | undefined;
}

/**
 * What the store counts: transfers (not retracted) of these statuses under the filters, grouped by one or two
 * dimensions. `apart` lists the `ruleId#outcome` whose authority was later stayed or vacated: the severity
 * dimension only counts findings resting on authority in force.
 */
export interface TransferCountQuery {
  by: readonly [CrossTabDimension] | readonly [CrossTabDimension, CrossTabDimension];
  statuses: readonly string[];
  filters: TransferFilters;
  apart: readonly string[];
}

/** One group of a count: its key in each dimension asked (in order) and how many transfers fall in it. */
export interface TransferCount {
  keys: ReadonlyArray<string | null>;
  value: number;
}

export interface CrossTabCell {
  row: string | null;
  column: string | null;
  value: number;
}

export interface MarginCell {
  key: string | null;
  value: number;
}

/** The counted part of a cross-tab answer. */
export interface CrossTabCounts {
  /** Non-zero cells only, by row then column: a pair not listed counts zero. */
  cells: CrossTabCell[];
  /** Transfers per row key, in key order; together they list every row. */
  rowTotals: MarginCell[];
  columnTotals: MarginCell[];
  /** Transfers counted, each once. */
  total: number;
  /** Which side may count one transfer under several keys (so its cells add up to more than the total). */
  overlaps: 'rows' | 'columns' | null;
}

/** Keys in order, null (unknown, none) last: the same order on every engine. */
export function compareKeys(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : 1;
}

function sumBy(cells: readonly CrossTabCell[], side: 'row' | 'column'): MarginCell[] {
  const sums = new Map<string | null, number>();
  for (const cell of cells) sums.set(cell[side], (sums.get(cell[side]) ?? 0) + cell.value);
  return [...sums]
    .map(([key, value]) => ({ key, value }))
    .sort((left, right) => compareKeys(left.key, right.key));
}

/** Whether the dimension may count one transfer under several keys. */
export function overlapping(dimension: CrossTabDimension): boolean {
  return OVERLAPPING.has(dimension);
}

/**
 * The margin that cannot be summed from the cells, if any: with an overlapping rows dimension, the column totals
 * must count each transfer once, and so must the grand total (counted from that margin, a partition).
 */
export function marginToCount(
  rows: CrossTabDimension,
  columns: CrossTabDimension,
): 'rows' | 'columns' | null {
  if (overlapping(rows)) return 'columns';
  if (overlapping(columns)) return 'rows';
  return null;
}

/**
 * The answer's counts from the store's grouped counts: cells in key order, margins summed where the other side
 * is a partition, and `counted` (the store's count of the side `marginToCount` named) where it is not.
 */
export function assembleCrossTab(
  rows: CrossTabDimension,
  columns: CrossTabDimension,
  grouped: readonly TransferCount[],
  counted?: readonly TransferCount[],
): CrossTabCounts {
  const cells = grouped
    .map((group) => ({ row: group.keys[0] ?? null, column: group.keys[1] ?? null, value: group.value }))
    .filter((cell) => cell.value > 0)
    .sort((left, right) => compareKeys(left.row, right.row) || compareKeys(left.column, right.column));
  const apart = marginToCount(rows, columns);
  const margin = (counts: readonly TransferCount[] | undefined) =>
    (counts ?? [])
      .map((count) => ({ key: count.keys[0] ?? null, value: count.value }))
      .filter((cell) => cell.value > 0)
      .sort((left, right) => compareKeys(left.key, right.key));
  const rowTotals = apart === 'rows' ? margin(counted) : sumBy(cells, 'row');
  const columnTotals = apart === 'columns' ? margin(counted) : sumBy(cells, 'column');
  // The partition side adds up to the transfers counted, each once.
  const partition = overlapping(rows) ? columnTotals : rowTotals;
  return {
    cells,
    rowTotals,
    columnTotals,
    total: partition.reduce((sum, cell) => sum + cell.value, 0),
    overlaps: overlapping(rows) ? 'rows' : overlapping(columns) ? 'columns' : null,
  };
}
