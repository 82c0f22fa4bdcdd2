import { describe, expect, it } from 'vitest';
import { iceAirArts } from '../../../src/core/importing/profiles/iceAirArts.js';
import { byKey, countByKind, expectAllValid, fact, rejections, runFixture } from './harness.js';

const run = await runFixture(iceAirArts, 'ice-air-arts.csv');

describe('profile ice-air-arts on ice-air-arts.csv', () => {
  it('maps the passengers, rejects the bad rows and skips the junk', () => {
    expect(run.headerRow).toBe(1);
    expect(rejections(run)).toEqual({
      8: ['MissionDate: 2019-02-30T00:00:00Z: February has no day 30'],
      13: ['air2_Country: ATLANTIS: not a country this importer knows'],
      17: ['R-T: R-T is empty: removal or transfer?'],
    });
    expect([...run.junk.entries()].map(([row, problem]) => [row, problem?.reason])).toEqual([
      [18, 'skipped: a row of page links, not data (Page 2 of 3)'],
      [19, 'skipped: a repeated header row'],
      [20, 'skipped: a total line (Total passengers: 16)'],
    ]);
    expect(countByKind(run)).toEqual({ personRecord: 12, movement: 5, transfer: 13, allegation: 2 });
  });

  it('emits facts that pass their schemas once the writer completes them', () => {
    expectAllValid(run);
  });

  it('makes one movement per leg of a mission, from its airports', () => {
    expect(fact(run, 'movement', 'mission:90001|KAEX>MGGT').data).toEqual({
      kind: 'flight',
      date: '2019-05-02',
      departure: { place: 'ALEXANDRIA INTERNATIONAL AIRPORT', airport: 'KAEX', country: 'USA' },
      arrival: { place: 'LA AURORA INTERNATIONAL AIRPORT', airport: 'MGGT', country: 'GTM' },
      note: 'ICE Air mission 190501',
    });
    expect(fact(run, 'movement', 'mission:90002|KHRL>MHLM').data.date).toBe('2019-05-03');
    // Without a MissionID the mission is its number and date; its two drop-offs are two legs.
    expect([...byKey(run, 'movement').keys()].filter((key) => key.startsWith('mission:190510|'))).toEqual([
      'mission:190510|2019-05-10|KMIA>MKJP',
      'mission:190510|2019-05-10|KMIA>MDSD',
    ]);
  });

  it('makes each row a transfer on its leg: removals under INA 241, moves inside the US as OTHER', () => {
    expect(fact(run, 'transfer', 'transfer:P0001|90001')).toMatchObject({
      person: 'person:P0001',
      references: [{ field: 'movementId', kind: 'movement', key: 'mission:90001|KAEX>MGGT' }],
      data: {
        legalBasis: 'INA241',
        fromCountry: 'USA',
        toCountry: 'GTM',
        date: '2019-05-02',
        status: 'completed',
      },
    });
    expect(fact(run, 'transfer', 'transfer:P0008|90003').data).toMatchObject({
      legalBasis: 'OTHER',
      fromCountry: 'USA',
      toCountry: 'USA',
    });
    expect(fact(run, 'transfer', 'transfer:P0014|90003').data.legalBasis).toBe('OTHER');
    expect(fact(run, 'transfer', 'transfer:P0014|190510|2019-05-10').data).toMatchObject({
      legalBasis: 'INA241',
      toCountry: 'DOM',
    });
  });

  it('marks a passenger struck from the list as halted, with the reason', () => {
    expect(fact(run, 'transfer', 'transfer:P0002|90001').data).toMatchObject({
      status: 'halted',
      note: 'Struck from the passenger list: STAY OF REMOVAL GRANTED',
    });
  });

  it('records the gang flag as an alleged accusation on the government word, never a conviction', () => {
    expect([...byKey(run, 'allegation').keys()]).toEqual(['allegation:gang:P0001', 'allegation:gang:P0013']);
    expect(fact(run, 'allegation', 'allegation:gang:P0001')).toMatchObject({
      person: 'person:P0001',
      data: {
        kind: 'allegation',
        category: 'gang_membership',
        basis: 'government_statement',
        status: 'alleged',
      },
    });
  });

  it('makes person records with sex, citizenship, the unaccompanied flag and what was withheld', () => {
    expect(fact(run, 'personRecord', 'person:P0003').data).toMatchObject({
      identifiers: [{ kind: 'source_key', value: 'P0003' }],
      sex: 'male',
      nationalities: ['GTM'],
      unaccompaniedChild: true,
    });
    expect(fact(run, 'personRecord', 'person:P0004').data).toMatchObject({
      sex: undefined,
      withheld: ['sex'],
    });
    expect(fact(run, 'personRecord', 'person:P0008').data.nationalities).toEqual(['COD']);
    expect(fact(run, 'personRecord', 'person:P0010').data).toMatchObject({ nationalities: ['SUN'] });
    expect(run.warnings.map((problem) => [problem.row, problem.column])).toEqual([
      [12, 'CountryOfCitizenship'],
    ]);
  });
});
