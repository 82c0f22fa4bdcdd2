/**
 * XLSX workbooks as tables: the chosen worksheets one after another, each streamed from the zip archive so a
 * sheet of a million rows is read in constant memory (only the shared string table is held whole). A gzipped
 * workbook, which is rare, is first decompressed to a temporary file, since a zip needs random access.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { tableError, unreadable } from '../errors.js';
import { DecompressionGuard, type ReadLimits, readLimits } from '../limits.js';
import { BatchedRows } from '../rows.js';
import type { OpenedTable, TableOptions, TableRow } from '../table.js';
import { readSharedStrings } from './sharedStrings.js';
import { type SheetContext, sheetRows } from './sheetRows.js';
import { readDateStyles } from './styles.js';
import { readWorkbook, type WorkbookSheet } from './workbook.js';
import { ZipArchive } from './zip.js';

/** Opens the workbook, reads its sheet list, shared strings and styles; the sheets are read as rows are iterated. */
export async function openXlsxTable(
  path: string,
  compressed: boolean,
  options: TableOptions,
): Promise<OpenedTable> {
  const limits = readLimits(options);
  const temporary = compressed ? await decompressed(path, limits) : undefined;
  const removeTemporary = async (): Promise<void> => {
    if (temporary) await rm(temporary.folder, { recursive: true, force: true });
  };
  let archive: ZipArchive | undefined;
  try {
    archive = await ZipArchive.open(temporary?.file ?? path, path, limits);
    const workbook = await readWorkbook(archive, path);
    const sheets = chosenSheets(workbook.sheets, options.sheet, path);
    const context: SheetContext = {
      path,
      date1904: workbook.date1904,
      sharedStrings: workbook.sharedStringsPart
        ? await readSharedStrings(archive, workbook.sharedStringsPart, {
            path,
            maxCellBytes: limits.maxCellBytes,
          })
        : [],
      dateStyles: workbook.stylesPart ? await readDateStyles(archive, workbook.stylesPart) : [],
      maxCellBytes: limits.maxCellBytes,
    };
    const opened = archive;
    const rows = new BatchedRows(allRows(opened, sheets, context), async () => {
      await opened.close();
      await removeTemporary();
    });
    return {
      format: 'xlsx',
      compressed,
      sheets: sheets.map((sheet) => sheet.name),
      rows,
      close: () => rows.close(),
    };
  } catch (error) {
    await archive?.close();
    await removeTemporary();
    throw error;
  }
}

async function* allRows(
  archive: ZipArchive,
  sheets: WorkbookSheet[],
  context: SheetContext,
): AsyncGenerator<TableRow[], void> {
  for (const sheet of sheets) yield* sheetRows(archive, sheet, context);
}

/**
 * The sheet asked for, by name (exactly, else ignoring case and surrounding spaces) or by 1-based position;
 * every worksheet when none is asked for.
 */
export function chosenSheets(
  sheets: WorkbookSheet[],
  wanted: string | undefined,
  path: string,
): WorkbookSheet[] {
  if (wanted === undefined) return sheets;
  const exact = sheets.find((sheet) => sheet.name === wanted);
  if (exact) return [exact];
  const folded = (name: string) => name.trim().toLowerCase();
  const loose = sheets.filter((sheet) => folded(sheet.name) === folded(wanted));
  if (loose.length === 1) return loose;
  const position = /^\s*\d+\s*$/.test(wanted) ? Number(wanted) : NaN;
  const byPosition = sheets[position - 1];
  if (byPosition) return [byPosition];
  const names = sheets.map((sheet) => JSON.stringify(sheet.name)).join(', ');
  const message =
    sheets.length === 0
      ? `there is no sheet ${JSON.stringify(wanted)}: the workbook has no worksheet`
      : `there is no sheet ${JSON.stringify(wanted)}; the sheets are ${names} (or give a position, 1 to ${sheets.length})`;
  throw tableError(path, message);
}

/** A gzipped workbook decompressed to a temporary file, within the read limits. */
async function decompressed(path: string, limits: ReadLimits): Promise<{ folder: string; file: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'custodia-xlsx-'));
  const file = join(folder, 'workbook.xlsx');
  const gunzip = createGunzip();
  const guard = new DecompressionGuard(path, limits);
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        guard.add(chunk.length, gunzip.bytesWritten);
        callback(null, chunk);
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  try {
    await pipeline(createReadStream(path), gunzip, limited, createWriteStream(file));
    return { folder, file };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw unreadable(path, error);
  }
}
