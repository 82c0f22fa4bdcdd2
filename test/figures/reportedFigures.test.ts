import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { reportedCountSchema } from '../../src/core/entities/index.js';
import { monthBucket, reportedCountFigures } from '../../src/core/figures/reportedFigureTables.js';
import {
  combineQualifiers,
  reportedFigure,
  ReportedFigureGraph,
  type CountEntry,
} from '../../src/core/figures/reportedFigures.js';
import { parsePartialDate } from '../../src/core/values/partialDate.js';

/** A reported count as the schema outputs it: March 2025 to El Salvador unless told otherwise. */
function count(
  id: string,
  fields: Partial<z.input<typeof reportedCountSchema>> & { count: number | null },
): CountEntry {
  const data = reportedCountSchema.parse({
    toCountry: 'SLV',
    dateFrom: '2025-03-15',
    sourceIds: [`src_${id}`],
    ...fields,
  });
  return { id: `cnt_${id}`, data };
}

const totals = (figure: ReturnType<typeof reportedFigure>) => ({
  min: figure.min,
  max: figure.max,
  qualifier: figure.qualifier,
  events: figure.events,
  unknownSizeEvents: figure.unknownSizeEvents,
});

describe('breakdowns (partOf)', () => {
  const march = [
    count('ven', { count: 238 }),
    count('slv', { count: 23 }),
    count('aea', { count: 137, basis: 'AEA', partOf: 'cnt_ven' }),
    count('convicted', { count: 32, partOf: 'cnt_ven' }),
    count('violent', { count: 6, partOf: 'cnt_convicted' }),
    count('immigration', { count: 130, partOf: 'cnt_ven' }),
  ];

  it('are listed under their whole and never added to it: 261, not 566', () => {
    const figure = reportedFigure(march);
    expect(totals(figure)).toEqual({
      min: 261,
      max: 261,
      qualifier: 'exact',
      events: 2,
      unknownSizeEvents: 0,
    });
    expect(figure.breakdowns).toBe(4);
    expect(figure.countIds).toHaveLength(6);
    // Items in date order, then by id.
    const [salvadorans, venezuelans] = figure.items;
    expect(venezuelans).toMatchObject({ event: 'cnt_ven', min: 238, max: 238, breakdownExceedsWhole: false });
    expect(
      venezuelans?.breakdowns.map((breakdown) => [breakdown.event, breakdown.min, breakdown.partOf]),
    ).toEqual([
      ['cnt_aea', 137, ['cnt_ven']],
      ['cnt_convicted', 32, ['cnt_ven']],
      ['cnt_immigration', 130, ['cnt_ven']],
      ['cnt_violent', 6, ['cnt_convicted']],
    ]);
    expect(salvadorans).toMatchObject({ event: 'cnt_slv', min: 23, breakdowns: [] });
  });

  it('stand on their own where their whole is not among the counts (a table by basis)', () => {
    const graph = new ReportedFigureGraph(march);
    expect(graph.figure(['cnt_aea']).min).toBe(137);
    expect(graph.figure(['cnt_violent', 'cnt_ven']).min).toBe(238);
    // The 6 are part of the 32, which is part of the 238: through a count outside the set, still part of it.
    expect(graph.figure(['cnt_violent', 'cnt_ven']).items[0]?.breakdowns[0]?.event).toBe('cnt_violent');
  });

  it('never change a total when removed', () => {
    const without = march.filter((entry) => entry.id !== 'cnt_immigration');
    expect(totals(reportedFigure(without))).toEqual(totals(reportedFigure(march)));
  });

  it('flag a breakdown larger than its whole, and still add only the whole', () => {
    const figure = reportedFigure([
      count('whole', { count: 200, qualifier: 'about' }),
      count('part', { count: 500, partOf: 'cnt_whole' }),
    ]);
    expect(figure).toMatchObject({ min: 200, max: 200, qualifier: 'about' });
    expect(figure.items[0]?.breakdownExceedsWhole).toBe(true);
  });

  it('of a whole of unknown size leave it of unknown size', () => {
    const figure = reportedFigure([
      count('flight', { count: null }),
      count('children', { count: 81, partOf: 'cnt_flight' }),
    ]);
    expect(totals(figure)).toEqual({
      min: null,
      max: null,
      qualifier: 'at_least',
      events: 1,
      unknownSizeEvents: 1,
    });
    expect(figure.items[0]?.breakdowns[0]?.min).toBe(81);
  });
});

