/**
 * Which kind of table a file holds: from the forced format, else its extension (after `.gz`), else its first
 * bytes. Whether it is gzip-compressed is always read from its first two bytes, so a `.gz` name on a plain file,
 * or a compressed file without one, is read right. A file to be read as text whose first bytes are not text (an
 * image, a PDF, a workbook named `.csv`, random bytes) is refused by what it looks like.
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

// Enough to see NULs and control bytes in a binary file, little enough to read for every file.
const SNIFF_BYTES = 4096;
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
// Excel 97-2003 workbooks are OLE compound files; they get a clear refusal rather than being read as CSV.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function detectFormat(path: string, forced: TableFormat | undefined): Promise<DetectedFormat> {
  const compressed = isGzip(await headBytes(path, 2, false));
  const head = await headBytes(path, SNIFF_BYTES, compressed);
  const format = forced ?? formatFromExtension(path) ?? formatFromBytes(path, head);
  if (format !== 'xlsx') refuseBinary(path, head, format);
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

function formatFromBytes(path: string, head: Buffer): TableFormat {
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

/** Signatures of files people pick by mistake, with what each is called in the refusal. */
const SIGNATURES: ReadonlyArray<readonly [Buffer, string]> = [
  [Buffer.from('%PDF-', 'latin1'), 'a PDF document'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'a PNG image'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'a JPEG image'],
  [Buffer.from('GIF8', 'latin1'), 'a GIF image'],
  [Buffer.from('Rar!\x1a\x07', 'latin1'), 'a RAR archive'],
  [Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), 'a 7-Zip archive'],
  [Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), 'an xz archive'],
  [Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), 'a Zstandard archive'],
  [Buffer.from([0x1f, 0x8b]), 'a gzip file compressed twice'],
  [Buffer.from('SQLite format 3\x00', 'latin1'), 'an SQLite database'],
];

const FORMAT_NAMES: Readonly<Record<Exclude<TableFormat, 'xlsx'>, string>> = {
  csv: 'a CSV file',
  json: 'a JSON file',
  ndjson: 'an NDJSON file',
};

/**
 * Refuses a file to be read as text whose first bytes say it is not text: a known signature, UTF-16 (which the
 * text readers do not decode), a NUL byte, or many control bytes. Nothing of the bytes is echoed.
 */
function refuseBinary(path: string, head: Buffer, format: Exclude<TableFormat, 'xlsx'>): void {
  const expected = FORMAT_NAMES[format];
  if (startsWith(head, ZIP_MAGIC) || startsWith(head, Buffer.from('PK\x05\x06', 'latin1'))) {
    const message = `the file looks like an XLSX workbook or another zip archive, not ${expected}: use --format xlsx (format=xlsx) or name it .xlsx`;
    throw tableError(path, message);
  }
  if (startsWith(head, OLE_MAGIC)) throw oldExcel(path);
  // bzip2: `BZh`, the block size, then the block magic (a header of `BZh…` alone could be a column name).
  if (startsWith(head, Buffer.from('BZh', 'latin1')) && head.toString('latin1', 4, 10) === '1AY&SY')
    throw tableError(path, `the file looks like a bzip2 archive, not ${expected}`);
  const known = SIGNATURES.find(([signature]) => startsWith(head, signature));
  if (known) throw tableError(path, `the file looks like ${known[1]}, not ${expected}`);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    const message = 'the file is UTF-16 text, which is not read: save it as UTF-8 (in Excel, "CSV UTF-8")';
    throw tableError(path, message);
  }
  const nul = head.indexOf(0);
  if (nul >= 0) {
    throw tableError(path, `the file holds binary data (a NUL byte at byte ${nul + 1}), not ${expected}`);
  }
  const controls = controlBytes(head);
  if (controls >= 8 && controls > head.length * BINARY_CONTROL_SHARE) {
    const share = Math.round((controls / head.length) * 100);
    throw tableError(
      path,
      `the file holds binary data (${share}% control bytes at its start), not ${expected}`,
    );
  }
}

// Text has next to none besides tab and line breaks; random bytes have 11%.
const BINARY_CONTROL_SHARE = 0.05;

/** Bytes that no text file holds: C0 controls other than tab, line feed, form feed, carriage return and ^Z, and DEL. */
function controlBytes(head: Buffer): number {
  let count = 0;
  for (const byte of head) {
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1a) ||
      byte === 0x7f
    ) {
      count += 1;
    }
  }
  return count;
}

function startsWith(head: Buffer, signature: Buffer): boolean {
  return head.length >= signature.length && head.subarray(0, signature.length).equals(signature);
}
