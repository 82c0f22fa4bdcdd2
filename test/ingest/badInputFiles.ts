/**
 * Bad input files of every kind the importer must refuse, made at test time in a temporary folder (the large ones
 * are 50 MB, or decompress to 5.5 GiB: they are never committed), for the frontex-returns profile. Each comes with
 * the refusal it must get. Gzip and deflate bombs are built from one compressed block repeated (gzip members, or
 * deflate blocks after a full flush, may follow one another), so that 5.5 GiB of zeros take half a second to make
 * rather than the 45 s of compressing them.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { writeXlsx } from './readers/xlsxWriter.js';

export const HEADER = 'ROID,DATE,MSNAME,DEST,N_RETURNEES\n';
export const ROW = 'RO-2013-001,2013-01-24T00:00:00Z,Germany,Serbia,42\n';
const MiB = 1024 * 1024;

export interface BadInput {
  /** The file's name, which the refusal must name. */
  name: string;
  /** What the refusal must say after the file's name (and its place in the file). */
  refusal: RegExp;
  /** Large enough that its peak memory is worth measuring in a process of its own. */
  large: boolean;
  write(path: string): void;
}

/** Writes `pieces` one after the other, each piece `times` times, without holding more than one in memory. */
function writePieces(path: string, pieces: Array<[string | Buffer, number]>): void {
  const file = openSync(path, 'w');
  try {
    for (const [piece, times] of pieces) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
      for (let index = 0; index < times; index += 1) writeSync(file, bytes);
    }
  } finally {
    closeSync(file);
  }
}

/** Bytes that look random but are the same in every run (and never start like gzip). */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  bytes[0] = 0x41;
  return bytes;
}

/** 64 MiB of one byte, gzipped once: a member that repeated makes a bomb of any size. */
function gzipMember(content: Buffer): Buffer {
  return gzipSync(content, { level: 9 });
}

/** A deflate stream of `prefix`, `filler` × `times`, `suffix`: blocks cut by full flushes may be repeated. */
function deflateBomb(prefix: string, filler: Buffer, times: number, suffix: string): Buffer {
  const flushed = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const body = deflateRawSync(filler, flushed);
  return Buffer.concat([
    deflateRawSync(Buffer.from(prefix), flushed),
    ...Array.from({ length: times }, () => body),
    deflateRawSync(Buffer.from(suffix)),
  ]);
}

interface ZipEntry {
  name: string;
  /** Stored as it is. */
  data?: Uint8Array;
  /** Already deflated, with the size the directory is to say it inflates to. */
  deflated?: { bytes: Buffer; declaredSize: number };
}

/** A zip archive written by hand, so that an entry can say what it likes about its size. */
function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const stored = entry.data ? Buffer.from(entry.data) : undefined;
    const body = stored ?? entry.deflated?.bytes ?? Buffer.alloc(0);
    const size = stored ? stored.length : (entry.deflated?.declaredSize ?? 0);
    // The bomb's checksum is never reached: it is refused before (or while) it is inflated.
    const crc = stored ? crc32(stored) : 0;
    const method = stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A workbook of the frontex header whose first sheet is `sheet` instead (deflated), saying `declaredSize`. */
function workbookWithSheet(sheet: Buffer, declaredSize: number): Buffer {
  const parts = unzipSync(writeXlsx([{ name: 'Returns', rows: [HEADER.trim().split(',')] }]));
  const entries: ZipEntry[] = Object.entries(parts).map(([name, data]) =>
    name === 'xl/worksheets/sheet1.xml' ? { name, deflated: { bytes: sheet, declaredSize } } : { name, data },
  );
  return zipArchive(entries);
}

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>ROID</t></is></c></row><row r="2"><c r="A2"><v>';
const SHEET_END = '</v></c></row></sheetData></worksheet>';
const SHEET_FILLER = 64 * MiB;
const SHEET_FILLERS = 16;
/** What the worksheet of {@link sheetBomb} inflates to. */
const SHEET_SIZE = SHEET_START.length + SHEET_FILLER * SHEET_FILLERS + SHEET_END.length;

