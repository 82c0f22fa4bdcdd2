import { describe, expect, it } from 'vitest';
import { countrySchema, isFormerState, resolveCountry } from '../../src/core/values/country.js';
import { formatInLocalOffset, instantSchema, parseInstant } from '../../src/core/values/instant.js';
import {
  comparePartialDates,
  earliestDay,
  latestDay,
  parsePartialDate,
  partialDateInRange,
  partialDateProblem,
  precisionOf,
  sortPartialDates,
} from '../../src/core/values/partialDate.js';
import { certaintyAt } from '../../src/core/usecases/agreementView.js';

const date = parsePartialDate;

describe('partial dates', () => {
  it('accepts year, month and day precision and rejects impossible dates', () => {
    expect(precisionOf(date('2025'))).toBe('year');
    expect(precisionOf(date('2025-03'))).toBe('month');
    expect(precisionOf(date('2024-02-29'))).toBe('day');
    expect(partialDateProblem('2025-02-29')).toMatch(/day 29 does not exist/);
    expect(partialDateProblem('2025-02-30')).toMatch(/does not exist/);
    expect(partialDateProblem('2025-13')).toMatch(/month 13/);
    expect(partialDateProblem('2025-00')).toMatch(/month 00/);
    expect(partialDateProblem('2025-3-1')).toBeDefined();
    expect(partialDateProblem('15/03/2025')).toBeDefined();
  });

  it('knows the days a partial date may denote without picking one', () => {
    expect([earliestDay(date('2024-02')), latestDay(date('2024-02'))]).toEqual(['2024-02-01', '2024-02-29']);
    expect([earliestDay(date('2025')), latestDay(date('2025'))]).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('compares as before, after, same or overlapping (undecided)', () => {
    expect(comparePartialDates(date('2025-03'), date('2025-04-01'))).toBe('before');
    expect(comparePartialDates(date('2025'), date('2025-03-15'))).toBe('overlapping');
    expect(comparePartialDates(date('2025-03'), date('2025-03'))).toBe('overlapping');
    expect(comparePartialDates(date('2025-03-15'), date('2025-03-15'))).toBe('same');
    expect(comparePartialDates(date('2026'), date('2025-12-31'))).toBe('after');
  });

  it('sorts by earliest day, the more precise first', () => {
    const sorted = ['2025', '2025-03', '2025-03-01', '2024-12'].map(date).sort(sortPartialDates);
    expect(sorted).toEqual(['2024-12', '2025', '2025-03-01', '2025-03']);
  });

  it('filters wholly inside a range, or possibly inside it', () => {
    expect(partialDateInRange(date('2025-03'), { from: date('2025-03-01'), to: date('2025-03-31') })).toBe(
      true,
    );
    expect(partialDateInRange(date('2025'), { from: date('2025-03'), to: date('2025-03') })).toBe(false);
    expect(partialDateInRange(date('2025'), { from: date('2025-03'), to: date('2025-03') }, 'overlaps')).toBe(
      true,
    );
  });

  it('decides whether a dated term is in force, or says it cannot tell', () => {
    expect(certaintyAt(date('2025-03'), undefined, date('2025-06'))).toBe('in_force');
    expect(certaintyAt(date('2025-03'), undefined, date('2025-03-10'))).toBe('uncertain');
    expect(certaintyAt(date('2025-03'), date('2025-12'), date('2026'))).toBe('not_in_force');
  });
});

describe('instants', () => {
  it('keeps UTC and the offset written, and can show the local time again', () => {
    const instant = parseInstant('2025-03-15T17:45:00-05:00');
    expect(instant).toEqual({ utc: '2025-03-15T22:45:00.000Z', offset: '-05:00' });
    expect(formatInLocalOffset(instant)).toBe('2025-03-15T17:45:00.000-05:00');
    expect(parseInstant('2025-03-15T22:45:00Z').offset).toBe('+00:00');
  });

  it('rejects instants without offset or with impossible parts', () => {
    for (const text of [
      '2025-03-15T17:45:00',
      '2025-02-30T10:00:00Z',
      '2025-03-15T25:00:00Z',
      '2025-03-15T10:60:00Z',
      '2025-03-15T10:00:00+15:00',
    ]) {
      expect(instantSchema.safeParse(text).success, text).toBe(false);
    }
    expect(instantSchema.parse({ utc: '2025-03-15T22:45:00Z', offset: '-05:00' })).toEqual({
      utc: '2025-03-15T22:45:00.000Z',
      offset: '-05:00',
    });
  });
});

describe('countries', () => {
  it('stores alpha-3 for codes and English or Spanish names in any case, with or without accents', () => {
    expect(resolveCountry('SV')).toBe('SLV');
    expect(resolveCountry('slv')).toBe('SLV');
    expect(resolveCountry('EL SALVADOR')).toBe('SLV');
    expect(resolveCountry('Estados Unidos')).toBe('USA');
    expect(resolveCountry('México')).toBe('MEX');
    expect(resolveCountry('MEXICO')).toBe('MEX');
    expect(resolveCountry('Congo DR')).toBe('COD');
    expect(resolveCountry('Kosovo')).toBe('XKX');
    expect(resolveCountry('Panamá')).toBe('PAN');
    expect(resolveCountry('Sudán del Sur')).toBe('SSD');
  });

  it('reads names as ICE releases write them: inverted, shortened, with `the`', () => {
    expect(resolveCountry('CONGO, DEMOCRATIC REPUBLIC OF')).toBe('COD');
    expect(resolveCountry('CONGO, DEMOCRATIC REPUBLIC OF THE')).toBe('COD');
    expect(resolveCountry('CONGO, REPUBLIC OF')).toBe('COG');
    expect(resolveCountry('KOREA, SOUTH')).toBe('KOR');
    expect(resolveCountry('KOREA, NORTH')).toBe('PRK');
    expect(resolveCountry('BAHAMAS, THE')).toBe('BHS');
    expect(resolveCountry('GAMBIA, THE')).toBe('GMB');
    expect(resolveCountry('IRAN, ISLAMIC REPUBLIC OF')).toBe('IRN');
    expect(resolveCountry('CHINA, PEOPLES REPUBLIC OF')).toBe('CHN');
    expect(resolveCountry('MICRONESIA, FEDERATED STATES OF')).toBe('FSM');
    expect(resolveCountry('SUDAN, SOUTH')).toBe('SSD');
    expect(resolveCountry('ST. KITTS-NEVIS')).toBe('KNA');
    expect(resolveCountry('ST. VINCENT-GRENADINES')).toBe('VCT');
    expect(resolveCountry('ANTIGUA-BARBUDA')).toBe('ATG');
    expect(resolveCountry('BOSNIA-HERZEGOVINA')).toBe('BIH');
    expect(resolveCountry('Kosovo*')).toBe('XKX');
    // Renamed, not dissolved: the same state.
    expect(resolveCountry('BURMA')).toBe('MMR');
    expect(resolveCountry('ZAIRE')).toBe('COD');
  });

  it('does not turn an inversion or a part of a name into a guess', () => {
    // `Republic of China` is Taiwan's own name, not the People's Republic.
    expect(resolveCountry('CHINA, REPUBLIC OF')).toBeUndefined();
    expect(resolveCountry('KOREA')).toBeUndefined();
    expect(resolveCountry('GEORGIA, USA')).toBeUndefined();
    expect(resolveCountry('STATELESS')).toBeUndefined();
    expect(resolveCountry('UNKNOWN')).toBeUndefined();
  });

  it('keeps states that no longer exist as their ISO 3166-3 codes, and says which they are', () => {
    const formers = ['SERBIA AND MONTENEGRO', 'YUGOSLAVIA', 'SOVIET UNION', 'USSR', 'CZECHOSLOVAKIA'];
    expect(formers.map(resolveCountry)).toEqual(['SCG', 'YUG', 'SUN', 'SUN', 'CSK']);
    for (const former of formers) expect(isFormerState(former), former).toBe(true);
    expect(isFormerState('SERBIA')).toBe(false);
    expect(isFormerState('BURMA')).toBe(false);
  });

  it('refuses what it does not know, naming it, instead of guessing', () => {
    expect(resolveCountry('Atlantis')).toBeUndefined();
    const result = countrySchema.safeParse('Atlantis');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('unknown country "Atlantis"');
  });
});
