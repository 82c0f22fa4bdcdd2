/**
 * JSON files (an array of objects, or an object with such an array in a property) and NDJSON files (one object
 * per line) as tables, gzipped or not, read in constant memory. Rows are the objects, with their values in the
 * order of the columns seen so far, and the objects themselves for importers of nested data.
 */
import { isUtf8 } from 'node:buffer';
import { type ByteSource, fileBytes } from '../bytes.js';
import { excerpt, type Place, sizeText, tableError } from '../errors.js';
import { LIMIT_FLAGS, type ReadLimits, readLimits } from '../limits.js';
import { BatchedRows } from '../rows.js';
import type { OpenedTable, TableOptions, TableRow } from '../table.js';
import { JsonArraySplitter, JsonShapeError } from './arraySplitter.js';
import { JsonColumns } from './columns.js';

type Encoding = 'utf8' | 'latin1';

/** Opens a JSON or NDJSON file; nothing is read until the rows are iterated. */
export function openJsonTable(
  path: string,
  format: 'json' | 'ndjson',
  compressed: boolean,
  options: TableOptions,
): Promise<OpenedTable> {
  const encoding = options.encoding ?? 'utf8';
  const limits = readLimits(options);
  const columns = new JsonColumns();
  const reader = format === 'json' ? jsonBatches : ndjsonBatches;
  const rows = new BatchedRows(reader(path, fileBytes(path, compressed, limits), encoding, columns, limits));
  return Promise.resolve({
    format,
    compressed,
    encoding,
    sheets: [null],
    rows,
    header: () => columns.header(),
    close: () => rows.close(),
  });
}

async function* jsonBatches(
  path: string,
  bytes: ByteSource,
  encoding: Encoding,
  columns: JsonColumns,
  limits: ReadLimits,
): AsyncGenerator<TableRow[], void> {
  let batch: TableRow[] = [];
  const splitter = new JsonArraySplitter((text, element) => {
    const object = parsed(path, text, { element }) as Record<string, unknown>;
    const values = columns.values(object);
    checkCells(path, values, columns, limits.maxCellBytes, { element });
    batch.push({ sheet: null, row: element, values, object });
  }, limits.maxLineBytes);
  const decode = decoder(path, encoding);
  try {
    for await (const chunk of bytes()) {
      splitter.feed(decode(chunk, () => ({ element: splitter.elementsRead + 1 })));
      if (batch.length > 0) yield batch;
      batch = [];
      if (splitter.finished) return;
    }
    splitter.feed(decode(undefined, () => ({ element: splitter.elementsRead + 1 })));
    splitter.finish();
    if (batch.length > 0) yield batch;
  } catch (error) {
    if (!(error instanceof JsonShapeError)) throw error;
    throw tableError(path, error.message, { element: error.element });
  }
}

async function* ndjsonBatches(
  path: string,
  bytes: ByteSource,
  encoding: Encoding,
  columns: JsonColumns,
  limits: ReadLimits,
): AsyncGenerator<TableRow[], void> {
  const decode = decoder(path, encoding);
  // The line not yet ended, in pieces: joined once when it ends, not copied again with every chunk.
  let pieces: string[] = [];
  let pending = 0;
  let line = 0;
  const batch: TableRow[] = [];
  const addLine = (text: string): void => {
    line += 1;
    if (text.length > limits.maxLineBytes) throw lineTooLong(path, text, limits.maxLineBytes, line);
    if (text.trim() === '') return;
    const value = parsed(path, text, { line });
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw tableError(path, `the line holds ${describe(value)}, not a JSON object`, { line });
    }
    const object = value as Record<string, unknown>;
    const values = columns.values(object);
    checkCells(path, values, columns, limits.maxCellBytes, { line });
    batch.push({ sheet: null, row: line, values, object });
  };
  for await (const chunk of bytes()) {
    const text = decode(chunk, () => ({ line: line + firstInvalidLine(chunk) }));
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const piece = text.slice(start, end);
      addLine(pieces.length > 0 ? pieces.join('') + piece : piece);
      pieces = [];
      pending = 0;
      start = end + 1;
    }
    if (start < text.length) {
      pieces.push(text.slice(start));
      pending += text.length - start;
    }
    // A line without end is refused once it passes the limit, not when (if ever) it ends.
    if (pending > limits.maxLineBytes)
      throw lineTooLong(path, pieces.join(''), limits.maxLineBytes, line + 1);
    if (batch.length > 0) yield batch.splice(0);
  }
  const rest = pieces.join('') + decode(undefined, () => ({ line: line + 1 }));
  if (rest !== '') addLine(rest);
  if (batch.length > 0) yield batch;
}

function lineTooLong(path: string, text: string, limit: number, line: number) {
  const message = `the line is longer than ${sizeText(limit)} (it starts ${excerpt(text)}); raise ${LIMIT_FLAGS.maxLineBytes} if this is expected`;
  return tableError(path, message, { line });
}

/** Refuses an object with a value longer than the limit, naming its key (nested values count as their JSON). */
function checkCells(
  path: string,
  values: readonly string[],
  columns: JsonColumns,
  limit: number,
  place: Place,
): void {
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as string;
    if (value.length <= limit) continue;
    const key = columns.header()[index] ?? String(index + 1);
    const message = `the value is longer than ${sizeText(limit)} (it starts ${excerpt(value)}); raise ${LIMIT_FLAGS.maxCellBytes} if this is expected`;
    throw tableError(path, message, { ...place, column: excerpt(key) });
  }
}

function parsed(path: string, text: string, place: Place): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw tableError(path, `not valid JSON: ${reason}`, place);
  }
}

/**
 * Decodes chunk after chunk (undefined at the end). Bytes that are not valid UTF-8 are an error at the place
 * `where` says, asked only then.
 */
function decoder(path: string, encoding: Encoding) {
  const textDecoder = new TextDecoder(encoding === 'utf8' ? 'utf-8' : 'windows-1252', { fatal: true });
  return (chunk: Buffer | undefined, where: () => Place): string => {
    try {
      return chunk ? textDecoder.decode(chunk, { stream: true }) : textDecoder.decode();
    } catch {
      const message =
        'bytes here are not valid UTF-8; if the file was saved as Latin-1 or Windows-1252, give the encoding latin1';
      throw tableError(path, message, where());
    }
  };
}

/**
 * Which line of the chunk (1 for its first) holds the first byte that is not UTF-8. A character cut by the
 * chunk's edges is not counted against the first or the last line.
 */
function firstInvalidLine(chunk: Buffer): number {
  let start = 0;
  for (let line = 1; ; line += 1) {
    const newline = chunk.indexOf(0x0a, start);
    const end = newline < 0 ? chunk.length : newline;
    if (!isUtf8AllowingCutEdges(chunk.subarray(start, end), line === 1, newline < 0)) return line;
    if (newline < 0) return 1;
    start = newline + 1;
  }
}

function isUtf8AllowingCutEdges(bytes: Buffer, cutStart: boolean, cutEnd: boolean): boolean {
  for (let head = 0; head <= (cutStart ? 3 : 0); head += 1) {
    for (let tail = 0; tail <= (cutEnd ? 3 : 0); tail += 1) {
      if (isUtf8(bytes.subarray(head, bytes.length - tail))) return true;
    }
  }
  return false;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
