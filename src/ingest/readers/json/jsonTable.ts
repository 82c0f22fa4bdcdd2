/**
 * JSON files (an array of objects, or an object with such an array in a property) and NDJSON files (one object
 * per line) as tables, gzipped or not, read in constant memory. Rows are the objects, with their values in the
 * order of the columns seen so far, and the objects themselves for importers of nested data.
 */
import { isUtf8 } from 'node:buffer';
import { type ByteSource, fileBytes } from '../bytes.js';
import { type Place, tableError } from '../errors.js';
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
  const columns = new JsonColumns();
  const reader = format === 'json' ? jsonBatches : ndjsonBatches;
  const rows = new BatchedRows(reader(path, fileBytes(path, compressed), encoding, columns));
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
): AsyncGenerator<TableRow[], void> {
  let batch: TableRow[] = [];
  const splitter = new JsonArraySplitter((text, element) => {
    const object = parsed(path, text, { element }) as Record<string, unknown>;
    batch.push({ sheet: null, row: element, values: columns.values(object), object });
  });
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
): AsyncGenerator<TableRow[], void> {
  const decode = decoder(path, encoding);
  let carry = '';
  let line = 0;
  const batch: TableRow[] = [];
  const addLine = (text: string): void => {
    line += 1;
    if (text.trim() === '') return;
    const value = parsed(path, text, { line });
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw tableError(path, `the line holds ${describe(value)}, not a JSON object`, { line });
    }
    const object = value as Record<string, unknown>;
    batch.push({ sheet: null, row: line, values: columns.values(object), object });
  };
  for await (const chunk of bytes()) {
    const text = carry + decode(chunk, () => ({ line: line + firstInvalidLine(chunk) }));
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      addLine(text.slice(start, end));
      start = end + 1;
    }
    carry = text.slice(start);
    if (batch.length > 0) yield batch.splice(0);
  }
  const rest = carry + decode(undefined, () => ({ line: line + 1 }));
  if (rest !== '') addLine(rest);
  if (batch.length > 0) yield batch;
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
