import { describe, expect, it } from 'vitest';
import { frontexReturns } from '../../../src/core/importing/profiles/frontexReturns.js';
import { byKey, countByKind, expectAllValid, fact, rejections, runFixture } from './harness.js';

const run = await runFixture(frontexReturns, 'frontex-returns.csv');

describe('profile frontex-returns on frontex-returns.csv', () => {
  it('maps the operations, rejects the bad rows and skips the junk', () => {
    expect(run.headerRow).toBe(1);
    expect(rejections(run)).toEqual({
      8: ['DEST: Atlantis: not a country this importer knows'],
      10: ['DATE: 2013-06-31T00:00:00Z: June has no day 31'],
    });
    expect([...run.junk.entries()].map(([row, problem]) => [row, problem?.reason])).toEqual([
      [15, 'skipped: a repeated header row'],
      [16, 'skipped: a total line (Total)'],
      [17, 'skipped: a row of page links, not data (https://example.org/statewatch/frontex-returns.pdf)'],
    ]);
    expect(countByKind(run)).toEqual({ reportedCount: 10 });
  });

  it('emits counts that pass their schema once the writer completes them', () => {
    expectAllValid(run);
  });

  it('keeps one count per sending state of a joint operation', () => {
    expect(fact(run, 'reportedCount', 'frontex:RO-2013-001|DEU|SRB').data).toEqual({
      count: 42,
      qualifier: 'exact',
      fromCountry: 'DEU',
      toCountry: 'SRB',
      dateFrom: '2013-01-24',
      description: 'Frontex-coordinated return operation RO-2013-001',
      note: undefined,
      withheld: undefined,
    });
    expect(fact(run, 'reportedCount', 'frontex:RO-2013-001|AUT|SRB').data.count).toBe(7);
  });

  it('reads thousands separators, both date styles and names in any case', () => {
    expect(fact(run, 'reportedCount', 'frontex:RO-2013-002|ESP|COL').data.count).toBe(1012);
    expect(fact(run, 'reportedCount', 'frontex:RO-2014-003|DEU|XKX').data).toMatchObject({
      count: 6500,
      dateFrom: '2014-03-03',
    });
    expect(fact(run, 'reportedCount', 'frontex:RO-2013-004|NLD|COD').data.dateFrom).toBe('2013-03-15');
    expect(fact(run, 'reportedCount', 'frontex:RO-2013-005|FRA|XKX').data.toCountry).toBe('XKX');
  });

  it('keeps only the year of a 31 December filler date, and says so', () => {
    expect(fact(run, 'reportedCount', 'frontex:RO-2013-003|ITA|NGA').data.dateFrom).toBe('2013');
    expect(fact(run, 'reportedCount', 'frontex:RO-2014-001|BEL|ALB').data).toMatchObject({
      dateFrom: '2014',
      count: 2150,
    });
    expect(run.warnings.map((problem) => [problem.row, problem.column, problem.reason])).toEqual([
      [5, 'DATE', '31 December stands for a missing date in this data set; kept as 2013'],
      [
        9,
        'N_RETURNEES',
        '12.5: not a whole number of persons (a thousands group has three digits): the event is kept, its size unknown',
      ],
      [11, 'DATE', '31 December stands for a missing date in this data set; kept as 2014'],
    ]);
    expect(fact(run, 'reportedCount', 'frontex:RO-2013-003|ITA|NGA').data.warnings).toEqual([
      {
        column: 'DATE',
        value: '2013-12-31T00:00:00Z',
        reason: '31 December stands for a missing date in this data set; kept as 2013',
      },
    ]);
  });

  it('leaves the legal basis to whoever knows it', () => {
    expect([...byKey(run, 'reportedCount').values()].every((count) => count.data.basis === undefined)).toBe(
      true,
    );
  });
});
