/**
 * The rows of one worksheet part, streamed: `<row r="5"><c r="C5" t="s" s="2"><v>3</v></c>…</row>`. Cells are
 * placed by the column letters of their reference, so sparse rows keep their columns (gaps are '', cells with
 * no value at the end are left out, rows with no value are not yielded). Values become text: strings as they
 * are, booleans TRUE or FALSE, errors as Excel shows them (#N/A), numbers under a date format as ISO dates, and
 * other numbers as written in the file (no thousands separators, rounding or `.0`).
 */
import { excerpt, sizeText, tableError } from '../errors.js';
import { LIMIT_FLAGS } from '../limits.js';
import type { TableRow } from '../table.js';
import { serialToIso } from './dates.js';
import { RichText } from './richText.js';
import type { ZipArchive } from './zip.js';
import {
  BOOLEAN,
  CELL,
  type CellStart,
  INLINE_STRING,
  INLINE_STRING_ITEM,
  integerOf,
  NUMBER,
  PHONETIC_ELEMENT,
  readCellTag,
  ROW,
  SHARED_STRING,
  TEXT_ELEMENT,
  VALUE,
  type WorksheetHandler,
  WorksheetScanner,
} from './worksheetScanner.js';
import { attribute, decodeEntities, decodeOoxmlEscapes, XmlError, XmlTooLong } from './xmlScanner.js';

/** What cells need from the rest of the workbook. */
export interface SheetContext {
  path: string;
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** The longest value a cell may hold, in characters. */
  maxCellBytes: number;
}

// Room for a cell's markup around its value, in what the scanner may hold while it waits for a tag's end.
const MARKUP_CHARACTERS = 4096;

/** The sheet's non-empty rows, a chunk's worth at a time. */
export async function* sheetRows(
  archive: ZipArchive,
  sheet: { name: string; part: string },
  context: SheetContext,
): AsyncGenerator<TableRow[], void> {
  const handler = new SheetHandler(sheet.name, context);
  const scanner = new WorksheetScanner(handler, {
    characters: context.maxCellBytes + MARKUP_CHARACTERS,
    flag: LIMIT_FLAGS.maxCellBytes,
  });
  try {
    for await (const chunk of archive.chunks(sheet.part)) {
      scanner.feed(chunk);
      if (handler.rows.length > 0) yield handler.takeRows();
    }
    scanner.finish();
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    const cell =
      error instanceof CellError
        ? error.cell
        : error instanceof XmlTooLong
          ? handler.currentCell()
          : undefined;
    throw tableError(context.path, error.message, {
      sheet: sheet.name,
      row: handler.rowNumber || undefined,
      cell,
    });
  }
  if (handler.rows.length > 0) yield handler.takeRows();
}

const DATES_KEPT = 10_000;

class CellError extends XmlError {
  constructor(
    message: string,
    readonly cell: string,
  ) {
    super(message);
  }
}

/** Follows one worksheet's rows, their cells and the cells' values, and turns each row into a table row. */
class SheetHandler implements WorksheetHandler {
  rows: TableRow[] = [];
  rowNumber = 0;
  capturing = false;
  private values: string[] = [];
  private column = -1;
  private type = NUMBER;
  private style = 0;
  private value = '';
  private hasValue = false;
  private inInlineString = false;
  private readonly inline = new RichText(TEXT_ELEMENT, PHONETIC_ELEMENT);
  private readonly cell: CellStart = { column: -1, style: 0, type: NUMBER };
  private readonly dates = new Map<string, string>();

  constructor(
    private readonly sheet: string,
    private readonly context: SheetContext,
  ) {}

