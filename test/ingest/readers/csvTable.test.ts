import { describe, expect, it } from 'vitest';
import { openTable } from '../../../src/ingest/readers/table.js';
import { detectDelimiterOverLines } from '../../../src/ingest/readers/csvDelimiter.js';
import {
  collect,
  gzip,
  openDescriptors,
  readFailure,
  readTable,
  temporaryFiles,
  valuesOf,
} from './helpers.js';

const files = temporaryFiles();

describe('openTable: CSV', () => {
  it('yields every record raw, the header included, with the line it starts on', async () => {
    const path = await files.write(
      'people.csv',
      'id,name , dob\n1, Ana ,1990\n\n2,"Luis\nAlberto",1985\n3,Eva,\n',
    );
    const table = await readTable(path);
    expect(table).toMatchObject({ format: 'csv', compressed: false, delimiter: ',', encoding: 'utf8' });
    expect(table.sheets).toEqual([null]);
    expect(table.header).toBeUndefined();
    expect(table.all).toEqual([
      { sheet: null, row: 1, values: ['id', 'name ', ' dob'] },
      { sheet: null, row: 2, values: ['1', ' Ana ', '1990'] },
      { sheet: null, row: 4, values: ['2', 'Luis\nAlberto', '1985'] },
      { sheet: null, row: 6, values: ['3', 'Eva', ''] },
    ]);
  });

  it('keeps title rows above the header, and detects the delimiter from the table below them', async () => {
    const content =
      'Removals by country, FY 2019\nSource: FOIA 2020-ICFO-12345, page 3\n\nA-Number;Name;Country\n012345678;Ana;GT\n023456789;Luis;HN\n';
    const table = await readTable(await files.write('titled.csv', content));
    expect(table.delimiter).toBe(';');
    expect(table.all.map((row) => [row.row, row.values])).toEqual([
      [1, ['Removals by country, FY 2019']],
      [2, ['Source: FOIA 2020-ICFO-12345, page 3']],
      [4, ['A-Number', 'Name', 'Country']],
      [5, ['012345678', 'Ana', 'GT']],
      [6, ['023456789', 'Luis', 'HN']],
    ]);
  });

  it('reads TSV and .txt files, and takes a delimiter given', async () => {
    const tsv = await readTable(await files.write('a.tsv', 'id\tname\n1\tAna, María\n'));
    expect(tsv.delimiter).toBe('\t');
    expect(valuesOf(tsv.all)).toEqual([
      ['id', 'name'],
      ['1', 'Ana, María'],
    ]);
    const txt = await readTable(await files.write('a.txt', 'id|name\n1|Ana\n'));
    expect(txt).toMatchObject({ format: 'csv', delimiter: '|' });
    const given = await readTable(await files.write('given.csv', 'a;b,c\n1;2,3\n'), { delimiter: ',' });
    expect(valuesOf(given.all)).toEqual([
      ['a;b', 'c'],
      ['1;2', '3'],
    ]);
  });

  it('drops a UTF-8 byte-order mark and reads Windows-1252 text', async () => {
    const bom = await readTable(await files.write('bom.csv', '\ufeffnombre,país\nJosé,México\n'));
    expect(bom.encoding).toBe('utf8');
    expect(valuesOf(bom.all)).toEqual([
      ['nombre', 'país'],
      ['José', 'México'],
    ]);
    const latin = await readTable(
      await files.write('latin.csv', Buffer.from('nombre;país\nJosé;Perú\n', 'latin1')),
    );
    expect(latin.encoding).toBe('latin1');
    expect(valuesOf(latin.all)).toEqual([
      ['nombre', 'país'],
      ['José', 'Perú'],
    ]);
  });

  it('decodes Windows-1252 punctuation that ISO-8859-1 lacks', async () => {
    const bytes = Buffer.concat([
      Buffer.from('a,b\n', 'latin1'),
      Buffer.from([0x93, 0x41, 0x94, 0x2c, 0x80, 0x0a]),
    ]);
    const table = await readTable(await files.write('cp1252.csv', bytes));
    expect(table.encoding).toBe('latin1');
    expect(table.all[1]?.values).toEqual(['“A”', '€']);
  });

  it('reads gzipped files, detecting the delimiter and encoding from the decompressed text', async () => {
    const rows = Array.from({ length: 5000 }, (_, index) => `${index};Pérez ${index};"a;b"`).join('\n');
    const path = await files.write('big.csv.gz', gzip(`id;name;note\n${rows}\n`));
    const table = await readTable(path);
    expect(table).toMatchObject({ format: 'csv', compressed: true, delimiter: ';', encoding: 'utf8' });
    expect(table.all).toHaveLength(5001);
    expect(table.all[5000]).toEqual({ sheet: null, row: 5001, values: ['4999', 'Pérez 4999', 'a;b'] });
    const latin = await readTable(
      await files.write('latin.csv.gz', gzip(Buffer.from('a,b\nJosé,1\n', 'latin1'))),
    );
    expect(latin.encoding).toBe('latin1');
    expect(latin.all[1]?.values).toEqual(['José', '1']);
  });

  it('names the file and the line of a malformed record', async () => {
    const error = await readFailure(await files.write('bad.csv', 'a,b\n1,"x"y\n'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/bad\.csv line 2: unexpected "y" after the closing quote/);
  });

  it('reports a truncated gzip file as such', async () => {
    const whole = gzip(Array.from({ length: 20000 }, (_, index) => `${index},name ${index}`).join('\n'));
    const path = await files.write('truncated.csv.gz', whole.subarray(0, whole.length - 200));
    const error = await readFailure(path);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/truncated\.csv\.gz: cannot read the file: the gzip data ends too early/);
  });

  it('closes the file when iteration stops early, gzipped or not', async () => {
    const content = Array.from({ length: 50000 }, (_, index) => `${index},x`).join('\n');
    const plain = await files.write('many.csv', content);
    const compressed = await files.write('many.csv.gz', gzip(content));
    const before = openDescriptors();
    for (const path of [plain, compressed]) {
      const table = await openTable(path);
      let seen = 0;
      for await (const row of table.rows) {
        seen = row.row;
        if (seen === 3) break;
      }
      expect(seen).toBe(3);
      const unread = await openTable(path);
      await unread.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openDescriptors()).toBe(before);
  });

  it('can be iterated only once', async () => {
    const table = await openTable(await files.write('once.csv', 'a\n1\n'));
    expect(await collect(table.rows)).toHaveLength(2);
    expect(await collect(table.rows)).toHaveLength(0);
  });
});

describe('detectDelimiterOverLines', () => {
  it('picks the delimiter that splits the most records alike', () => {
    expect(detectDelimiterOverLines('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiterOverLines('Report, 2019\n\nx;y;z\n1;2;3\n4;5;6\n')).toBe(';');
    expect(detectDelimiterOverLines('id\tnote\n1\ta, b\n2\tc\n')).toBe('\t');
    expect(detectDelimiterOverLines('"a;b",c\n"1;2",3\n')).toBe(',');
    expect(detectDelimiterOverLines('name\nAna\n')).toBe(',');
    expect(detectDelimiterOverLines('')).toBe(',');
  });
});
