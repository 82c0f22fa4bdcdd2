/**
 * Small-count suppression for the figures the public sees, with complementary suppression so that a hidden count
 * cannot be worked out from the counts shown beside it.
 *
 * The figures come in families: one-way frequency tables over the same population (transfers by agreement, by
 * destination, by month and by basis all count the same transfers), so every table of a family adds up to the
 * family's total. The attacker we protect against sees every published table and total, knows that counts are
 * whole numbers, that a key not listed is zero and that a listed, suppressed key is at least 1. For every suppressed
 * count they must not get a lower bound above 1 nor an upper bound below threshold − 1: they may learn that it is
 * hidden, nothing more.
 *
 * Why the total decides everything else. The only thing that ties two tables of a family together is their
 * common sum. When the total is published that sum is known, so the tables are independent of each other and
 * each can be protected against its own margin alone. When the total is 1 to threshold − 1 it is itself a small
 * count, and then every cell of every table is small too: publishing even the keys of suppressed cells gives lower
 * bounds across tables (three suppressed months say the total is at least 3, so a single suppressed destination is
 * at least 3). So a family whose total is small publishes nothing: no total, no cells, no keys.
 *
 * What the attacker learns from one table with a known total: the visible cells subtract out, and the k suppressed
 * cells add up to a known remainder R. Each is at least 1, so one of them is as low as 1 only when there is another
 * to take up the rest (k ≥ 2), and as high as R − (k − 1) when the others are all 1. The table is safe when k = 0,
 * or k ≥ 2 and R − (k − 1) ≥ threshold − 1. One small cell alone is the remainder, exactly; two cells of 1 are
 * each at most R − 1 = 1, exactly 1.
 *
 * Which cells to suppress beside the small ones. Adding a cell of v people to the suppressed raises R − k by
 * v − 1, and every cell not yet suppressed is at least the threshold, so one complementary cell always makes a
 * table safe and the smallest one hides the fewest people. Ties go to the key first in code-unit order, so the
 * same registry gives the same tables on every machine and on every request: answers that changed from one request
 * to the next could be intersected.
 *
 * A table whose cells are all small and which is still unsafe (five months of one transfer each, in a total of
 * five) cannot be helped by suppressing more: it is withheld whole, keys included. Its total stays published: a
 * withheld table says nothing the total did not.
 *
 * What this does not cover. Relations between tables that an attacker knows from elsewhere: a rule whose outcomes
 * all carry one severity is part of that severity's count, and the transfers under an agreement may all go to its
 * receiving country; such nested tables are not independent given the total. And figures compared over time: a
 * cell that turns from suppressed to 5 as the total grows by one was 4 the day before.
 */
import { DomainError } from '../errors.js';

/** Counts of people below this are not shown to the public: small cells can identify someone. */
export const SMALL_COUNT_THRESHOLD = 5;

/** One cell of a frequency table: a group key and how many fall in it. Keys not listed count zero. */
export interface CountCell {
  key: string | null;
  value: number;
}

/** A cell as published: its count, or only its key when the count is suppressed. */
export type PublishedCell =
  { key: string | null; value: number } | { key: string | null; value: null; suppressed: true };

/** A table as published. A withheld table lists no cells at all: even its keys would say something. */
export interface PublishedTable {
  cells: PublishedCell[];
  withheld: boolean;
}

/** A family as published: its total (null when the total is itself a small count) and each of its tables. */
export interface ProtectedFamily<Name extends string> {
  total: number | null;
  tables: Record<Name, PublishedTable>;
}

/**
 * Protects a family of one-way tables over the same population of `total`: each table must add up to it. Cells
 * under the threshold are suppressed with as few people besides them as keeps every suppressed cell unbounded
 * beyond "suppressed"; a table that cannot be protected is withheld, and a family whose total is small publishes
 * nothing.
 */
export function protectFamily<Name extends string>(
  family: { total: number; tables: Record<Name, readonly CountCell[]> },
  threshold = SMALL_COUNT_THRESHOLD,
): ProtectedFamily<Name> {
  assertWholeCount(threshold, 'the threshold');
  assertWholeCount(family.total, 'the total');
  const names = Object.keys(family.tables) as Name[];
  for (const name of names) assertPartition(name, family.tables[name], family.total);
  const totalIsSmall = isSmall(family.total, threshold);
  const tables = Object.fromEntries(
    names.map((name) => [
      name,
      totalIsSmall ? withheldTable() : protectTable(family.tables[name], threshold),
    ]),
  ) as Record<Name, PublishedTable>;
  return { total: totalIsSmall ? null : family.total, tables };
}

/**
 * One key's cell of a published table, with a key not listed read as zero as the table says; null when the table
 * is withheld. Whatever else shows a single cell must show this, never the true count.
 */
export function publishedCellOf(table: PublishedTable, key: string | null): PublishedCell | null {
  if (table.withheld) return null;
  return table.cells.find((cell) => cell.key === key) ?? { key, value: 0 };
}

function isSmall(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

function withheldTable(): PublishedTable {
  return { cells: [], withheld: true };
}

/** Safe against its own margin: see the file's comment for the bounds. */
function isSafe(suppressed: readonly CountCell[], threshold: number): boolean {
  if (suppressed.length === 0) return true;
  const remainder = suppressed.reduce((sum, cell) => sum + cell.value, 0);
  return suppressed.length >= 2 && remainder - (suppressed.length - 1) >= threshold - 1;
}

function protectTable(cells: readonly CountCell[], threshold: number): PublishedTable {
  const suppressed = cells.filter((cell) => isSmall(cell.value, threshold));
  // Zero cells are left out: hiding one would add a key to the suppressed and no one to the remainder.
  const complements = cells.filter((cell) => cell.value >= threshold).sort(fewestPeopleFirst);
  while (!isSafe(suppressed, threshold)) {
    const next = complements.shift();
    if (!next) return withheldTable();
    suppressed.push(next);
  }
  const hidden = new Set(suppressed);
  return {
    cells: cells.map((cell) =>
      hidden.has(cell)
        ? { key: cell.key, value: null, suppressed: true }
        : { key: cell.key, value: cell.value },
    ),
    withheld: false,
  };
}

function fewestPeopleFirst(left: CountCell, right: CountCell): number {
  if (left.value !== right.value) return left.value - right.value;
  if (left.key === right.key) return 0;
  if (left.key === null) return -1;
  if (right.key === null) return 1;
  return left.key < right.key ? -1 : 1;
}

function assertWholeCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DomainError('internal_error', `${what} must be a whole number of at least 0, not ${value}`);
  }
}

/** Tables that do not partition the same total would break every bound above: refuse to publish them. */
function assertPartition(name: string, cells: readonly CountCell[], total: number): void {
  const keys = new Set<string | null>();
  let sum = 0;
  for (const cell of cells) {
    assertWholeCount(cell.value, `the count of ${String(cell.key)} in ${name}`);
    if (keys.has(cell.key)) {
      throw new DomainError('internal_error', `table ${name} lists the key ${String(cell.key)} twice`);
    }
    keys.add(cell.key);
    sum += cell.value;
  }
  if (sum !== total) {
    throw new DomainError('internal_error', `table ${name} adds up to ${sum}, not to the total ${total}`);
  }
}