  takeRows(): TableRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  open(element: number, text: string, from: number, to: number, selfClosing: boolean): void {
    if (element === CELL) {
      readCellTag(text, from, this.cell);
      this.startCell(this.cell);
      if (selfClosing) this.endCell();
    } else if (element === VALUE) {
      this.capturing = !selfClosing;
      this.value = '';
      this.hasValue = true;
    } else if (this.inInlineString) {
      this.inline.open(element, selfClosing);
      this.capturing = this.inline.capturing;
    } else if (element === INLINE_STRING_ITEM) {
      this.inInlineString = !selfClosing;
      this.hasValue = true;
    } else if (element === ROW) {
      const number = Number(attribute(text, from, to, 'r'));
      this.rowNumber = Number.isInteger(number) && number > 0 ? number : this.rowNumber + 1;
      this.column = -1;
      if (selfClosing) this.endRow();
    }
  }

  close(element: number): void {
    if (element === CELL) this.endCell();
    else if (element === VALUE) this.capturing = false;
    else if (element === INLINE_STRING_ITEM) {
      this.inInlineString = false;
      this.capturing = false;
      this.value = this.inline.take();
    } else if (this.inInlineString) {
      this.inline.close(element);
      this.capturing = this.inline.capturing;
    } else if (element === ROW) this.endRow();
  }

  text(text: string, from: number, to: number): void {
    if (this.inInlineString) {
      this.inline.text(text, from, to);
      if (this.inline.length > this.context.maxCellBytes) throw this.tooLong(this.inline.start());
    } else {
      this.value += text.slice(from, to);
      if (this.value.length > this.context.maxCellBytes) throw this.tooLong(this.value);
    }
  }

  /** The cell being read (or the last one read in the row), for a message. */
  currentCell(): string | undefined {
    return this.column >= 0 && this.rowNumber > 0 ? cellReference(this.column, this.rowNumber) : undefined;
  }

  private tooLong(value: string): CellError {
    const message = `the value is longer than ${sizeText(this.context.maxCellBytes)} (it starts ${excerpt(value)}); raise ${LIMIT_FLAGS.maxCellBytes} if this is expected`;
    return new CellError(message, cellReference(this.column, this.rowNumber));
  }

  startCell(cell: CellStart): void {
    this.column = cell.column >= 0 ? cell.column : this.column + 1;
    this.type = cell.type;
    this.style = cell.style;
    this.value = '';
    this.hasValue = false;
  }

  cellValue(raw: string): void {
    if (raw.length > this.context.maxCellBytes) throw this.tooLong(raw);
    this.value = raw;
    this.hasValue = true;
  }

  private endCell(): void {
    this.capturing = false;
    if (!this.hasValue) return;
    const text = this.cellText();
    if (text === '') return;
    const values = this.values;
    while (values.length < this.column) values.push('');
    values[this.column] = text;
  }

  private cellText(): string {
    const value = this.value;
    switch (this.type) {
      case NUMBER:
        return this.context.dateStyles[this.style] === true ? this.date(value) : value.trim();
      case SHARED_STRING:
        return this.sharedString(value);
      case INLINE_STRING:
        return value;
      case BOOLEAN:
        return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
      default:
        return decodeOoxmlEscapes(decodeEntities(value));
    }
  }

  /** Dates repeat (the days of a few years), so their text is kept, up to a bound, rather than made again. */
  private date(value: string): string {
    let date = this.dates.get(value);
    if (date !== undefined) return date;
    const text = value.trim();
    date = text === '' ? text : (serialToIso(Number(text), this.context.date1904) ?? text);
    if (this.dates.size >= DATES_KEPT) this.dates.clear();
    this.dates.set(value, date);
    return date;
  }

  private sharedString(value: string): string {
    const text = this.context.sharedStrings[integerOf(value, 0, value.length)];
    if (text !== undefined) return text;
    const count = this.context.sharedStrings.length;
    const message = `the cell refers to shared string ${JSON.stringify(value)}, but the workbook has ${count} (is the file damaged?)`;
    throw new CellError(message, cellReference(this.column, this.rowNumber));
  }

  private endRow(): void {
    if (this.values.length > 0)
      this.rows.push({ sheet: this.sheet, row: this.rowNumber, values: this.values });
    this.values = [];
  }
}

/** `C5` from column 2 and row 5, for messages. */
function cellReference(column: number, row: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(0x41 + ((rest - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
