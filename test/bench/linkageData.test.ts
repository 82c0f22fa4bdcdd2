import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORRUPTIONS,
  CSV_COLUMNS,
  SHAPE,
  generateLinkageData,
  sameSourcePairCount,
  truePairCount,
  truthById,
  writeLinkageCsv,
  writeTruthCsv,
  type CorruptionKind,
  type LinkageData,
  type Source,
  type SyntheticRecord,
} from '../../bench/support/linkageData.js';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES } from '../../bench/support/linkageNames.data.js';

// The benchmark's data must be what its doc comment says: the shape of the truth, the corruption rates, the hard
// negatives, and the same bytes for the same seed. Rates are checked on 20,000 persons within four standard errors.

const PERSONS = 20_000;
let data: LinkageData;
let directory: string;

beforeAll(() => {
  data = generateLinkageData({ persons: PERSONS, seed: 2026, identifiers: true });
  directory = mkdtempSync(join(tmpdir(), 'custodia-linkage-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A minimal RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') [field, at] = [field + '"', at + 1];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') [row, field] = [[...row, field], ''];
    else if (char === '\r' && text[at + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, at] = [[], '', at + 1];
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Folds what a source's style changes (case, accents, punctuation, spacing), not what a slip changes. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const birthYear = (date: string | undefined) => date?.match(/\d{4}/)?.[0];
const share = (records: readonly SyntheticRecord[], test: (record: SyntheticRecord) => boolean) =>
  records.filter(test).length / records.length;

function recordsByTruth(): Map<string, { left: number; right: number }> {
  const byTruth = new Map<string, { left: number; right: number }>();
  for (const record of [...data.left, ...data.right]) {
    const counts = byTruth.get(record.truth) ?? { left: 0, right: 0 };
    counts[record.source] += 1;
    byTruth.set(record.truth, counts);
  }
  return byTruth;
}

/** Pairs of records with different truths that agree on `key` (records without a key are left out). */
function collidingPairs(
  records: readonly SyntheticRecord[],
  key: (record: SyntheticRecord) => string | undefined,
) {
  const groups = new Map<string, Set<string>>();
  for (const record of records) {
    const value = key(record);
    if (value === undefined) continue;
    groups.set(value, (groups.get(value) ?? new Set()).add(record.truth));
  }
  let pairs = 0;
  for (const truths of groups.values()) pairs += (truths.size * (truths.size - 1)) / 2;
  return pairs;
}

describe('determinism', () => {
  it('gives the same records and the same CSV bytes for the same options, others for another seed', async () => {
    const options = { persons: 3000, seed: 11, identifiers: true };
    const first = generateLinkageData(options);
    const second = generateLinkageData(options);
    expect(second).toEqual(first);
    for (const source of ['left', 'right'] as const) {
      await writeLinkageCsv(first[source], join(directory, 'a.csv'), source);
      await writeLinkageCsv(second[source], join(directory, 'b.csv'), source);
      expect(readFileSync(join(directory, 'b.csv')).equals(readFileSync(join(directory, 'a.csv')))).toBe(
        true,
      );
    }
    const other = generateLinkageData({ ...options, seed: 12 });
    expect(other.left.map((record) => record.fullName)).not.toEqual(
      first.left.map((record) => record.fullName),
    );
  });

  it('rejects a number of persons or a seed that is not a whole number', () => {
    expect(() => generateLinkageData({ persons: 1.5, seed: 1, identifiers: true })).toThrow(RangeError);
    expect(() => generateLinkageData({ persons: 10, seed: 0.5, identifiers: true })).toThrow(RangeError);
    expect(generateLinkageData({ persons: 0, seed: 1, identifiers: true }).left).toEqual([]);
  });
});

describe('shape of the truth', () => {
  it('puts about 0.96 × persons records in each source, every person at least once', () => {
    for (const source of ['left', 'right'] as const) {
      expect(data[source].length / PERSONS).toBeGreaterThan(0.94);
      expect(data[source].length / PERSONS).toBeLessThan(0.975);
    }
    expect(recordsByTruth().size).toBe(PERSONS);
  });

  it('has 90 % of persons in both sources, 5 % in each alone, 1.5 % re-booked', () => {
    const counts = [...recordsByTruth().values()];
    const fraction = (test: (count: { left: number; right: number }) => boolean) =>
      counts.filter(test).length / PERSONS;
    expect(Math.abs(fraction((count) => count.left > 0 && count.right > 0) - 0.9)).toBeLessThan(0.01);
    expect(Math.abs(fraction((count) => count.right === 0) - SHAPE.leftOnly)).toBeLessThan(0.007);
    expect(Math.abs(fraction((count) => count.left === 0) - SHAPE.rightOnly)).toBeLessThan(0.007);
    const rebooked = fraction((count) => count.left === 2 || count.right === 2);
    expect(Math.abs(rebooked - SHAPE.rebooked)).toBeLessThan(0.004);
    expect(fraction((count) => count.left + count.right >= 2)).toBeGreaterThan(0.88);
  });

  it('counts true pairs across sources and within one', () => {
    const counts = [...recordsByTruth().values()];
    expect(truePairCount(data.left, data.right)).toBe(
      counts.reduce((sum, count) => sum + count.left * count.right, 0),
    );
    const rebooked = counts.filter((count) => count.left === 2 || count.right === 2).length;
    expect(sameSourcePairCount(data.left) + sameSourcePairCount(data.right)).toBe(rebooked);
    expect(truthById(data.left, data.right).size).toBe(data.left.length + data.right.length);
  });

  it('gives unique sequential ids in list order that say nothing of the truth', () => {
    const ids = [...data.left, ...data.right].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const inOrder = (records: SyntheticRecord[], prefix: string) =>
      records.every((record, index) => record.id === `${prefix}${String(index + 1).padStart(6, '0')}`);
    expect(inOrder(data.left, 'L')).toBe(true);
    expect(inOrder(data.right, 'R')).toBe(true);
    for (const records of [data.left, data.right]) {
      const number = (record: SyntheticRecord | undefined) => Number(record?.truth.slice(1));
      const near = records.filter(
        (record, index) => Math.abs(number(record) - number(records[index + 1])) <= 3,
      );
      expect(near.length / records.length).toBeLessThan(0.01);
    }
  });
});

describe('corruptions', () => {
  it('hits each corruption at the rate of the table, within four standard errors', () => {
    for (const source of ['left', 'right'] as const) {
      for (const [kind, rates] of Object.entries(CORRUPTIONS) as Array<
        [CorruptionKind, Record<Source, number>]
      >) {
        const { eligible, applied } = data.corruptions[source][kind];
        const rate = rates[source];
        if (rate === 0) {
          expect(applied, `${source} ${kind}`).toBe(0);
          continue;
        }
        expect(eligible, `${source} ${kind} eligible`).toBeGreaterThan(150);
        const error = 4 * Math.sqrt((rate * (1 - rate)) / eligible) + 0.002;
        expect(Math.abs(applied / eligible - rate), `${source} ${kind}`).toBeLessThan(error);
      }
    }
  });

  it('writes nicknames for about 3 % of right records', () => {
    const { applied } = data.corruptions.right.nickname;
    expect(applied / data.right.length).toBeGreaterThan(0.02);
    expect(applied / data.right.length).toBeLessThan(0.04);
  });

  it('shows the rates in the records themselves', () => {
    const { left, right } = data;
    const yearOnly = (record: SyntheticRecord) => /^\d{4}$/.test(record.birthDate ?? '');
    const checks: Array<[string, number, number, number]> = [
      ['left dates missing', share(left, (record) => record.birthDate === undefined), 0.03, 0.01],
      ['right dates missing', share(right, (record) => record.birthDate === undefined), 0.11, 0.01],
      ['right dates year only', share(right, yearOnly), 0.89 * CORRUPTIONS.birthDatePartial.right, 0.01],
      ['nationality missing', share([...left, ...right], (record) => !record.nationality), 0.05, 0.006],
      ['left A-numbers', share(left, (record) => record.identifier !== undefined), 0.95, 0.01],
      ['right A-numbers', share(right, (record) => record.identifier !== undefined), 0.4, 0.015],
      ['right sex missing', share(right, (record) => record.sex === undefined), 0.25, 0.015],
      [
        'left upper case',
        share(left, (record) => record.fullName === record.fullName?.toUpperCase()),
        0.97,
        0.01,
      ],
      ['left without comma', share(left, (record) => !record.fullName?.includes(', ')), 0.01, 0.004],
    ];
    for (const [what, value, expected, tolerance] of checks) {
      expect(Math.abs(value - expected), what).toBeLessThan(tolerance);
    }
  });

  it('writes each source in its own formats', () => {
    const leftDate = /^(\d{2}\/\d{2}\/\d{4}|\d{4})$/;
    const rightDate = /^(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|\d{4})$/;
    const aNumber = /^(A\d{9}|A-\d{3}-\d{3}-\d{3}|A \d{3} \d{3} \d{3}|\d{7,9})$/;
    const fits = (value: string | undefined, form: RegExp) => value === undefined || form.test(value);
    const misfits = (records: SyntheticRecord[], fit: (record: SyntheticRecord) => boolean) =>
      records.filter((record) => !fit(record));
    const leftFit = (record: SyntheticRecord) =>
      typeof record.fullName === 'string' &&
      record.givenNames === undefined &&
      fits(record.birthDate, leftDate) &&
      fits(record.sex, /^[MF]$/) &&
      fits(record.nationality, /^[A-Z ]+$/) &&
      fits(record.identifier, aNumber);
    const rightFit = (record: SyntheticRecord) =>
      record.fullName === undefined &&
      typeof record.givenNames === 'string' &&
      typeof record.familyNames === 'string' &&
      fits(record.birthDate, rightDate) &&
      fits(record.sex, /^[HM]$/) &&
      fits(record.identifier, aNumber);
    expect(misfits(data.left, leftFit)).toEqual([]);
    expect(misfits(data.right, rightFit)).toEqual([]);
    const nationalities = new Set(data.right.map((record) => record.nationality));
    expect(nationalities).toContain('México');
    expect(nationalities).toContain('SLV');
  });

  it('leaves A-numbers out everywhere when the options say no identifiers', () => {
    const without = generateLinkageData({ persons: 2000, seed: 5, identifiers: false });
    expect([...without.left, ...without.right].every((record) => record.identifier === undefined)).toBe(true);
    expect(without.corruptions.left.identifierPresent.eligible).toBe(0);
  });
});

describe('names and hard negatives', () => {
  it('draws from long, skewed name tables without repeats', () => {
    expect(SURNAMES.length).toBeGreaterThanOrEqual(500);
    expect(new Set(SURNAMES).size).toBe(SURNAMES.length);
    expect(MALE_GIVEN.length).toBeGreaterThanOrEqual(200);
    expect(FEMALE_GIVEN.length).toBeGreaterThanOrEqual(200);
    const firstSurnames = new Map<string, number>();
    for (const record of data.left) {
      const surname = fold(record.fullName ?? '').split(' ')[0] ?? '';
      firstSurnames.set(surname, (firstSurnames.get(surname) ?? 0) + 1);
    }
    const ranked = [...firstSurnames.values()].sort((a, b) => b - a);
    const topTen = ranked.slice(0, 10).reduce((sum, count) => sum + count, 0) / data.left.length;
    expect(topTen).toBeGreaterThan(0.15);
    expect(topTen).toBeLessThan(0.3);
    expect(firstSurnames.size).toBeGreaterThan(500);
  });

  it('has different people with the same full name born the same year', () => {
    const pairs = collidingPairs(data.left, (record) => {
      const year = birthYear(record.birthDate);
      return year === undefined ? undefined : `${fold(record.fullName ?? '')}|${year}`;
    });
    expect(pairs).toBeGreaterThan(100);
  });

  it('has siblings: twins with the same surnames and birth date, and consecutive A-numbers', () => {
    const family = (record: SyntheticRecord) => fold(record.fullName?.split(',')[0] ?? '');
    const twins = collidingPairs(data.left, (record) =>
      record.birthDate?.length === 10 ? `${family(record)}|${record.birthDate}` : undefined,
    );
    expect(twins).toBeGreaterThan(30);
    const digits = (record: SyntheticRecord) => Number(record.identifier?.replace(/\D/g, ''));
    const byFamily = new Map<string, SyntheticRecord[]>();
    for (const record of data.left.filter((record) => record.identifier !== undefined)) {
      byFamily.set(family(record), [...(byFamily.get(family(record)) ?? []), record]);
    }
    let consecutive = 0;
    for (const records of byFamily.values()) {
      for (const [index, record] of records.entries()) {
        for (const other of records.slice(index + 1)) {
          const gap = Math.abs(digits(record) - digits(other));
          if (other.truth !== record.truth && gap >= 1 && gap <= 3) consecutive += 1;
        }
      }
    }
    expect(consecutive).toBeGreaterThan(30);
  });
});

describe('CSV', () => {
  const tricky: SyntheticRecord[] = [
    {
      id: 'L000001',
      truth: 'P1',
      source: 'left',
      fullName: 'D\'AUBUISSON, JOSE "PEPE"',
      birthDate: '01/02/1990',
    },
    {
      id: 'L000002',
      truth: 'P2',
      source: 'left',
      fullName: 'GARCIA,, ANA\r\nMARIA',
      sex: 'F',
      identifier: 'A-012',
    },
  ];
  const trickyRight: SyntheticRecord[] = [
    {
      id: 'R000001',
      truth: 'P1',
      source: 'right',
      givenNames: 'José "Pepe"',
      familyNames: 'de la Cruz, hijo',
    },
    { id: 'R000002', truth: 'P3', source: 'right', givenNames: '', familyNames: '"', nationality: 'México' },
  ];

  it('round-trips commas, quotes and line breaks in both layouts', async () => {
    await writeLinkageCsv(tricky, join(directory, 'left.csv'), 'left');
    await writeLinkageCsv(trickyRight, join(directory, 'right.csv'), 'right');
    const left = parseCsv(readFileSync(join(directory, 'left.csv'), 'utf8'));
    const right = parseCsv(readFileSync(join(directory, 'right.csv'), 'utf8'));
    expect(left).toEqual([
      [...CSV_COLUMNS.left],
      ['L000001', 'D\'AUBUISSON, JOSE "PEPE"', '01/02/1990', '', '', ''],
      ['L000002', 'GARCIA,, ANA\r\nMARIA', '', 'F', '', 'A-012'],
    ]);
    expect(right).toEqual([
      [...CSV_COLUMNS.right],
      ['R000001', 'José "Pepe"', 'de la Cruz, hijo', '', '', '', ''],
      ['R000002', '', '"', '', '', 'México', ''],
    ]);
  });

  it('writes generated records and the answer key so that they read back', async () => {
    await writeLinkageCsv(data.right, join(directory, 'all-right.csv'), 'right');
    await writeTruthCsv(data.right, join(directory, 'truth.csv'));
    const rows = parseCsv(readFileSync(join(directory, 'all-right.csv'), 'utf8'));
    expect(rows.length).toBe(data.right.length + 1);
    expect(rows.every((row) => row.length === CSV_COLUMNS.right.length)).toBe(true);
    const sample = data.right[123] as SyntheticRecord;
    expect(rows[124]?.slice(0, 3)).toEqual([sample.id, sample.givenNames, sample.familyNames]);
    const truth = parseCsv(readFileSync(join(directory, 'truth.csv'), 'utf8'));
    expect(truth[124]).toEqual([sample.id, sample.truth]);
  });

  it('refuses to write a record in the other source layout', async () => {
    await expect(writeLinkageCsv(tricky, join(directory, 'wrong.csv'), 'right')).rejects.toThrow(
      /left source/,
    );
  });
});

describe('documentation', () => {
  it('has the rate table of the doc comment agree with the rates used', () => {
    const source = readFileSync(new URL('../../bench/support/linkageData.ts', import.meta.url), 'utf8');
    const rows = [...source.matchAll(/^ \* \| (\w+) +\| ([\d.]+) +\| ([\d.]+) +\|/gm)];
    const table = Object.fromEntries(
      rows.map(([, kind, left, right]) => [kind, { left: Number(left), right: Number(right) }]),
    );
    expect(table).toEqual(CORRUPTIONS);
  });
});
