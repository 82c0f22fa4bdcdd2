import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gzip, readFailure, readTable, temporaryFiles, valuesOf } from './helpers.js';
import {
  SPREADSHEET_NAMESPACE,
  type XlsxCell,
  type XlsxSheet,
  worksheetPart,
  writeXlsx,
} from './xlsxWriter.js';

const files = temporaryFiles();

function workbook(name: string, sheets: XlsxSheet[], options = {}): Promise<string> {
  return files.write(name, writeXlsx(sheets, options));
}

const REGISTER: XlsxSheet[] = [
  {
    name: 'Removals 2019',
    rows: [
      ['Removals by country of citizenship, FY 2019'],
      ['Source: FOIA request 2020-ICFO-12345'],
      null,
      ['A-Number', 'Name', 'Removed on', 'Count', 'Verified'],
      ['012345678', 'Ana López', { number: 43480, style: 'date' }, 2, true],
      ['023456789', 'Luis Pérez', { number: 43600.75, style: 'dateTime' }, 6500, false],
    ],
  },
  { name: 'Notes', rows: [['Note'], ['Figures are provisional']] },
  { name: 'Chart', chart: true },
  { name: 'Summary', rows: [['Total', 2]] },
];

describe('openTable: XLSX sheets', () => {
  it('yields every worksheet in tab order with its rows raw, title rows included', async () => {
    const table = await readTable(await workbook('register.xlsx', REGISTER));
    expect(table).toMatchObject({ format: 'xlsx', compressed: false });
    expect(table.sheets).toEqual(['Removals 2019', 'Notes', 'Summary']);
    expect(table.all.map((row) => [row.sheet, row.row, row.values])).toEqual([
      ['Removals 2019', 1, ['Removals by country of citizenship, FY 2019']],
      ['Removals 2019', 2, ['Source: FOIA request 2020-ICFO-12345']],
      ['Removals 2019', 4, ['A-Number', 'Name', 'Removed on', 'Count', 'Verified']],
      ['Removals 2019', 5, ['012345678', 'Ana López', '2019-01-15', '2', 'TRUE']],
      ['Removals 2019', 6, ['023456789', 'Luis Pérez', '2019-05-15T18:00:00', '6500', 'FALSE']],
      ['Notes', 1, ['Note']],
      ['Notes', 2, ['Figures are provisional']],
      ['Summary', 1, ['Total', '2']],
    ]);
    expect(table.all[0]?.object).toBeUndefined();
  });

  it('reads one sheet by name, by name in another case, or by position', async () => {
    const path = await workbook('choose.xlsx', REGISTER);
    const byName = await readTable(path, { sheet: 'Notes' });
    expect(byName.sheets).toEqual(['Notes']);
    expect(valuesOf(byName.all)).toEqual([['Note'], ['Figures are provisional']]);
    expect((await readTable(path, { sheet: ' summary ' })).sheets).toEqual(['Summary']);
    const byPosition = await readTable(path, { sheet: '3' });
    expect(byPosition.sheets).toEqual(['Summary']);
    expect(byPosition.all).toEqual([{ sheet: 'Summary', row: 1, values: ['Total', '2'] }]);
  });

  it('prefers a sheet named like a number to the sheet at that position', async () => {
    const path = await workbook('years.xlsx', [
      { name: '2019', rows: [['a']] },
      { name: '1', rows: [['b']] },
    ]);
    expect(valuesOf((await readTable(path, { sheet: '1' })).all)).toEqual([['b']]);
    expect(valuesOf((await readTable(path, { sheet: '2' })).all)).toEqual([['b']]);
  });

  it('names the sheets there are when the one asked for is not there', async () => {
    const error = await readFailure(await workbook('missing.xlsx', REGISTER), { sheet: 'Removals 2020' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(
      /missing\.xlsx: there is no sheet "Removals 2020"; the sheets are "Removals 2019", "Notes", "Summary" \(or give a position, 1 to 3\)/,
    );
    const beyond = await readFailure(await workbook('beyond.xlsx', REGISTER), { sheet: '4' });
    expect(beyond.message).toMatch(/there is no sheet "4"/);
  });
});

describe('openTable: XLSX cells', () => {
  it('places sparse cells by their column letters and leaves out rows absent from the XML', async () => {
    const path = await workbook('sparse.xlsx', [
      {
        name: 'S',
        rows: [
          { row: 2, cells: { B: 'b2', D: 4 } },
          { row: 7, cells: { A: 'a7', AA: 'aa7' } },
          { row: 9, cells: { C: '' } },
          { row: 10, cells: { C: 'c10' } },
        ],
      },
    ]);
    const table = await readTable(path);
    expect(table.all.map((row) => [row.row, row.values])).toEqual([
      [2, ['', 'b2', '', '4']],
      [7, ['a7', ...Array<string>(25).fill(''), 'aa7']],
      [10, ['', '', 'c10']],
    ]);
  });

  it('reads shared, inline and rich-text strings, leaving phonetic readings out and spaces in', async () => {
    const path = await workbook('strings.xlsx', [
      {
        name: 'S',
        rows: [
          [
            'shared',
            { inline: '  inline with spaces ' },
            { runs: ['rich ', 'text'] },
            { runs: ['東京'], phonetic: 'トウキョウ' },
          ],
          ['line\r\nbreak', { inline: 'a_x000D_b' }, 'x_x005F_x0041_y'],
        ],
      },
    ]);
    const table = await readTable(path);
    expect(valuesOf(table.all)).toEqual([
      ['shared', '  inline with spaces ', 'rich text', '東京'],
      ['line\r\nbreak', 'a\rb', 'x_x0041_y'],
    ]);
  });

  it('decodes entities and character references, in shared strings and cells', async () => {
    const cells =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&#233;&#xF1;&#x1F600; &lt;b&gt; &quot;q&quot; &apos;a&apos;</t></is></c>' +
      '<c r="C1" t="str"><f>A1&amp;"!"</f><v>Tom &amp; Jerry!</v></c></row>';
    const files2 = {
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${SPREADSHEET_NAMESPACE}" xmlns:r="r"><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://x/relationships/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(
        `<sst xmlns="${SPREADSHEET_NAMESPACE}"><si><t>Smith &amp; Sons &lt;Ltd&gt;</t></si></sst>`,
      ),
      'xl/worksheets/data.xml': strToU8(worksheetPart(cells)),
    };
    const table = await readTable(await files.write('entities.xlsx', zipSync(files2)));
    expect(table.sheets).toEqual(['A & B']);
    expect(table.all[0]?.values).toEqual(['Smith & Sons <Ltd>', 'éñ😀 <b> "q" \'a\'', 'Tom & Jerry!']);
  });

  it('writes booleans as TRUE and FALSE, errors and formula text as shown, numbers as written', async () => {
    const path = await workbook('kinds.xlsx', [
      {
        name: 'K',
        rows: [
          [true, false, { error: '#N/A' }, { error: '#DIV/0!' }, { formula: 'UPPER(A1)', text: 'ANA' }],
          [
            6500,
            0.1,
            -3.25,
            1e21,
            { number: '0.10000000000000001', style: 'percent' },
            { number: 2.5, style: 'days' },
          ],
          [{ number: 1.5, style: 'elapsed' }],
        ],
      },
    ]);
    const table = await readTable(path);
    expect(valuesOf(table.all)).toEqual([
      ['TRUE', 'FALSE', '#N/A', '#DIV/0!', 'ANA'],
      ['6500', '0.1', '-3.25', '1e+21', '0.10000000000000001', '2.5'],
      ['1.5'],
    ]);
  });

  it('turns numbers under date styles into ISO dates and times (1900 system)', async () => {
    const path = await workbook('dates.xlsx', [
      {
        name: 'D',
        rows: [
          [
            { number: 1, style: 'date' },
            { number: 59, style: 'date' },
            { number: 60, style: 'date' },
            { number: 61, style: 'date' },
            { number: 43831, style: 'customDate' },
          ],
          [
            { number: 45000.5, style: 'dateTime' },
            { number: 45000.999999, style: 'dateTime' },
            { number: 0.75, style: 'time' },
            { number: 2958465, style: 'date' },
            { number: -1, style: 'date' },
          ],
        ],
      },
    ]);
    const table = await readTable(path);
    expect(valuesOf(table.all)).toEqual([
      ['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '2020-01-01'],
      ['2023-03-15T12:00:00', '2023-03-16', '18:00:00', '9999-12-31', '-1'],
    ]);
  });

  it('counts dates from 1904 in workbooks that say date1904', async () => {
    const path = await workbook(
      'mac.xlsx',
      [
        {
          name: 'D',
          rows: [
            [
              { number: 0, style: 'date' },
              { number: 42369, style: 'date' },
              { number: 1462.25, style: 'dateTime' },
            ],
          ],
        },
      ],
      {
        date1904: true,
      },
    );
    const table = await readTable(path);
    expect(table.all[0]?.values).toEqual(['00:00:00', '2020-01-01', '1908-01-02T06:00:00']);
  });

  it('reads files without shared strings, with namespace prefixes and without row or cell references', async () => {
    const data =
      '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
      '<x:row><x:c r="C2"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row><x:row r="5" spans="1:2"><x:c><x:v>5</x:v></x:c></x:row>';
    const path = await workbook('prefixed.xlsx', [{ name: 'P', xml: worksheetPart(data, 'x:') }], {
      noSharedStrings: true,
    });
    const table = await readTable(path);
    expect(table.all.map((row) => [row.row, row.values])).toEqual([
      [1, ['a', '2']],
      [2, ['', '', '3', '4']],
      [5, ['5']],
    ]);
  });

  it('reads cells alike through the fast paths and the general path (taken for prefixed names)', async () => {
    let state = 7;
    const random = (): number => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const kinds: Array<(index: number) => XlsxCell> = [
      (index) => index * 1.5,
      (index) => `shared ${index % 37} & <more>`,
      (index) => ({ inline: ` inline ${index} ` }),
      (index) => index % 2 === 0,
      (index) => ({ number: 40000 + index / 7, style: 'dateTime' }),
      (index) => ({ formula: `A${index}&"x"`, text: `f ${index}` }),
      () => ({ error: '#N/A' }),
      () => null,
    ];
    const rows = Array.from({ length: 3000 }, (_, row) =>
      Array.from({ length: 12 }, (_, column) =>
        (kinds[Math.floor(random() * kinds.length)] as (index: number) => XlsxCell)(row * 12 + column),
      ),
    );
    const sheets = [{ name: 'R', rows }];
    const plain = await readTable(await workbook('plain.xlsx', sheets));
    const prefixed = await readTable(await workbook('prefixed-random.xlsx', sheets, { prefix: 'x:' }));
    expect(plain.all).toHaveLength(3000);
    expect(prefixed.all).toEqual(plain.all);
    expect(plain.all[0]?.values.length).toBeGreaterThan(0);
  });

  it('reads a long sheet whose XML crosses many chunks', async () => {
    const rows = Array.from({ length: 20000 }, (_, index) => [
      index + 1,
      `name ${index % 500}`,
      { inline: `note & ${index}` },
    ]);
    const table = await readTable(await workbook('long.xlsx', [{ name: 'L', rows }]));
    expect(table.all).toHaveLength(20000);
    expect(table.all[19999]).toEqual({
      sheet: 'L',
      row: 20000,
      values: ['20000', 'name 499', 'note & 19999'],
    });
    expect(table.all.every((row, index) => row.values[0] === String(index + 1))).toBe(true);
  });

  it('reads a gzipped workbook', async () => {
    const table = await readTable(await files.write('register.xlsx.gz', gzip(writeXlsx(REGISTER))), {
      sheet: 'Notes',
    });
    expect(table).toMatchObject({ format: 'xlsx', compressed: true, sheets: ['Notes'] });
    expect(valuesOf(table.all)).toEqual([['Note'], ['Figures are provisional']]);
  });
});
