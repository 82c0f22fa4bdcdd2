/** Delimited text files (CSV, TSV, semicolon- or pipe-separated, gzipped or not) as a table, through src/csv. */
import { type CsvRow, openCsvBatches } from '../../csv/csvReader.js';
import { fileBytes, headBytes } from './bytes.js';
import { detectDelimiterOverLines } from './csvDelimiter.js';
import { readLimits } from './limits.js';
import { BatchedRows } from './rows.js';
import type { OpenedTable, TableOptions, TableRow } from './table.js';

/**
 * Opens a delimited file; the delimiter and encoding are detected (from the decompressed bytes when the file is
 * gzipped) unless given, the delimiter from the first lines rather than the first alone, since title lines may
 * stand above the header. Every record is a row, the header line included; blank lines are skipped. A record or
 * field longer than the limits, or a gzipped file that decompresses beyond them, ends the reading with an error.
 */
export async function openCsvTable(
  path: string,
  compressed: boolean,
  options: TableOptions,
): Promise<OpenedTable> {
  const limits = readLimits(options);
  const delimiter =
    options.delimiter ??
    detectDelimiterOverLines((await headBytes(path, HEAD_BYTES, compressed)).toString('latin1'));
  const csv = await openCsvBatches(path, {
    delimiter,
    encoding: options.encoding,
    bytes: compressed ? fileBytes(path, true, limits) : undefined,
    maxLineBytes: limits.maxLineBytes,
    maxCellBytes: limits.maxCellBytes,
  });
  const rows = new BatchedRows(batches(csv.next), csv.close);
  return {
    format: 'csv',
    compressed,
    delimiter: csv.delimiter,
    encoding: csv.encoding,
    sheets: [null],
    rows,
    close: () => rows.close(),
  };
}

// Enough for the first 50 lines of any file but one with very wide rows.
const HEAD_BYTES = 1 << 16;

async function* batches(next: () => Promise<CsvRow[] | undefined>): AsyncGenerator<TableRow[], void> {
  for (let records = await next(); records; records = await next()) {
    const rows = new Array<TableRow>(records.length);
    for (let index = 0; index < records.length; index += 1) {
      const record = records[index] as CsvRow;
      rows[index] = { sheet: null, row: record.line, values: record.values };
    }
    yield rows;
  }
}
