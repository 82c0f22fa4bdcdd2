/**
 * The rows of the API's CSV answers, from the objects its JSON answers hold: list items, the stats' figures and
 * cross-tabs. No I/O and no knowledge of roles: what they are given is already presented for the caller.
 */
import type { CrossTabAnswer } from '../core/figures/crossTabView.js';
import type { CsvValue } from './csv.js';

/** How a null key (unknown, none) reads in a CSV: an empty cell would read as a missing value. */
export const NO_KEY = '(none)';

const label = (key: string | null): string => key ?? NO_KEY;

type Flat = Map<string, CsvValue>;

/**
 * Objects become dotted columns (`retracted.at`, `candidate.record.fullName`): one value per cell, sortable and
 * filterable in a spreadsheet. Arrays (identifiers, nationalities, sources, reasons) and the `opaque` paths
 * (objects whose keys vary from item to item, such as a finding's facts) become JSON text in one cell: their
 * length varies, so columns of their own would change from page to page, and JSON keeps them whole and readable
 * back. Null is kept as a null leaf, so a column exists even when every item of the page lacks the value.
 */
function flatten(value: unknown, path: string, opaque: ReadonlySet<string>, into: Flat): void {
  if (value === null || value === undefined) into.set(path, null);
  else if (Array.isArray(value) || opaque.has(path)) into.set(path, JSON.stringify(value));
  else if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0 && path !== '') into.set(path, '{}');
    for (const [key, item] of entries) flatten(item, path === '' ? key : `${path}.${key}`, opaque, into);
  } else into.set(path, value as string | number | boolean);
}

/** Columns: the leading ones, then the others by name; a null leaf is dropped where an object had columns. */
function columnsOf(flats: readonly Flat[], leading: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const flat of flats) for (const path of flat.keys()) seen.add(path);
  const nested = (path: string) => [...seen].some((other) => other.startsWith(`${path}.`));
  const rest = [...seen]
    .filter((path) => !leading.includes(path))
    .filter((path) => !(nested(path) && flats.every((flat) => (flat.get(path) ?? null) === null)))
    .sort();
  return [...leading, ...rest];
}

/** What a list's CSV leads with and keeps whole. */
export interface ItemColumns {
  /** The first columns, in this order, whether or not the page has them. */
  leading: readonly string[];
  /** Dotted paths written as JSON text rather than spread into columns. */
  opaque?: readonly string[];
}

/** List items as a table: a header, then one row per item. */
export function itemsTable(items: readonly unknown[], columns: ItemColumns): CsvValue[][] {
  const opaque = new Set(columns.opaque ?? []);
  const flats = items.map((item) => {
    const flat: Flat = new Map();
    flatten(item, '', opaque, flat);
    return flat;
  });
  const header = columnsOf(flats, columns.leading);
  return [header, ...flats.map((flat) => header.map((column) => flat.get(column) ?? null))];
}

/**
 * A cross-tab as a grid: the row key, one column per column key, the row's total; then a `total` row of the
 * column totals and the grand total. Pairs without transfers are 0.
 */
export function crossTabTable(answer: CrossTabAnswer): CsvValue[][] {
  const columnKeys = answer.columnTotals.map((cell) => cell.key);
  const at = (row: string | null, column: string | null) => JSON.stringify([row, column]);
  const values = new Map(answer.cells.map((cell) => [at(cell.row, cell.column), cell.value]));
  return [
    [answer.rows, ...columnKeys.map(label), 'total'],
    ...answer.rowTotals.map((row) => [
      label(row.key),
      ...columnKeys.map((column) => values.get(at(row.key, column)) ?? 0),
      row.value,
    ]),
    ['total', ...answer.columnTotals.map((cell) => cell.value), answer.total],
  ];
}

interface Cell {
  key: string | null;
  value?: unknown;
  suppressed?: boolean;
  /** A reported figure (reportedFigures.ts): a range, a qualifier, events of unknown size. */
  figure?: { min: number | null; max: number | null; qualifier: string; unknownSizeEvents: number };
}

/** A reported figure in one cell: a number when sources agree, else `min-max`; its qualifiers in the note. */
function figureCell(figure: NonNullable<Cell['figure']>): [CsvValue, CsvValue] {
  const { min, max, qualifier, unknownSizeEvents } = figure;
  const value = min === max ? min : `${min ?? '?'}-${max ?? '?'}`;
  const notes = [
    ...(qualifier === 'exact' ? [] : [qualifier.replace('_', ' ')]),
    ...(min !== max ? ['sources differ'] : []),
    ...(unknownSizeEvents > 0 ? [`+ ${unknownSizeEvents} events of unknown size`] : []),
  ];
  return [value, notes.length > 0 ? notes.join('; ') : null];
}

const isCellList = (value: unknown[]): value is Cell[] =>
  value.length > 0 && value.every((item) => item !== null && typeof item === 'object' && 'key' in item);

function figureRows(value: unknown, path: string, rows: CsvValue[][]): void {
  if (typeof value === 'number') rows.push([path, null, value, null]);
  else if (Array.isArray(value)) {
    if (isCellList(value))
      for (const cell of value) {
        if (cell.figure) {
          rows.push([path, label(cell.key), ...figureCell(cell.figure)]);
          continue;
        }
        const figure = cell.value;
        const written = figure === null || typeof figure === 'number' ? figure : JSON.stringify(figure);
        rows.push([path, label(cell.key), written, cell.suppressed ? 'suppressed' : null]);
      }
    // A protected family names the tables it withholds: each is listed, with no cells.
    else if (path.endsWith('.withheld'))
      for (const name of value)
        rows.push([`${path.slice(0, -'withheld'.length)}${String(name)}`, null, null, 'withheld']);
  } else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) figureRows(item, path ? `${path}.${key}` : key, rows);
}

/**
 * The stats' figures as one long table, `table,key,value,note`: every one-way table's cells under its dotted name
 * (`individualTransfers.byMonth`), and every single figure (`individualTransfers.total`) with an empty key.
 * `note` says `suppressed` for a cell the public may not see and `withheld` for a table it may not see at all.
 * Words (notes, the statuses counted) are left to the JSON answer and the file name.
 */
export function figuresTable(answer: unknown): CsvValue[][] {
  const rows: CsvValue[][] = [['table', 'key', 'value', 'note']];
  figureRows(answer, '', rows);
  return rows;
}
