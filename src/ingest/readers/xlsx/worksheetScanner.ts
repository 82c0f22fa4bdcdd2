/**
 * The XML scanner for worksheets, with fast paths for what makes up nearly all of a sheet as Excel and most
 * libraries write it: a whole cell (`<c r="B2" s="3" t="s"><v>7</v></c>`) is matched by one regular expression,
 * which V8 runs as native code several times faster than the same scan written in JavaScript; and `<v>…</v>`,
 * `</c>` and `</row>` are recognised without the general tag handling. Anything else (namespace prefixes, inline
 * strings, other attributes, a cell cut by the chunk's end) takes the general path, to the same result.
 */
import { type PendingLimit, XmlScanner, type XmlHandler } from './xmlScanner.js';

/** The worksheet elements the reader follows, in the order of their numbers below. */
export const WORKSHEET_ELEMENTS = ['c', 'v', 'row', 'is', 't', 'rPh'];
export const CELL = 0;
export const VALUE = 1;
export const ROW = 2;
export const INLINE_STRING_ITEM = 3;
export const TEXT_ELEMENT = 4;
export const PHONETIC_ELEMENT = 5;

// Cell types (the `t` attribute).
export const NUMBER = 0;
export const SHARED_STRING = 1;
export const INLINE_STRING = 2;
export const BOOLEAN = 3;
/** `str` (a formula's text), `e` (an error such as #N/A), `d` (an ISO date): the value as written. */
export const TEXT = 4;

/** A cell's reference, style and type, as read from its tag. */
export interface CellStart {
  /** 0-based; -1 when the cell has no reference (it then follows the one before). */
  column: number;
  style: number;
  type: number;
}

/** What the fast paths report, besides the general {@link XmlHandler} events. */
export interface WorksheetHandler extends XmlHandler {
  startCell(cell: CellStart): void;
  /** The raw text of a cell's `<v>`, entities not decoded. */
  cellValue(raw: string): void;
}

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const SPACE = 0x20;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/**
 * A cell as Excel writes it: reference; style and type, the style before or after the type; perhaps a formula
 * (shared formulas have attributes and may be empty); perhaps a value. Captures: column letters, style, type,
 * style, value.
 */
