import { describe, expect, it } from 'vitest';
import { openTable } from '../../../src/ingest/readers/table.js';
import { gzip, readFailure, readTable, temporaryFiles, valuesOf } from './helpers.js';
import { writeXlsx } from './xlsxWriter.js';

const files = temporaryFiles();

const XLSX = writeXlsx([{ name: 'S', rows: [['id'], [1]] }]);
const JSON_ARRAY = '[{"id":1}]';
const NDJSON = '{"id":1}\n{"id":2}\n';
const CSV = 'id;name\n1;Ana\n';

describe('openTable: format detection', () => {
  it('goes by the extension, after .gz, whatever the case', async () => {
    const cases: Array<[string, string | Uint8Array, string]> = [
      ['a.CSV', CSV, 'csv'],
      ['a.tsv', 'a\tb\n', 'csv'],
      ['a.txt', CSV, 'csv'],
      ['a.xlsx', XLSX, 'xlsx'],
      ['a.json', JSON_ARRAY, 'json'],
      ['a.ndjson', NDJSON, 'ndjson'],
      ['a.jsonl', NDJSON, 'ndjson'],
      ['b.csv.gz', gzip(CSV), 'csv'],
      ['b.JSON.GZ', gzip(JSON_ARRAY), 'json'],
      ['b.jsonl.gz', gzip(NDJSON), 'ndjson'],
    ];
    for (const [name, content, format] of cases) {
      const table = await openTable(await files.write(name, content));
      await table.close();
      expect([name, table.format, table.compressed]).toEqual([
        name,
        format,
        name.toLowerCase().endsWith('.gz'),
      ]);
    }
  });

  it('reads the first bytes when the extension says nothing', async () => {
    const cases: Array<[string, string | Uint8Array, string, boolean]> = [
      ['workbook.bin', XLSX, 'xlsx', false],
      ['rows.dat', `\ufeff  \n${JSON_ARRAY}`, 'json', false],
      ['lines.log', NDJSON, 'ndjson', false],
      ['plain', CSV, 'csv', false],
      ['export.gz', gzip(JSON_ARRAY), 'json', true],
      ['export2.gz', gzip(CSV), 'csv', true],
      ['export3.gz', gzip(XLSX), 'xlsx', true],
      ['web-export.xls', 'id\tname\n1\tAna\n', 'csv', false],
      ['really.xls', XLSX, 'xlsx', false],
    ];
    for (const [name, content, format, compressed] of cases) {
      const table = await readTable(await files.write(name, content));
      expect([name, table.format, table.compressed]).toEqual([name, format, compressed]);
      expect(table.all.length).toBeGreaterThan(0);
    }
  });

  it('takes gzip from the bytes even when the name does not say so, and a forced format over the name', async () => {
    const hidden = await readTable(await files.write('hidden.csv', gzip(CSV)));
    expect(hidden).toMatchObject({ format: 'csv', compressed: true, delimiter: ';' });
    expect(valuesOf(hidden.all)).toEqual([
      ['id', 'name'],
      ['1', 'Ana'],
    ]);
    const notGzipped = await readTable(await files.write('plain.csv.gz', CSV));
    expect(notGzipped.compressed).toBe(false);
    const forced = await readTable(await files.write('rows.txt', NDJSON), { format: 'ndjson' });
    expect(forced.format).toBe('ndjson');
    expect(forced.all.map((row) => row.object)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('refuses Excel 97-2003 workbooks and web pages with a way out', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const old = await readFailure(await files.write('old.xls', ole));
    expect(old.code).toBe('invalid_input');
    expect(old.message).toMatch(
      /old\.xls: Excel 97-2003 workbooks cannot be read; .* save it as \.xlsx or CSV/,
    );
    const page = await readFailure(
      await files.write('page.xls', '<html><table><tr><td>1</td></tr></table></html>'),
    );
    expect(page.message).toMatch(/page\.xls: the file looks like a web page or an XML document, not a table/);
  });

  it('names a file that cannot be read', async () => {
    const error = await readFailure('/nonexistent/folder/people.csv');
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('/nonexistent/folder/people.csv: cannot read the file: no such file');
  });
});