describe('the same event (sameEventAs)', () => {
  it('is one event with a range over its sources, each count listed', () => {
    const figure = reportedFigure([
      count('white_house', { count: 238 }),
      count('court', { count: 250, sameEventAs: 'cnt_white_house' }),
      count('press', { count: 240, sameEventAs: 'cnt_court' }),
      count('salvadorans', { count: 23 }),
    ]);
    expect(totals(figure)).toEqual({
      min: 261,
      max: 273,
      qualifier: 'exact',
      events: 2,
      unknownSizeEvents: 0,
    });
    const [event] = figure.items;
    expect(event?.counts.map((entry) => [entry.id, entry.count, entry.sourceIds])).toEqual([
      ['cnt_court', 250, ['src_court']],
      ['cnt_press', 240, ['src_press']],
      ['cnt_white_house', 238, ['src_white_house']],
    ]);
    expect(figure.sourceIds).toEqual(['src_court', 'src_press', 'src_salvadorans', 'src_white_house']);
  });

  it('reported once with a number and once without is of that number', () => {
    const figure = reportedFigure([
      count('a', { count: 14 }),
      count('b', { count: null, sameEventAs: 'cnt_a' }),
    ]);
    expect(totals(figure)).toEqual({ min: 14, max: 14, qualifier: 'exact', events: 1, unknownSizeEvents: 0 });
  });

  it('may be a breakdown as a whole: one report of it part of another count is enough', () => {
    const figure = reportedFigure([
      count('all', { count: 200 }),
      count('children_ap', { count: 81, partOf: 'cnt_all' }),
      count('children_court', { count: 85, sameEventAs: 'cnt_children_ap' }),
    ]);
    expect(totals(figure)).toMatchObject({ min: 200, max: 200, events: 1 });
    expect(figure.items[0]?.breakdowns).toHaveLength(1);
    expect(figure.items[0]?.breakdowns[0]).toMatchObject({ min: 81, max: 85, partOf: ['cnt_all'] });
  });
});

describe('the same persons (samePersonsAs)', () => {
  const djibouti = count('djibouti', { count: 8, toCountry: 'DJI', dateFrom: '2025-05-20' });
  const southSudan = count('south_sudan', {
    count: 8,
    toCountry: 'SSD',
    dateFrom: '2025-07-04',
    samePersonsAs: 'cnt_djibouti',
  });

  it('are counted once: 8, not 16, with the later move listed', () => {
    const figure = reportedFigure([southSudan, djibouti]);
    expect(totals(figure)).toEqual({ min: 8, max: 8, qualifier: 'exact', events: 1, unknownSizeEvents: 0 });
    expect(figure.items[0]?.event).toBe('cnt_djibouti');
    expect(figure.items[0]?.samePersons.map((event) => event.event)).toEqual(['cnt_south_sudan']);
  });

  it('are counted in each table cell they fall in (each destination received them)', () => {
    const figures = reportedCountFigures([djibouti, southSudan]);
    expect(figures.byDestination.map((row) => [row.key, row.figure.min])).toEqual([
      ['DJI', 8],
      ['SSD', 8],
    ]);
    expect(figures.overall.min).toBe(8);
  });

  it('the larger number counts when moves of them disagree; some of them sent on add nobody', () => {
    const figure = reportedFigure([
      count('ghana', { count: 14, toCountry: 'GHA' }),
      count('nigeria', { count: null, toCountry: 'NGA', dateFrom: '2025-09', samePersonsAs: 'cnt_ghana' }),
      count('gambia', { count: 15, toCountry: 'GMB', dateFrom: '2025-09', samePersonsAs: 'cnt_ghana' }),
    ]);
    expect(totals(figure)).toEqual({ min: 15, max: 15, qualifier: 'exact', events: 1, unknownSizeEvents: 0 });
  });
});

describe('events of unknown size', () => {
  it('are counted as events, never as zero', () => {
    const figure = reportedFigure([
      count('one', { count: null }),
      count('two', { count: null, dateFrom: '2025-10' }),
      count('three', { count: null, dateFrom: '2025-11' }),
    ]);
    expect(totals(figure)).toEqual({
      min: null,
      max: null,
      qualifier: 'at_least',
      events: 3,
      unknownSizeEvents: 3,
    });
  });

  it('make a total with numbers an at-least total', () => {
    const figure = reportedFigure([count('five', { count: 5 }), count('more', { count: null })]);
    expect(totals(figure)).toEqual({
      min: 5,
      max: 5,
      qualifier: 'at_least',
      events: 2,
      unknownSizeEvents: 1,
    });
  });
});

