import { describe, expect, it } from 'vitest';
import { iceDetentionStints } from '../../../src/core/importing/profiles/iceDetentionStints.js';
import {
  countByKind,
  dataByKey,
  expectAllValid,
  fact,
  rejections,
  runFixture,
  type FixtureRun,
} from './harness.js';

const run = await runFixture(iceDetentionStints, 'ice-detention-stints.csv');
const corrected = await runFixture(iceDetentionStints, 'ice-detention-stints-corrected.csv');
const overlap = await runFixture(iceDetentionStints, 'ice-detention-stints-overlap.csv');

describe('profile ice-detention-stints on ice-detention-stints.csv', () => {
  it('maps every data row but the two bad ones, and skips the junk at the end', () => {
    expect(run.headerRow).toBe(1);
    expect(rejections(run)).toEqual({
      6: ['detention_book_in_date_and_time: 02/30/2024 10:00: February has no day 30'],
      9: ['detention_book_in_date_and_time: every stint needs its book-in date'],
    });
    expect([...run.junk.entries()].map(([row, problem]) => [row, problem?.reason])).toEqual([
      [17, 'skipped: a repeated header row'],
      [18, 'skipped: a total line (TOTAL)'],
      [19, 'skipped: a row of page links, not data (https://example.org/foia/detention-stints?page=2)'],
    ]);
    expect(countByKind(run)).toEqual({ personRecord: 10, facility: 3, custodyEvent: 18 });
  });

  it('emits facts that pass their schemas once the writer completes them', () => {
    expectAllValid(run);
  });

  it('chains the stints of a stay and closes it with the removal to the departure country', () => {
    expect(fact(run, 'custodyEvent', 'stint:A0001|08/01/2024 9:15|XNVPCAA').data).toMatchObject({
      type: 'detained',
      date: '2024-08-01',
      until: '2024-08-05',
      reason: 'Transferred',
      stay: { from: '2024-08-01', to: '2024-08-19', releaseReason: 'Removed' },
    });
    const second = fact(run, 'custodyEvent', 'stint:A0001|08/05/2024 16:40|XRBDFBB');
    expect(second.data).toMatchObject({ type: 'transferred', date: '2024-08-05' });
    expect(second.references).toEqual([{ field: 'facilityId', kind: 'facility', key: 'facility:XRBDFBB' }]);
    expect(fact(run, 'custodyEvent', 'stay-end:A0001|2024-08-01').data).toMatchObject({
      type: 'returned',
      date: '2024-08-19',
      country: 'HND',
    });
    expect(fact(run, 'custodyEvent', 'stay-end:A0003|2024-04-01').data).toMatchObject({
      type: 'released',
      country: 'USA',
      custodian: 'ICE',
    });
    expect(fact(run, 'custodyEvent', 'stay-end:A0009|2024-10-01').data).toMatchObject({
      type: 'returned',
      country: 'COL',
    });
  });

  it('reads ISO dates beside US ones, keeps withheld fields as withheld and inverted country names', () => {
    expect(fact(run, 'custodyEvent', 'stint:A0002|2024-03-02T00:00:00Z|XNVPCAA').data).toMatchObject({
      date: '2024-03-02',
      stay: { from: '2024-03-02' },
    });
    const redactedBirth = fact(run, 'personRecord', 'person:A0002').data;
    expect(redactedBirth.birthDate).toBeUndefined();
    expect(redactedBirth.withheld).toEqual(['birthDate']);
    expect(fact(run, 'personRecord', 'person:A0009').data).toMatchObject({ withheld: ['sex'] });
    expect(fact(run, 'personRecord', 'person:A0005').data).toMatchObject({ nationalities: ['KOR'] });
    expect(fact(run, 'personRecord', 'person:A0011').data).toMatchObject({ nationalities: ['COD'] });
    expect(fact(run, 'facility', 'facility:XNVPCAA').data).toMatchObject({
      name: 'North Valley Processing Center',
      aliases: ['XNVPCAA'],
      country: 'USA',
    });
  });

  it('keeps a person whose citizenship is a former state as its ISO 3166-3 code, and says so', () => {
    expect(fact(run, 'personRecord', 'person:A0006').data).toMatchObject({ nationalities: ['YUG'] });
    expect(run.warnings.map((problem) => [problem.row, problem.column, problem.reason])).toContainEqual([
      10,
      'citizenship_country',
      'YUGOSLAVIA: a state that no longer exists; kept as ISO 3166-3 YUG, no successor assumed',
    ]);
  });
});

/** The keys two runs share whose data differ, and the keys only the second has. */
function compare(first: FixtureRun, second: FixtureRun): { changed: string[]; added: string[] } {
  const before = dataByKey(first);
  const after = dataByKey(second);
  const changed = [...before.keys()].filter(
    (key) => after.has(key) && JSON.stringify(after.get(key)) !== JSON.stringify(before.get(key)),
  );
  return { changed, added: [...after.keys()].filter((key) => !before.has(key)) };
}

describe('profile ice-detention-stints on a corrected release and an overlapping one', () => {
  const first = run;

  it('gives every fact of the first release the same key again: only the corrected values change', () => {
    expectAllValid(corrected);
    const { changed, added } = compare(first, corrected);
    expect(changed.sort()).toEqual([
      'custodyEvent stint:A0003|04/01/2024 11:20|XECJCC',
      'personRecord person:A0005',
    ]);
    expect(fact(corrected, 'personRecord', 'person:A0005').data.birthDate).toBe('1986');
    expect(fact(corrected, 'custodyEvent', 'stint:A0003|04/01/2024 11:20|XECJCC').data.reason).toBe(
      'Paroled',
    );
    expect(new Set(added.map((key) => /A00\d\d/.exec(key)?.[0]))).toEqual(
      new Set(['A0013', 'A0014', 'A0015']),
    );
    expect([...dataByKey(first).keys()].every((key) => dataByKey(corrected).has(key))).toBe(true);
  });

  it('makes the rows an overlapping file shares with the first exactly the same facts', () => {
    expectAllValid(overlap);
    expect(overlap.rejected.size).toBe(0);
    const { changed, added } = compare(first, overlap);
    expect(changed).toEqual([]);
    expect(new Set(added.map((key) => /A00\d\d/.exec(key)?.[0]))).toEqual(
      new Set(['A0016', 'A0017', 'A0018', 'A0019', 'A0020']),
    );
    const shared = [...dataByKey(overlap).keys()].filter((key) => dataByKey(first).has(key));
    expect(new Set(shared.map((key) => /A00\d\d/.exec(key)?.[0]).filter(Boolean))).toEqual(
      new Set(['A0009', 'A0010', 'A0011', 'A0012']),
    );
  });
});
