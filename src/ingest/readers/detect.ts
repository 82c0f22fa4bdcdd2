/**
 * Which kind of table a file holds: from the forced format, else its extension (after `.gz`), else its first
 * bytes. Whether it is gzip-compressed is always read from its first two bytes, so a `.gz` name on a plain file,
 * or a compressed file without one, is read right.
 */
import { extname } from 'node:path';
import { headBytes, isGzip } from './bytes.js';
import { tableError } from './errors.js';
import type { TableFormat } from './table.js';

export interface DetectedFormat {
  format: TableFormat;
  compressed: boolean;
}

const BY_EXTENSION: Readonly<Record<string, TableFormat>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

const SNIFF_BYTES = 512;
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
// Excel 97-2003 workbooks are OLE compound files; they get a clear refusal rather than being read as CSV.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function detectFormat(path: string, forced: TableFormat | undefined): Promise<DetectedFormat> {
  const compressed = isGzip(await headBytes(path, 2, false));
  const format = forced ?? formatFromExtension(path) ?? (await formatFromBytes(path, compressed));
  return { format, compressed };
}

/**
 * The format the name promises, `.gz` set aside; undefined when the extension says nothing. `.xls` says nothing
 * either: it is as often an XLSX, a tab-separated export or a web page as an Excel 97-2003 workbook.
 */
export function formatFromExtension(path: string): TableFormat | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  return BY_EXTENSION[extname(name)];
}

async function formatFromBytes(path: string, compressed: boolean): Promise<TableFormat> {
  const head = await headBytes(path, SNIFF_BYTES, compressed);
  if (head.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return 'xlsx';
  if (head.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) throw oldExcel(path);
  const text = head
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart();
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('{')) return 'ndjson';
  if (text.startsWith('<')) {
    const message =
      'the file looks like a web page or an XML document, not a table; open it in a spreadsheet program and save it as .xlsx or CSV';
    throw tableError(path, message);
  }
  return 'csv';
}

function oldExcel(path: string) {
  const message =
    'Excel 97-2003 workbooks cannot be read; open the workbook in a spreadsheet program and save it as .xlsx or CSV';
  return tableError(path, message);
}