const PLAIN_CELL =
  /<c r="([A-Z]{1,3})[0-9]+"(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")?(?: s="([0-9]+)")?(?:\/>|>(?:<f(?: [^>]*)?\/>|<f(?: [^>]*)?>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>)?<\/c>)/y;

export class WorksheetScanner extends XmlScanner {
  private readonly cell: CellStart = { column: -1, style: 0, type: NUMBER };

  constructor(
    private readonly worksheet: WorksheetHandler,
    limit?: PendingLimit,
  ) {
    super(worksheet, WORKSHEET_ELEMENTS, limit);
  }

  protected override tag(text: string, start: number): number {
    const next = text.charCodeAt(start + 1);
    let end = -2;
    if (next === 0x63) end = this.plainCell(text, start);
    else if (next === 0x76) end = this.valueElement(text, start);
    else if (next === SLASH) end = this.endTag(text, start);
    return end === -2 ? super.tag(text, start) : end;
  }

  /** A whole cell written the usual way; -2 when it is written otherwise, or cut by the chunk's end. */
  private plainCell(text: string, start: number): number {
    PLAIN_CELL.lastIndex = start;
    const match = PLAIN_CELL.exec(text);
    if (match === null) return -2;
    // Indexes rather than destructuring, which goes through the array iterator: this runs for every cell.
    const letters = match[1] as string;
    const style = match[2] ?? match[4];
    const type = match[3];
    const cell = this.cell;
    cell.column = columnOf(letters, 0, letters.length);
    cell.style = style === undefined ? 0 : integerOf(style, 0, style.length);
    cell.type = type === undefined ? NUMBER : typeOf(type, 0, type.length);
    this.worksheet.startCell(cell);
    if (match[5] !== undefined) this.worksheet.cellValue(match[5]);
    this.worksheet.close(CELL);
    return PLAIN_CELL.lastIndex;
  }

  /** `<v>123</v>` in one step; -1 when cut off, -2 when the value holds markup (CDATA, a comment). */
  private valueElement(text: string, start: number): number {
    const after = text.charCodeAt(start + 2);
    if (after !== GREATER_THAN) return -2;
    const valueEnd = text.indexOf('<', start + 3);
    if (valueEnd < 0 || valueEnd + 4 > text.length) return -1;
    if (!text.startsWith('</v>', valueEnd)) return -2;
    this.worksheet.cellValue(text.slice(start + 3, valueEnd));
    return valueEnd + 4;
  }

  /** `</c>` and `</row>`; -2 for other end tags, and near the text's end (for the general path to wait). */
  private endTag(text: string, start: number): number {
    if (start + 6 > text.length) return -2;
    if (text.charCodeAt(start + 2) === 0x63 && text.charCodeAt(start + 3) === GREATER_THAN) {
      this.closeElement(CELL);
      return start + 4;
    }
    if (text.startsWith('row>', start + 2)) {
      this.closeElement(ROW);
      return start + 6;
    }
    return -2;
  }
}

/**
 * Reads a cell tag's `r`, `s` and `t` from `from` (just after the name), for the cells the fast path leaves to
 * the general one, without slicing strings out of the text. Returns the index of the `>`, -1 when the text ends
 * first, or -2 when the tag is not well formed.
 */
export function readCellTag(text: string, from: number, cell: CellStart): number {
  cell.column = -1;
  cell.style = 0;
  cell.type = NUMBER;
  let index = from;
  for (;;) {
    let code = text.charCodeAt(index);
    while (code <= SPACE) code = text.charCodeAt((index += 1));
    if (code === GREATER_THAN) return index;
    if (code === SLASH) {
      const next = text.charCodeAt(index + 1);
      return next === GREATER_THAN ? index + 1 : Number.isNaN(next) ? -1 : -2;
    }
    if (Number.isNaN(code)) return -1;
    if (code === LESS_THAN) return -2;
    index =
      text.charCodeAt(index + 1) === EQUALS && text.charCodeAt(index + 2) === QUOTE
        ? plainAttribute(text, index, cell)
        : spacedAttribute(text, index, cell);
    if (index < 0) return index;
  }
}

/** `r="B2"`, as nearly every writer puts it: read with no search. Returns where the next attribute may start. */
function plainAttribute(text: string, index: number, cell: CellStart): number {
  let end = index + 3;
  for (let code = text.charCodeAt(end); code !== QUOTE; code = text.charCodeAt((end += 1))) {
    if (Number.isNaN(code)) return -1;
  }
  readCellAttribute(text.charCodeAt(index), text, index + 3, end, cell);
  return end + 1;
}

/** Any other attribute, with spaces around `=`, apostrophes or a longer name. */
function spacedAttribute(text: string, index: number, cell: CellStart): number {
  const equals = text.indexOf('=', index);
  if (equals < 0) return -1;
  let quoteAt = equals + 1;
  while (text.charCodeAt(quoteAt) <= SPACE) quoteAt += 1;
  const quote = text.charCodeAt(quoteAt);
  if (quote !== QUOTE && quote !== APOSTROPHE) return quoteAt >= text.length ? -1 : -2;
  const valueEnd = text.indexOf(quote === QUOTE ? '"' : "'", quoteAt + 1);
  if (valueEnd < 0) return -1;
  if (equals === index + 1 || text.charCodeAt(index + 1) <= SPACE) {
    readCellAttribute(text.charCodeAt(index), text, quoteAt + 1, valueEnd, cell);
  }
  return valueEnd + 1;
}

function readCellAttribute(name: number, text: string, start: number, end: number, cell: CellStart): void {
  if (name === 0x72) cell.column = columnOf(text, start, end);
  else if (name === 0x73) cell.style = integerOf(text, start, end);
  else if (name === 0x74) cell.type = typeOf(text, start, end);
}

/** The 0-based column of a cell reference (`C5` → 2, `AA1` → 26); -1 when it has no letters. */
function columnOf(text: string, start: number, end: number): number {
  let column = 0;
  let index = start;
  for (; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x41 || code > 0x5a) break;
    column = column * 26 + (code - 0x40);
  }
  return index === start ? -1 : column - 1;
}

/** The digits from start to end as a number; -1 when there are none or something else is there. */
export function integerOf(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return end > start ? value : -1;
}

function typeOf(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  const length = end - start;
  if (length === 1 && first === 0x73) return SHARED_STRING;
  if (length === 1 && first === 0x6e) return NUMBER;
  if (length === 1 && first === 0x62) return BOOLEAN;
  if (first === 0x69) return INLINE_STRING;
  return TEXT;
}