/** A worksheet whose cell A2 holds a gigabyte of digits, which inflates at 1,000:1. */
function sheetBomb(): Buffer {
  return deflateBomb(SHEET_START, Buffer.alloc(SHEET_FILLER, 0x39), SHEET_FILLERS, SHEET_END);
}

const says = (refusal: string) => new RegExp(refusal);

export const BAD_INPUTS: BadInput[] = [
  {
    name: 'header-only.csv',
    refusal: says(': the header is on line 1 but no data rows follow'),
    large: false,
    write: (file) => writeFileSync(file, `${HEADER}\n\n`),
  },
  {
    name: 'header-only.xlsx',
    refusal: says(': the header is on row 1 but no data rows follow'),
    large: false,
    write: (file) => writeFileSync(file, writeXlsx([{ name: 'Returns', rows: [HEADER.trim().split(',')] }])),
  },
  {
    name: 'random.csv',
    refusal: says(': the file holds binary data \\(a NUL byte at byte \\d+\\), not a CSV file'),
    large: true,
    write: (file) => writeFileSync(file, noise(200_000)),
  },
  {
    name: 'image.csv',
    refusal: says(': the file looks like a PNG image, not a CSV file'),
    large: false,
    write: (file) =>
      writeFileSync(file, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), noise(5000)])),
  },
  {
    name: 'document.csv',
    refusal: says(': the file looks like a PDF document, not a CSV file'),
    large: false,
    write: (file) => writeFileSync(file, `%PDF-1.7\n${'x'.repeat(100)}`),
  },
  {
    name: 'workbook.csv',
    refusal: says(
      ': the file looks like an XLSX workbook or another zip archive, not a CSV file: use --format xlsx',
    ),
    large: false,
    write: (file) => writeFileSync(file, writeXlsx([{ name: 'S', rows: [['ROID'], ['RO-1']] }])),
  },
  {
    name: 'unicode.csv',
    refusal: says(': the file is UTF-16 text, which is not read: save it as UTF-8'),
    large: false,
    write: (file) =>
      writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER + ROW, 'utf16le')])),
  },
  {
    name: 'nul.csv',
    refusal: says(': the file holds binary data \\(a NUL byte at byte 1\\), not a CSV file'),
    large: true,
    write: (file) => writeFileSync(file, Buffer.alloc(MiB)),
  },
  {
    // 5.5 GiB of zeros: 88 gzip members of 64 MiB each, 5.7 MB on disk.
    name: 'zeros.csv.gz',
    refusal: says(
      ': the file decompresses to more than 64 MiB \\(ratio \\d+:1, above 200:1\\).*--max-compression-ratio',
    ),
    large: true,
    write: (file) => writePieces(file, [[gzipMember(Buffer.alloc(64 * MiB)), 88]]),
  },
  {
    // The same valid row, 2 GiB of it: every row would import.
    name: 'rows.csv.gz',
    refusal: says(': the file decompresses to more than 64 MiB \\(ratio \\d+:1, above 200:1\\)'),
    large: true,
    write: (file) => {
      const rows = Buffer.from(ROW.repeat(Math.floor((64 * MiB) / ROW.length)));
      writePieces(file, [
        [gzipSync(HEADER), 1],
        [gzipMember(rows), 32],
      ]);
    },
  },
  {
    // One line of 50 MB, in fields of 40 characters, without a line break to end it.
    name: 'line.csv',
    refusal: says(
      ' line 2: the line is longer than 8 MiB \\(it starts "RO-1,2013-01-24T00:00:00Z,Germany,Serbia"…\\); raise --max-line-bytes',
    ),
    large: true,
    write: (file) =>
      writePieces(file, [
        [`${HEADER}RO-1,2013-01-24T00:00:00Z,Germany,Serbia,42`, 1],
        [`,${'abcdefghij'.repeat(4)}`.repeat(25_000), 50],
      ]),
  },
  {
    // 16 MB of one-character fields: short of the line limit, but 8 million fields.
    name: 'fields.csv',
    refusal: says(' line 2: the line has more than 524288 fields \\(it starts "RO-1,'),
    large: true,
    write: (file) =>
      writePieces(file, [
        [`${HEADER}RO-1,2013-01-24T00:00:00Z,Germany,Serbia,42`, 1],
        [',1'.repeat(MiB / 2), 16],
      ]),
  },
  {
    // A count of 50 MB of digits in an otherwise fine file.
    name: 'cell.csv',
    refusal: says(
      ' line 3 column 5 \\("N_RETURNEES"\\): the value is longer than 1 MiB \\(it starts "9{40}"…\\); raise --max-cell-bytes',
    ),
    large: true,
    write: (file) =>
      writePieces(file, [
        [`${HEADER}${ROW}RO-2013-002,2013-02-12T00:00:00Z,Spain,Colombia,`, 1],
        ['9'.repeat(MiB), 50],
        [`\n${ROW}`, 1],
      ]),
  },
  {
    name: 'line.ndjson',
    refusal: says(' line 1: the line is longer than 8 MiB \\(it starts "\\{\\\\"ROID\\\\":\\\\"RO-1\\\\"'),
    large: true,
    write: (file) =>
      writePieces(file, [
        ['{"ROID":"RO-1","DATE":"2013-01-24","MSNAME":"Germany","DEST":"Serbia","N_RETURNEES":"', 1],
        ['9'.repeat(MiB), 50],
        ['"}\n', 1],
      ]),
  },
  {
    name: 'cell.ndjson',
    refusal: says(' line 2 column "N_RETURNEES": the value is longer than 1 MiB \\(it starts "9{40}"…\\)'),
    large: false,
    write: (file) =>
      writeFileSync(
        file,
        '{"ROID":"RO-1","N_RETURNEES":"1"}\n' + `{"ROID":"RO-2","N_RETURNEES":"${'9'.repeat(2 * MiB)}"}\n`,
      ),
  },
  {
    name: 'element.json',
    refusal: says(
      ' element 2: the element is longer than 8 MiB \\(it starts "\\{\\\\"ROID\\\\":\\\\"RO-2\\\\"',
    ),
    large: true,
    write: (file) =>
      writePieces(file, [
        ['[{"ROID":"RO-1","N_RETURNEES":"1"},{"ROID":"RO-2","N_RETURNEES":"', 1],
        ['9'.repeat(MiB), 50],
        ['"}]', 1],
      ]),
  },
  {
    // A worksheet that says it inflates to 1 GiB from 1 MB, as it does: refused from the zip directory, unread.
    name: 'bomb.xlsx',
    refusal: says(
      ': the workbook part xl/worksheets/sheet1.xml decompresses to more than 64 MiB \\(ratio \\d+:1, above 200:1\\)',
    ),
    large: true,
    write: (file) => writeFileSync(file, workbookWithSheet(sheetBomb(), SHEET_SIZE)),
  },
  {
    // The same worksheet saying it is 1,000 bytes: cut off once it passes them.
    name: 'liar.xlsx',
    refusal: says(
      ': the workbook part xl/worksheets/sheet1.xml cannot be read \\(is the file damaged\\?\\): more than the 1000 bytes',
    ),
    large: true,
    write: (file) => writeFileSync(file, workbookWithSheet(sheetBomb(), 1000)),
  },
  {
    name: 'strings.xlsx',
    refusal: says(': shared string 10 is longer than 1 MiB \\(it starts "x{40}"…\\); raise --max-cell-bytes'),
    large: false,
    write: (file) =>
      writeFileSync(
        file,
        writeXlsx([
          {
            name: 'Returns',
            rows: [HEADER.trim().split(','), ['RO-1', '2013', 'DE', 'RS', 'x'.repeat(2 * MiB)]],
          },
        ]),
      ),
  },
];

/** Writes the bad inputs chosen into the folder; their paths by name. */
export function writeBadInputs(folder: string, inputs: BadInput[] = BAD_INPUTS): Map<string, string> {
  const paths = new Map<string, string>();
  for (const input of inputs) {
    const file = join(folder, input.name);
    input.write(file);
    paths.set(input.name, file);
  }
  return paths;
}
