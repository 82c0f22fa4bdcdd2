/**
 * One entry point for the importer's input files: CSV/TSV, XLSX, JSON and NDJSON, each optionally gzipped. Rows
 * come out raw (no header row removed or checked, values untrimmed) and in constant memory, each with the place
 * a person finds it at in the file, so that the importer can choose the header row itself and name rows in its
 * errors.
 */
import { checkDecompressedSize, headBytes, isGzip } from './bytes.js';
import { openCsvTable } from './csvTable.js';
import { detectFormat } from './detect.js';
import { openJsonTable } from './json/jsonTable.js';
import { readLimits } from './limits.js';
import { openXlsxTable } from './xlsx/xlsxTable.js';

export type TableFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

export interface TableOptions {
  /**
   * Forced format; otherwise from the extension (after stripping .gz: .csv .tsv .txt → csv, .xlsx → xlsx,
   * .json → json, .ndjson/.jsonl → ndjson), and when the extension says nothing, from the first bytes (zip →
   * xlsx, `[` → json, `{` → ndjson, else csv). Gzip is recognised by its first bytes whatever the name.
   */
  format?: TableFormat | undefined;
  /**
   * XLSX: only this sheet, by name or by 1-based position among the worksheets ("2"); default every worksheet
   * in workbook order. A name that matches no sheet is an error naming the sheets there are.
   */
  sheet?: string | undefined;
  /** CSV only; default detected from the first line (`,` `;` tab `|`). */
  delimiter?: string | undefined;
  /** CSV: default detected (UTF-8 when every byte is valid UTF-8, else Windows-1252). JSON: default UTF-8. */
  encoding?: 'utf8' | 'latin1' | undefined;
  /** The read limits (`ReadLimits` in limits.ts: what each bounds, and why); each defaults to the default there. */
  maxDecompressedBytes?: number | undefined;
  maxCompressionRatio?: number | undefined;
  maxLineBytes?: number | undefined;
  maxCellBytes?: number | undefined;
}

export interface TableRow {
  /** Sheet name for XLSX, null otherwise. */
  sheet: string | null;
  /**
   * Where a person finds the row: the physical line a CSV record starts on (first line is 1), the XLSX row
   * number, the 1-based line of an NDJSON file, the 1-based index of an element in a JSON array.
   */
  row: number;
  /**
   * Cell values as text, in column order, untrimmed. CSV: as written. XLSX: placed by column letter, gaps ''
   * and trailing empty cells left out. JSON/NDJSON: in the order of {@link OpenedTable.header} as it was when
   * the row was read, so a row can be shorter than the final header (read the missing values as '').
   */
  values: string[];
  /** JSON and NDJSON only: the parsed object as it was (nested values kept), for importers of nested data. */
  object?: Record<string, unknown>;
}

export interface OpenedTable {
  format: TableFormat;
  compressed: boolean;
  /** CSV only: what was detected or given. */
  delimiter?: string;
  /** CSV, JSON and NDJSON: what was detected or given. */
  encoding?: 'utf8' | 'latin1';
  /** Sheet names in the order they will be yielded (one null entry for non-XLSX). */
  sheets: Array<string | null>;
  /** Iterable once, in file order, sheet after sheet. Blank CSV lines and empty XLSX rows are not yielded. */
  rows: AsyncIterable<TableRow>;
  /**
   * JSON and NDJSON only: the column names, which are the keys of the objects in order of first appearance. JSON
   * and NDJSON yield data rows only (no header row among them), and a row's values are in this order. It grows
   * as objects bring new keys, never reordering, and may already hold keys of rows read ahead but not yet
   * yielded: read it after the rows whose values are looked up by position.
   */
  header?: () => string[];
  /** Closes the file; needed only when iteration is abandoned early. */
  close(): Promise<void>;
}

/**
 * Opens a table file and settles its format (and for CSV its delimiter and encoding, for XLSX its sheets); the
 * rows are then read as they are iterated. Every unreadable file is an `invalid_input` DomainError naming the
 * file and, where known, the sheet and the row, line or element: a file that is not text where text is expected,
 * and one past the read limits, among them.
 */
export async function openTable(path: string, options: TableOptions = {}): Promise<OpenedTable> {
  const { format, compressed } = await detectFormat(path, options.format);
  switch (format) {
    case 'csv':
      return openCsvTable(path, compressed, options);
    case 'xlsx':
      return openXlsxTable(path, compressed, options);
    case 'json':
    case 'ndjson':
      return openJsonTable(path, format, compressed, options);
  }
}

/**
 * Reads a gzipped file through, keeping nothing, to check that it decompresses within the read limits: for a caller
 * about to write what it reads, since while the rows are read the limits would stop it only part-way. A plain
 * file passes at once.
 */
export async function checkDecompression(path: string, options: TableOptions = {}): Promise<void> {
  const compressed = isGzip(await headBytes(path, 2, false));
  await checkDecompressedSize(path, compressed, readLimits(options));
}
