import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../src/ingest/readers/table.js';
import { collect, gzip, openDescriptors, readFailure, temporaryFiles } from './helpers.js';
import { SPREADSHEET_NAMESPACE, type XlsxSheet, worksheetPart, writeXlsx } from './xlsxWriter.js';

const files = temporaryFiles();

function workbook(name: string, sheets: XlsxSheet[]): Promise<string> {
  return files.write(name, writeXlsx(sheets));
}

const REGISTER: XlsxSheet[] = [
  {
    name: 'Removals',
    rows: [
      ['A-Number', 'Name'],
      ['012345678', 'Ana'],
    ],
  },
  { name: 'Notes', rows: [['Figures are provisional']] },
];

describe('openTable: XLSX errors and closing', () => {
  it('refuses a file that is not a zip archive', async () => {
    const error = await readFailure(await files.write('fake.xlsx', 'id,name\n1,Ana\n'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/fake\.xlsx: not an XLSX workbook: the file is not a readable zip archive/);
  });

  it('refuses a zip archive without a workbook', async () => {
    const path = await files.write(
      'document.xlsx',
      zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
    );
    const error = await readFailure(path);
    expect(error.message).toMatch(
      /document\.xlsx: not an XLSX workbook: the zip archive has no xl\/workbook\.xml/,
    );
  });

  it('names the sheet and the row of malformed XML', async () => {
    const data = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></row>';
    const path = await workbook('malformed.xlsx', [{ name: 'Bad', xml: worksheetPart(data) }]);
    const table = await openTable(path);
    const seen: number[] = [];
    const error = await (async () => {
      try {
        for await (const row of table.rows) seen.push(row.row);
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(
      /malformed\.xlsx sheet "Bad" row 2: malformed XML: <\/row> where <c> is open/,
    );
    expect(seen).toEqual([]);
    const cut = await workbook('cut.xlsx', [
      {
        name: 'Cut',
        xml: worksheetPart('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</sheetData></worksheet>', ''),
      },
    ]);
    expect((await readFailure(cut)).message).toMatch(
      /cut\.xlsx sheet "Cut" row 1: the XML ends before <\/sheetData>/,
    );
  });

  it('names the cell that refers to a shared string that does not exist', async () => {
    const data = '<row r="3"><c r="B3" t="s"><v>7</v></c></row>';
    const path = await workbook('strings.xlsx', [
      { name: 'S', rows: [['only one']] },
      { name: 'T', xml: worksheetPart(data) },
    ]);
    const error = await readFailure(path);
    expect(error.message).toMatch(
      /strings\.xlsx sheet "T" row 3 cell B3: the cell refers to shared string "7", but the workbook has 1/,
    );
    expect(error.details.issues?.[0]?.path).toEqual([expect.stringMatching(/strings\.xlsx$/), 'T', 3, 'B3']);
  });

  it('names a damaged workbook part', async () => {
    const parts = {
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${SPREADSHEET_NAMESPACE}"><sheets><sheet name="A" r:id="rId1"></sheets></workbook>`,
      ),
    };
    const error = await readFailure(await files.write('damaged.xlsx', zipSync(parts)));
    expect(error.message).toMatch(
      /damaged\.xlsx: the workbook part xl\/workbook\.xml cannot be read: malformed XML: <\/sheets> where <sheet> is open/,
    );
  });

  it('reports a truncated gzipped workbook', async () => {
    const whole = gzip(writeXlsx(REGISTER));
    const error = await readFailure(await files.write('cut.xlsx.gz', whole.subarray(0, whole.length - 30)));
    expect(error.message).toMatch(/cut\.xlsx\.gz: cannot read the file: the gzip data ends too early/);
  });

  it('closes the file, and removes a decompressed copy, when iteration stops early', async () => {
    const rows = Array.from({ length: 20000 }, (_, index) => [index, `row ${index}`]);
    const plain = await workbook('stop.xlsx', [
      { name: 'A', rows },
      { name: 'B', rows },
    ]);
    const compressed = await files.write('stop.xlsx.gz', gzip(writeXlsx([{ name: 'A', rows }])));
    const before = openDescriptors();
    const copiesBefore = decompressedCopies();
    for (const path of [plain, compressed]) {
      const table = await openTable(path);
      for await (const row of table.rows) if (row.row === 5) break;
      const unread = await openTable(path);
      await unread.close();
      expect(await collect(unread.rows)).toEqual([]);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openDescriptors()).toBe(before);
    expect(decompressedCopies()).toEqual(copiesBefore);
  });
});

/** The temporary folders of decompressed workbooks now present. */
function decompressedCopies(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('custodia-xlsx-'));
}
