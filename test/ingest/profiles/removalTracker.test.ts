import { describe, expect, it } from 'vitest';
import { removalTracker } from '../../../src/core/importing/profiles/removalTracker.js';
import { countByKind, expectAllValid, fact, rejections, runFixture } from './harness.js';

const run = await runFixture(removalTracker, 'removal-tracker.csv');
const SCRAPE_WARNING =
  '2025-09-01 is the date of 5 rows: likely the date the page was scraped, not of the event';

describe('profile removal-tracker on removal-tracker.csv', () => {
  it('maps the reports, rejects the bad rows and takes page links for junk', () => {
    expect(run.headerRow).toBe(1);
    expect(rejections(run)).toEqual({
      11: ["date_range_end: 2025-08-20 is before the row's date 2025-09-01"],
      12: ['destination_country: NARNIA: not a country this importer knows'],
    });
    expect([...run.junk.entries()].map(([row, problem]) => [row, problem?.reason])).toEqual([
      [15, 'skipped: a row of page links, not data (https://tracker.example.org/?page=2)'],
      [16, 'skipped: a row of page links, not data (Next »)'],
      [17, 'skipped: a row of page links, not data (Page 3 of 3)'],
    ]);
    expect(countByKind(run)).toEqual({ reportedCount: 11 });
  });

  it('emits counts that pass their schema once the writer completes them', () => {
    expectAllValid(run);
  });

  it('keys a report by destination and dates, never by the count a correction may change', () => {
    expect(fact(run, 'reportedCount', 'tracker:CRI|2025-02-20|2025-02-25').data).toEqual({
      count: 200,
      qualifier: 'about',
      toCountry: 'CRI',
      dateFrom: '2025-02-20',
      dateTo: '2025-02-25',
      nationalities: ['IRN', 'AFG', 'CHN'],
      group: 'Iranian, Afghan, Chinese',
      description: 'Two flights; held in a migrant centre near the border.',
      note: 'Sources:\nhttps://example.org/news/1\nhttps://example.org/news/2',
    });
  });

  it('reads counts that lost their thousands and open-ended counts', () => {
    expect(fact(run, 'reportedCount', 'tracker:MEX|2025-06-01|2025-06-30').data.count).toBe(6500);
    expect(fact(run, 'reportedCount', 'tracker:GTM|2025-09-01|').data.count).toBe(6500);
    expect(fact(run, 'reportedCount', 'tracker:UGA|2025-09-01|').data).toMatchObject({
      count: 300,
      qualifier: 'at_least',
    });
  });

  it('resolves nationalities in English and Spanish, and names none for `Various`', () => {
    const nationalities = (key: string) => fact(run, 'reportedCount', key).data.nationalities;
    expect(nationalities('tracker:SWZ|2025-07-16|')).toEqual(['VNM', 'JAM', 'LAO', 'CUB', 'YEM']);
    expect(nationalities('tracker:MEX|2025-06-01|2025-06-30')).toEqual(['VEN', 'CUB']);
    expect(nationalities('tracker:GTM|2025-09-01|')).toEqual(['SLV', 'HND']);
    expect(nationalities('tracker:UGA|2025-09-01|')).toEqual(['COD']);
    expect(nationalities('tracker:PAN|2025-02-13|')).toEqual([]);
    expect(nationalities('tracker:RWA|2025-09-01|')).toEqual(['IRN']);
  });

  it('flags the scrape date shared by many rows, and a nationality it cannot place', () => {
    expect(run.warnings.map((problem) => [problem.row, problem.column, problem.reason])).toEqual([
      [8, 'date', SCRAPE_WARNING],
      [9, 'date', SCRAPE_WARNING],
      [
        9,
        'origin_nationalities',
        'Kurdish: not a nationality of one country this importer knows; left out of the nationalities',
      ],
      [10, 'date', SCRAPE_WARNING],
      [
        13,
        'number_removed',
        '6.5: not a whole number of persons (a thousands group has three digits): the event is kept, its size unknown',
      ],
      [14, 'date', SCRAPE_WARNING],
    ]);
  });

  it('keeps an unreadable count as a removal of unknown size, the reason on the fact', () => {
    expect(fact(run, 'reportedCount', 'tracker:HND|2025-05-05|').data).toMatchObject({
      count: null,
      qualifier: 'exact',
      warnings: [
        {
          column: 'number_removed',
          value: '6.5',
          reason:
            '6.5: not a whole number of persons (a thousands group has three digits): the event is kept, its size unknown',
        },
      ],
    });
  });

  it('carries the scrape-date warning on the fact read from that cell', () => {
    expect(fact(run, 'reportedCount', 'tracker:GTM|2025-09-01|').data.warnings).toEqual([
      { column: 'date', value: '2025-09-01', reason: SCRAPE_WARNING },
    ]);
    expect(fact(run, 'reportedCount', 'tracker:PAN|2025-02-13|').data.warnings).toBeUndefined();
  });

  it('reads US dates of a column whose order the file settles, and cuts long notes to the limit', () => {
    expect(fact(run, 'reportedCount', 'tracker:SSD|2025-07-05|').data).toMatchObject({
      dateFrom: '2025-07-05',
      note: 'Sources:\nhttps://example.org/news/6\nhttps://example.org/news/7',
    });
    const description = fact(run, 'reportedCount', 'tracker:SLV|2025-03-15|').data.description as string;
    expect(description.length).toBeLessThanOrEqual(2000);
    expect(description.length).toBeGreaterThan(1900);
    expect(description.endsWith('…')).toBe(true);
  });
});
