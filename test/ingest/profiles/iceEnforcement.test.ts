import { describe, expect, it } from 'vitest';
import { iceEnforcement, removalAuthority } from '../../../src/core/importing/profiles/iceEnforcement.js';
import {
  byKey,
  countByKind,
  dataByKey,
  expectAllValid,
  fact,
  readFixture,
  rejections,
  runRows,
} from './harness.js';

const rows = await readFixture('ice-enforcement.csv');
const run = runRows(iceEnforcement, rows);

describe('profile ice-enforcement on ice-enforcement.csv', () => {
  it('finds the header below the title, rejects the bad rows and skips the junk', () => {
    expect(run.headerRow).toBe(3);
    expect(rejections(run)).toEqual({
      12: ['Departure_Country: ATLANTIS: not a country this importer knows'],
      13: ['Apprehension_Date: 02/30/2024 10:00: February has no day 30'],
    });
    expect([...run.junk.entries()].map(([row, problem]) => [row, problem?.reason])).toEqual([
      [18, 'skipped: a repeated header row'],
      [19, 'skipped: a total line (Total)'],
      [20, 'skipped: a row of page links, not data (https://example.org/foia/ice-removals?page=2)'],
    ]);
    expect(countByKind(run)).toEqual({ personRecord: 11, custodyEvent: 11, legalEvent: 7, transfer: 8 });
  });

  it('emits facts that pass their schemas once the writer completes them', () => {
    expectAllValid(run);
  });

  it('makes a person record from the identifiers the row gives, with what was redacted', () => {
    expect(fact(run, 'personRecord', 'person:A0101').data).toEqual({
      sourceRecordId: 'A0101',
      identifiers: [
        { kind: 'source_key', value: 'A0101' },
        { kind: 'eid_subject', value: 'S0101' },
      ],
      birthDate: '1990',
      sex: 'male',
      nationalities: ['HND'],
      withheld: ['identifiers.a_number'],
      note: undefined,
    });
    expect(fact(run, 'personRecord', 'person:A0102').data).toMatchObject({
      identifiers: [
        { kind: 'source_key', value: 'A0102' },
        { kind: 'a_number', value: 'A099000102', country: 'USA' },
      ],
      birthDate: '1988-05-14',
      sex: 'female',
      withheld: undefined,
    });
    expect(fact(run, 'personRecord', 'person:A0104').data.birthDate).toBe('1979');
    const unknownBirth = fact(run, 'personRecord', 'person:A0111').data;
    expect(unknownBirth.birthDate).toBeUndefined();
    expect(unknownBirth.withheld).toEqual(['birthDate', 'identifiers.a_number']);
    expect(fact(run, 'personRecord', 'person:A0112').data).toMatchObject({
      sex: undefined,
      nationalities: ['BHS'],
      withheld: ['identifiers.a_number', 'sex'],
    });
  });

  it('reads inverted, former and stateless citizenships without guessing', () => {
    expect(fact(run, 'personRecord', 'person:A0103').data.nationalities).toEqual(['KOR']);
    expect(fact(run, 'personRecord', 'person:A0106').data.nationalities).toEqual(['COD']);
    expect(fact(run, 'personRecord', 'person:A0107').data).toMatchObject({ nationalities: ['YUG'] });
    expect(fact(run, 'personRecord', 'person:A0107').data.note).toBeUndefined();
    expect(fact(run, 'personRecord', 'person:A0108').data).toMatchObject({
      nationalities: [],
      note: 'Stateless, as the source says.',
    });
    expect(run.warnings.map((problem) => [problem.row, problem.column, problem.reason])).toEqual([
      [
        10,
        'Citizenship_Country',
        'YUGOSLAVIA: a state that no longer exists; kept as ISO 3166-3 YUG, no successor assumed',
      ],
      [14, 'Final_Order_Date', 'a final order without its date: no removal order is recorded'],
    ]);
  });

  it('records custody at each custodial apprehension, dated by day, with where and how in the note', () => {
    expect(fact(run, 'custodyEvent', 'apprehension:A0101|2024-08-07').data).toEqual({
      type: 'detained',
      date: '2024-08-07',
      country: 'USA',
      custodian: 'ICE',
      note: 'Apprehended in HARRIS, TX; AOR HOUSTON AREA; at COUNTY JAIL; method: CAP LOCAL INCARCERATION',
    });
    expect(fact(run, 'custodyEvent', 'apprehension:A0101|2024-11-02').person).toBe('person:A0101');
    expect(fact(run, 'custodyEvent', 'apprehension:A0102|2024-03-02').data.date).toBe('2024-03-02');
    expect(fact(run, 'custodyEvent', 'apprehension:A0104|2024-01-10').data.note).toContain('site withheld');
    // A non-custodial arrest starts no custody.
    expect([...byKey(run, 'custodyEvent').keys()].some((key) => key.includes('A0103'))).toBe(false);
  });

  it('records a final order only when its case category names the authority', () => {
    const authorities = Object.fromEntries(
      [...byKey(run, 'legalEvent').values()].map((event) => [event.key, event.data.authority]),
    );
    expect(authorities).toEqual({
      'removal-order:A0101|2024-08-09': 'REINST241a5',
      'removal-order:A0102|2024-03-03': 'ER235b1',
      'removal-order:A0104|2024-01-25': '238b',
      'removal-order:A0105|2024-06-01': 'INA240',
      'removal-order:A0107|2024-09-20': 'REINST241a5',
      'removal-order:A0112|2024-12-02': 'ER235b1',
      'removal-order:A0113|2024-10-12': 'REINST241a5',
    });
  });

  it('records each removal as a completed transfer from the United States under INA 241', () => {
    expect(fact(run, 'transfer', 'removal:A0101|2024-08-19')).toMatchObject({
      person: 'person:A0101',
      data: {
        legalBasis: 'INA241',
        fromCountry: 'USA',
        toCountry: 'HND',
        date: '2024-08-19',
        status: 'completed',
      },
    });
    const destinations = Object.fromEntries(
      [...byKey(run, 'transfer').values()].map((transfer) => [transfer.key, transfer.data.toCountry]),
    );
    expect(destinations).toEqual({
      'removal:A0101|2024-08-19': 'HND',
      'removal:A0102|2024-03-09': 'GTM',
      'removal:A0103|2024-04-02': 'KOR',
      'removal:A0104|2024-02-01': 'JAM',
      'removal:A0105|2024-06-20': 'DOM',
      'removal:A0107|2024-10-01': 'SRB',
      'removal:A0112|2024-12-15': 'BHS',
      'removal:A0113|2024-10-20': 'SLV',
    });
  });

  it('keeps a removal to a state that no longer exists as its ISO 3166-3 code, and says so', () => {
    const column = rows.find((raw) => raw.row === run.headerRow)?.values.indexOf('Departure_Country') ?? -1;
    const antilles = runRows(
      iceEnforcement,
      rows.map((raw) =>
        raw.values[column] === 'SERBIA'
          ? { ...raw, values: raw.values.with(column, 'NETHERLANDS ANTILLES') }
          : raw,
      ),
    );
    expect(fact(antilles, 'transfer', 'removal:A0107|2024-10-01').data.toCountry).toBe('ANT');
    expect(antilles.warnings.map((problem) => [problem.row, problem.column, problem.reason])).toContainEqual([
      10,
      'Departure_Country',
      'NETHERLANDS ANTILLES: a state that no longer exists; kept as ISO 3166-3 ANT, no successor assumed',
    ]);
  });

  it('reads the same facts from a release whose column names are in lower case', () => {
    const lower = rows.map((raw) =>
      raw.row === run.headerRow ? { ...raw, values: raw.values.map((name) => name.toLowerCase()) } : raw,
    );
    // The warnings a fact carries name the column as the file's header spells it.
    const folded = (facts: Map<string, unknown>) =>
      JSON.parse(
        JSON.stringify([...facts]).replace(
          /"column":"([^"]*)"/g,
          (_, name: string) => `"column":"${name.toLowerCase()}"`,
        ),
      ) as unknown;
    expect(folded(dataByKey(runRows(iceEnforcement, lower)))).toEqual(folded(dataByKey(run)));
  });
});

describe('removalAuthority', () => {
  it('names the authority only when the case category says it', () => {
    expect(removalAuthority('[16] Reinstated Final Order')).toBe('REINST241a5');
    expect(removalAuthority('[8F] Expedited Removal')).toBe('ER235b1');
    expect(removalAuthority('[8G] Expedited Removal - Credible Fear Referral')).toBe('ER235b1');
    expect(removalAuthority('[11] Administrative Deportation/Removal')).toBe('238b');
    expect(removalAuthority('Administrative Final Order (238)')).toBe('238b');
    expect(removalAuthority('[12] Removal Proceeding - Final Order')).toBe('INA240');
    expect(removalAuthority('Final Order of Deportation')).toBe('INA240');
    expect(removalAuthority('Exclusion Proceeding - Final Order')).toBe('INA240');
    expect(removalAuthority('[3] Deportable - Administratively Final Order')).toBeUndefined();
    expect(removalAuthority('[2A] Deportable - Under Adjudication by IJ')).toBeUndefined();
    expect(removalAuthority('[10] Visa Waiver Deportation / Removal')).toBeUndefined();
  });
});