describe('qualifiers', () => {
  it('carry into the total', () => {
    const about = reportedFigure([count('a', { count: 200, qualifier: 'about' }), count('b', { count: 5 })]);
    expect(about).toMatchObject({ min: 205, max: 205, qualifier: 'about' });
    const atLeast = reportedFigure([
      count('a', { count: 5, qualifier: 'at_least' }),
      count('b', { count: 3 }),
    ]);
    expect(atLeast).toMatchObject({ min: 8, qualifier: 'at_least' });
    expect(combineQualifiers(['at_least', 'at_most'])).toBe('about');
    expect(combineQualifiers(['exact', 'at_most'])).toBe('at_most');
    expect(combineQualifiers([])).toBe('exact');
  });

  it('are refused on a count of unknown size', () => {
    const result = reportedCountSchema.safeParse({
      count: null,
      qualifier: 'about',
      toCountry: 'SLV',
      dateFrom: '2025',
      sourceIds: ['src_a'],
    });
    expect(result.success).toBe(false);
  });
});

describe('robustness', () => {
  it('reads relations that loop as the same persons, and ignores relations to counts it was not given', () => {
    const figure = reportedFigure([
      count('a', { count: 10, partOf: 'cnt_b' }),
      count('b', { count: 12, partOf: 'cnt_a' }),
      count('c', { count: 3, samePersonsAs: 'cnt_missing' }),
    ]);
    expect(totals(figure)).toEqual({ min: 15, max: 15, qualifier: 'exact', events: 2, unknownSizeEvents: 0 });
  });

  it('of an empty set is zero, exactly', () => {
    expect(totals(reportedFigure([]))).toEqual({
      min: 0,
      max: 0,
      qualifier: 'exact',
      events: 0,
      unknownSizeEvents: 0,
    });
  });

  it('refuses one count related to another in two ways', () => {
    const result = reportedCountSchema.safeParse({
      count: 3,
      toCountry: 'SLV',
      dateFrom: '2025',
      partOf: 'cnt_a',
      samePersonsAs: 'cnt_a',
      sourceIds: ['src_a'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['samePersonsAs']);
  });
});

describe('tables', () => {
  it('bucket months as the transfer tables do', () => {
    const bucket = (dateFrom: string, dateTo?: string) =>
      monthBucket({
        dateFrom: parsePartialDate(dateFrom),
        dateTo: dateTo ? parsePartialDate(dateTo) : undefined,
      });
    expect(bucket('2025-03-15', '2025-03-16')).toBe('2025-03');
    expect(bucket('2025')).toBe('2025');
    expect(bucket('2019-11', '2021-02')).toBe('2019-11/2021-02');
    expect(bucket('2025-08')).toBe('2025-08');
  });

  it('group by agreement, destination, month and basis, the null key last', () => {
    const figures = reportedCountFigures([
      count('ven', { count: 238, agreementId: 'agr_slv' }),
      count('slv', { count: 23, agreementId: 'agr_slv' }),
      count('aea', { count: 137, basis: 'AEA', partOf: 'cnt_ven', agreementId: 'agr_slv' }),
      count('panama', { count: 300, qualifier: 'about', toCountry: 'PAN', dateFrom: '2025-02-12' }),
    ]);
    expect(figures.records).toBe(4);
    expect(figures.overall).toMatchObject({ min: 561, max: 561, qualifier: 'about', events: 3 });
    const cells = (rows: typeof figures.byBasis) => rows.map((row) => [row.key, row.figure.min]);
    expect(cells(figures.byAgreement)).toEqual([
      ['agr_slv', 261],
      [null, 300],
    ]);
    expect(cells(figures.byBasis)).toEqual([
      ['AEA', 137],
      [null, 561],
    ]);
    expect(cells(figures.byMonth)).toEqual([
      ['2025-02', 300],
      ['2025-03', 261],
    ]);
    expect(cells(figures.byDestination)).toEqual([
      ['PAN', 300],
      ['SLV', 261],
    ]);
  });
});
