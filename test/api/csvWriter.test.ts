import { describe, expect, it } from 'vitest';
import { csvCell, csvText, exportFileName, wantsCsv } from '../../src/api/csv.js';
import { crossTabTable, figuresTable, itemsTable } from '../../src/api/csvTables.js';
import type { CrossTabAnswer } from '../../src/core/figures/crossTabView.js';

describe('CSV cells', () => {
  it('prefixes with a quote what a spreadsheet would run as a formula (OWASP), and nothing else', () => {
    for (const text of [
      '=1+1',
      '+41 22',
      '-2',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '＝1+1',
      '＋1',
      '－1',
      '＠x',
      ' =1',
      '\n\t-1',
    ])
      expect(csvCell(text), JSON.stringify(text)).toMatch(/^"?'/);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const text of ['José', 'a=b', "'quoted", ' x', '2025-03', '(none)', '[1]', 'a, b'])
      expect(csvCell(text), text).toBe(text.includes(',') ? `"${text}"` : text);
    // Numbers are figures, not text: a negative count stays a number.
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes delimiters, quotes and line breaks, and writes a BOM and CRLF lines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(
      csvText([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('\uFEFFa,b\r\n1,\r\n');
  });
});

describe('content negotiation', () => {
  it('takes format= first, then an Accept that names text/csv at least as strongly as JSON', () => {
    expect(wantsCsv('csv', 'application/json')).toBe(true);
    expect(wantsCsv('json', 'text/csv')).toBe(false);
    expect(wantsCsv(undefined, undefined)).toBe(false);
    expect(wantsCsv(undefined, 'text/csv')).toBe(true);
    expect(wantsCsv(undefined, 'Text/CSV; charset=utf-8')).toBe(true);
    expect(wantsCsv(undefined, 'application/json, text/csv')).toBe(true);
    expect(wantsCsv(undefined, 'text/csv;q=0.5, application/json')).toBe(false);
    expect(wantsCsv(undefined, 'text/csv;q=0')).toBe(false);
    expect(wantsCsv(undefined, 'text/html,application/xhtml+xml,*/*;q=0.8')).toBe(false);
    expect(wantsCsv(undefined, 'text/*')).toBe(false);
  });
});

describe('file names', () => {
  it('are ASCII, name the parameters and the time, and stay short', () => {
    const at = new Date('2026-12-07T21:12:00.123Z');
    expect(exportFileName('stats', new URLSearchParams('rows=month&destination=El Salvador'), at)).toBe(
      'custodia-stats_rows-month_destination-El-Salvador_20261207T211200Z.csv',
    );
    expect(exportFileName('findings', new URLSearchParams(), at)).toBe(
      'custodia-findings_20261207T211200Z.csv',
    );
    const long = exportFileName('persons', new URLSearchParams({ q: 'Ñ'.repeat(40) + 'x'.repeat(400) }), at);
    expect(long.length).toBeLessThan(220);
    expect(long).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});

describe('tables', () => {
  it('spreads objects into dotted columns, keeps arrays and opaque paths as JSON, leading columns first', () => {
    const rows = itemsTable(
      [
        { id: 'a', zeta: 1, retracted: null, record: { name: 'x', ids: [{ kind: 'k' }] }, facts: { any: 1 } },
        { id: 'b', retracted: { at: 't', reason: 'r' }, record: { name: 'y', ids: [] }, facts: {} },
      ],
      { leading: ['id', 'missing'], opaque: ['facts'] },
    );
    expect(rows).toEqual([
      ['id', 'missing', 'facts', 'record.ids', 'record.name', 'retracted.at', 'retracted.reason', 'zeta'],
      ['a', null, '{"any":1}', '[{"kind":"k"}]', 'x', null, null, 1],
      ['b', null, '{}', '[]', 'y', 't', 'r', null],
    ]);
    expect(itemsTable([], { leading: ['id'] })).toEqual([['id']]);
  });

  it('writes a cross-tab as a grid with zeros, totals and (none) for null keys', () => {
    const answer = {
      rows: 'nationality',
      columns: 'severity',
      cells: [
        { row: 'SLV', column: 'violation', value: 2 },
        { row: null, column: null, value: 1 },
      ],
      rowTotals: [
        { key: 'SLV', value: 2 },
        { key: null, value: 1 },
      ],
      columnTotals: [
        { key: 'violation', value: 2 },
        { key: null, value: 1 },
      ],
      total: 3,
    } as unknown as CrossTabAnswer;
    expect(crossTabTable(answer)).toEqual([
      ['nationality', 'violation', '(none)', 'total'],
      ['SLV', 2, 0, 2],
      ['(none)', 0, 1, 1],
      ['total', 2, 1, 3],
    ]);
  });

  it('writes figures as a long table, saying which cells are suppressed and which tables withheld', () => {
    const rows = figuresTable({
      note: 'words are left out',
      suppressionThreshold: 5,
      individualTransfers: {
        statuses: ['completed'],
        total: 12,
        byMonth: [
          { key: '2025-03', value: 9 },
          { key: null, value: null, suppressed: true },
        ],
        byBasis: [],
        withheld: ['byAgreement'],
      },
    });
    expect(rows).toEqual([
      ['table', 'key', 'value', 'note'],
      ['suppressionThreshold', null, 5, null],
      ['individualTransfers.total', null, 12, null],
      ['individualTransfers.byMonth', '2025-03', 9, null],
      ['individualTransfers.byMonth', '(none)', null, 'suppressed'],
      ['individualTransfers.byAgreement', null, null, 'withheld'],
    ]);
  });
});
