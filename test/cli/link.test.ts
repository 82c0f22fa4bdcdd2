import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCsv } from '../../src/csv/csvReader.js';

/**
 * `custodia link` run as a process on the fictional fixtures of test/fixtures/linkage (see its README): a
 * government spreadsheet and an NGO list about the same people, in different layouts and conventions.
 */

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures/linkage');
const GOVERNMENT = join(fixtures, 'fictional-government-list.csv');
const NGO = join(fixtures, 'fictional-ngo-list.csv');
const GOVERNMENT_MAP =
  'record_id=id,full_name=full_name,dob=birth_date,sex=sex,country_of_citizenship=nationality,a_number=identifier';
const NGO_MAP =
  'id=id,nombres=given_names,apellidos=family_names,fecha_nacimiento=birth_date,sexo=sex,nacionalidad=nationality,numero_a=identifier';
const workDirectory = mkdtempSync(join(tmpdir(), 'custodia-link-'));
/** A process runs the whole engine (tsx start-up, EM training on 300,000 random pairs): seconds, not millis. */
const PROCESS_TIMEOUT = 60_000;

afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

function custodia(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/custodia.js'), ...args], {
    cwd: workDirectory,
    encoding: 'utf8',
    env: { ...process.env, CUSTODIA_DB: '', CUSTODIA_DATABASE_URL: '' },
    timeout: PROCESS_TIMEOUT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function inWork(name: string): string {
  return join(workDirectory, name);
}

/** A CSV file as rows keyed by its header, read with the project's own reader. */
async function readTable(path: string): Promise<Array<Record<string, string>>> {
  const file = await openCsv(path);
  const rows: Array<Record<string, string>> = [];
  for await (const { values } of file.rows) {
    rows.push(Object.fromEntries(file.header.map((name, index) => [name, values[index] ?? ''])));
  }
  return rows;
}

async function columnsOf(path: string): Promise<string[]> {
  const file = await openCsv(path);
  await file.close();
  return file.header;
}

const pairKey = (left: string, right: string) => `${left} ~ ${right}`;

interface Summary {
  records: Record<string, number>;
  unreadableDatesTreatedAsMissing: number;
  threshold: { probability: number; chosen: boolean; expectedF1?: number };
  linkedPairs: number;
}

interface TwoFileRun {
  out: string;
  summary: Summary;
  rows: Array<Record<string, string>>;
  pairs: Set<string>;
}

const runs = new Map<string, Promise<TwoFileRun>>();

/** Links the two fixtures (once per set of flags): the output rows and the summary printed on stdout. */
function linkFixtures(...flags: string[]): Promise<TwoFileRun> {
  const key = flags.join(' ');
  let run = runs.get(key);
  if (!run) {
    run = (async () => {
      const out = inWork(`pairs-${runs.size}.csv`);
      const result = custodia(
        'link',
        GOVERNMENT,
        NGO,
        '--left-map',
        GOVERNMENT_MAP,
        '--right-map',
        NGO_MAP,
        '--out',
        out,
        ...flags,
      );
      expect(result.code, result.stderr).toBe(0);
      const rows = await readTable(out);
      return {
        out,
        summary: JSON.parse(result.stdout) as Summary,
        rows,
        pairs: new Set(rows.map((row) => pairKey(row.left_id ?? '', row.right_id ?? ''))),
      };
    })();
    runs.set(key, run);
  }
  return run;
}

async function truePairs(): Promise<Set<string>> {
  const rows = await readTable(join(fixtures, 'truth.csv'));
  return new Set(rows.map((row) => pairKey(row.left_id ?? '', row.right_id ?? '')));
}

/**
 * Pairs that look alike but are two people: twins (same surnames, birth date, sex and nationality; different
 * given names; one pair with consecutive A-numbers) and brothers who share a second given name.
 */
const SIBLINGS = [
  pairKey('GOV-1038', 'NGO-041'), // Carlos Enrique / Luis Fernando Ramírez Soto, A-numbers …015 / …016
  pairKey('GOV-1039', 'NGO-038'), // Jennifer Abigail / Kimberly Alejandra Flores Mejía
  pairKey('GOV-1040', 'NGO-037'), // Kimberly Alejandra / Jennifer Flores Mejía
];

/**
 * Twin brothers, each in one list only, who share both surnames, the birth date and a second given name, with
 * different A-numbers: the model's evidence for surnames and date outweighs the two disagreements, so at the
 * chosen threshold it links them. A known limit (see the closing note of the linkage issue): in the registry a
 * reviewer's rejection is the remedy; here the test holds that such a pair never reaches the sure-match band.
 */
const TWINS_SHARING_A_SECOND_NAME = pairKey('GOV-1041', 'NGO-042'); // Marvin Josué / Edwin Josué Castro Ruiz

/** One bar of an `--explain` waterfall: `given_name=exact:+4.33 (frequency -1.18)`, `prior:-5.52`. */
const BAR =
  /^([a-z_]+(?::[^=:]+)?)(?:=([a-z_]+))?:([+-]\d+(?:\.\d+)?)(?: \(frequency ([+-]\d+(?:\.\d+)?)\))?$/;

function waterfall(text: string): Array<{ name: string; level?: string; weight: number }> {
  return text.split('; ').map((bar) => {
    const match = BAR.exec(bar);
    expect(match, `a waterfall bar: ${bar}`).not.toBeNull();
    const [, name = '', level, weight = ''] = match ?? [];
    return { name, ...(level === undefined ? {} : { level }), weight: Number(weight) };
  });
}

describe('custodia link: two sources in different layouts', () => {
  it(
    'finds the people of both lists with precision and recall of at least 0.9',
    async () => {
      const run = await linkFixtures();
      const truth = await truePairs();
      const found = [...run.pairs].filter((pair) => truth.has(pair));
      const precision = found.length / run.pairs.size;
      const recall = found.length / truth.size;
      const wrong = [...run.pairs].filter((pair) => !truth.has(pair));
      expect(precision, `linked but not the same person: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.9);
      expect(recall).toBeGreaterThanOrEqual(0.9);
      expect(run.summary.linkedPairs).toBe(run.rows.length);
      expect(run.summary.records).toEqual({
        'fictional-government-list.csv': 46,
        'fictional-ngo-list.csv': 45,
      });
    },
    PROCESS_TIMEOUT,
  );

  it(
    'finds every true pair, the duplicate booking of the government list included',
    async () => {
      const run = await linkFixtures();
      const missed = [...(await truePairs())].filter((pair) => !run.pairs.has(pair));
      expect(missed).toEqual([]);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'links no sibling to another (twins share surnames, birth date, sex and nationality)',
    async () => {
      const run = await linkFixtures('--explain');
      const linked = run.rows.filter((row) =>
        SIBLINGS.includes(pairKey(row.left_id ?? '', row.right_id ?? '')),
      );
      expect(
        linked.map((row) => `${row.left_id} ~ ${row.right_id} ${row.score}: ${row.explanation}`),
      ).toEqual([]);
      const twins = run.rows.find(
        (row) => pairKey(row.left_id ?? '', row.right_id ?? '') === TWINS_SHARING_A_SECOND_NAME,
      );
      expect(Number(twins?.score ?? 0)).toBeLessThan(0.99);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'links the tricky pairs, for the reason that makes them the same person',
    async () => {
      const run = await linkFixtures('--explain');
      const explanation = (left: string, right: string) =>
        run.rows.find((row) => row.left_id === left && row.right_id === right)?.explanation;
      // José L. / Pepe: a nickname.
      expect(explanation('GOV-1001', 'NGO-001')).toMatch(/given_name=nickname:/);
      // DELACRUZ MENDEZ / de la Cruz Méndez: particles joined.
      expect(explanation('GOV-1002', 'NGO-002')).toMatch(/family_name=exact:/);
      // A024681357 / 24681357: the A-number without its leading zero (and a birth year only).
      expect(explanation('GOV-1003', 'NGO-003')).toMatch(/identifier=exact:/);
      // 05/09/1995 read month-first (9 May) / 05/09/1995 read day-first (5 September).
      expect(explanation('GOV-1004', 'NGO-004')).toMatch(/birth_date=swapped_day_month:/);
      // Given names and surnames typed into each other's columns by the NGO: linked at all.
      expect(explanation('GOV-1008', 'NGO-008')).toBeDefined();
    },
    PROCESS_TIMEOUT,
  );

  it(
    'writes left_id,right_id,score, best first, every score at or above the chosen threshold',
    async () => {
      const run = await linkFixtures();
      expect(await columnsOf(run.out)).toEqual(['left_id', 'right_id', 'score']);
      const { threshold } = run.summary;
      expect(threshold.chosen).toBe(true);
      expect(threshold.probability).toBeGreaterThanOrEqual(0.5);
      expect(threshold.probability).toBeLessThan(1);
      const scores = run.rows.map((row) => Number(row.score));
      for (const score of scores) {
        expect(score).toBeGreaterThanOrEqual(threshold.probability - 1e-6);
        expect(score).toBeLessThanOrEqual(1);
      }
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
    PROCESS_TIMEOUT,
  );

  it(
    'adds with --explain a waterfall whose weights are numbers adding up to the total',
    async () => {
      const run = await linkFixtures('--explain');
      expect(await columnsOf(run.out)).toEqual(['left_id', 'right_id', 'score', 'explanation']);
      expect(run.rows.length).toBe((await linkFixtures()).rows.length);
      for (const row of run.rows) {
        const bars = waterfall(row.explanation ?? '');
        const names = bars.map((bar) => bar.name);
        expect(names[0]).toBe('prior');
        expect(names.at(-1)).toBe('total');
        expect(names).toEqual(expect.arrayContaining(['given_name', 'family_name', 'birth_date']));
        for (const bar of bars) expect(Number.isFinite(bar.weight), JSON.stringify(bar)).toBe(true);
        const total = bars.at(-1)?.weight ?? Number.NaN;
        const sum = bars.slice(0, -1).reduce((added, bar) => added + bar.weight, 0);
        // Each bar is rounded to 0.01 bit.
        expect(Math.abs(sum - total)).toBeLessThanOrEqual(0.005 * bars.length);
        expect(Number(row.score)).toBeCloseTo(1 / (1 + 2 ** -total), 2);
      }
    },
    PROCESS_TIMEOUT,
  );

  it(
    'links with --threshold 0.99 a subset of what the chosen threshold links',
    async () => {
      const chosen = await linkFixtures();
      const strict = await linkFixtures('--threshold', '0.99');
      expect(strict.summary.threshold).toEqual({ probability: 0.99, chosen: false });
      expect(strict.rows.length).toBeGreaterThan(0);
      for (const pair of strict.pairs) expect(chosen.pairs.has(pair), pair).toBe(true);
      for (const row of strict.rows) expect(Number(row.score)).toBeGreaterThanOrEqual(0.99);
      const chosenAbove = chosen.rows.filter((row) => Number(row.score) >= 0.99);
      expect(strict.pairs.size).toBe(chosenAbove.length);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'writes the trained model with --model: m and u of every level of every comparison',
    async () => {
      const run = await linkFixtures('--model', inWork('model.json'));
      const model = JSON.parse(readFileSync(inWork('model.json'), 'utf8')) as {
        prior: number;
        threshold: { probability: number };
        comparisons: Array<{ comparison: string; levels: Array<{ level: string; m: number; u: number }> }>;
      };
      expect(model.threshold.probability).toBe(run.summary.threshold.probability);
      expect(model.prior).toBeGreaterThan(0);
      expect(model.prior).toBeLessThan(1);
      expect(model.comparisons.map((comparison) => comparison.comparison)).toEqual(
        expect.arrayContaining([
          'given_name',
          'family_name',
          'birth_date',
          'identifier',
          'sex',
          'nationality',
        ]),
      );
      for (const comparison of model.comparisons) {
        expect(comparison.levels.length).toBeGreaterThanOrEqual(2);
        for (const level of comparison.levels) {
          for (const probability of [level.m, level.u]) {
            expect(probability, `${comparison.comparison} ${level.level}`).toBeGreaterThan(0);
            expect(probability).toBeLessThanOrEqual(1);
          }
        }
        for (const side of ['m', 'u'] as const) {
          const sum = comparison.levels.reduce((added, level) => added + level[side], 0);
          expect(sum, `${comparison.comparison} ${side}`).toBeCloseTo(1, 3);
        }
      }
    },
    PROCESS_TIMEOUT,
  );
});

describe('custodia link: deduplicating one file', () => {
  it(
    'writes every record once with its cluster, the duplicate booking together and the twins apart',
    async () => {
      const out = inWork('clusters.csv');
      const result = custodia('link', GOVERNMENT, '--left-map', GOVERNMENT_MAP, '--out', out);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).records).toEqual({ 'fictional-government-list.csv': 46 });
      expect(await columnsOf(out)).toEqual(['cluster_id', 'record_id']);
      const rows = await readTable(out);
      const input = (await readTable(GOVERNMENT)).map((row) => row.record_id);
      expect(rows.map((row) => row.record_id).sort()).toEqual([...input].sort());
      const clusterOf = new Map(rows.map((row) => [row.record_id, row.cluster_id]));
      // A cluster is named by one of its records.
      for (const row of rows) expect(clusterOf.get(row.cluster_id)).toBe(row.cluster_id);
      expect(clusterOf.get('GOV-1033')).toBe(clusterOf.get('GOV-1005'));
      expect(clusterOf.get('GOV-1039')).not.toBe(clusterOf.get('GOV-1040'));
      expect(clusterOf.get('GOV-1001')).not.toBe(clusterOf.get('GOV-1042'));
      expect(new Set(clusterOf.values()).size).toBe(45);
    },
    PROCESS_TIMEOUT,
  );
});

describe('custodia link: bad input exits 2, says what and where, and writes nothing', () => {
  /** A copy of the government list with one line (1 = the header) changed. */
  function governmentWith(name: string, lineNumber: number, change: (line: string) => string): string {
    const lines = readFileSync(GOVERNMENT, 'utf8').split('\n');
    lines[lineNumber - 1] = change(lines[lineNumber - 1] ?? '');
    writeFileSync(inWork(name), lines.join('\n'));
    return inWork(name);
  }

  function refused(out: string, ...args: string[]) {
    const result = custodia('link', ...args);
    expect(result.code, result.stderr).toBe(2);
    expect(existsSync(out), `${out} was written`).toBe(false);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    return result.stderr;
  }

  it('refuses a map naming a column the file lacks, naming the column and the file', () => {
    const out = inWork('missing-column.csv');
    const map = GOVERNMENT_MAP.replace('dob=', 'date_of_birth=');
    const stderr = refused(out, GOVERNMENT, NGO, '--left-map', map, '--right-map', NGO_MAP, '--out', out);
    expect(stderr).toContain('"date_of_birth"');
    expect(stderr).toContain('fictional-government-list.csv');
    const onTheRight = refused(
      out,
      ...[GOVERNMENT, NGO, '--left-map', GOVERNMENT_MAP, '--right-map', `${NGO_MAP},pais=extra`],
      ...['--out', out],
    );
    expect(onTheRight).toContain('"pais"');
    expect(onTheRight).toContain('fictional-ngo-list.csv');
  });

  it('refuses an unknown role, listing the roles', () => {
    const out = inWork('unknown-role.csv');
    const map = GOVERNMENT_MAP.replace('dob=birth_date', 'dob=birthday');
    const stderr = refused(out, GOVERNMENT, '--left-map', map, '--out', out);
    expect(stderr).toContain('"birthday"');
    expect(stderr).toContain('identifier');
  });

  it('refuses a missing --out', () => {
    const stderr = refused(inWork('pairs.csv'), GOVERNMENT, NGO, '--left-map', GOVERNMENT_MAP);
    expect(stderr).toContain('--out');
  });

  it('refuses a threshold that is not a probability', () => {
    const out = inWork('threshold.csv');
    for (const threshold of ['1.5', '0', 'high']) {
      const stderr = refused(
        out,
        GOVERNMENT,
        '--left-map',
        GOVERNMENT_MAP,
        '--threshold',
        threshold,
        '--out',
        out,
      );
      expect(stderr).toContain('--threshold');
      expect(stderr).toContain(threshold);
    }
  });

  it('refuses a row with more values than the header, naming its line', () => {
    const file = governmentWith('too-many-fields.csv', 6, (line) => `${line},Krome`);
    const out = inWork('too-many-fields-out.csv');
    const stderr = refused(
      out,
      file,
      NGO,
      '--left-map',
      GOVERNMENT_MAP,
      '--right-map',
      NGO_MAP,
      '--out',
      out,
    );
    expect(stderr).toContain('too-many-fields.csv');
    expect(stderr).toMatch(/line 6\b/);
    expect(stderr).toContain('9 values');
  });

  it('refuses an unreadable birth date, naming the line and the value, unless told to ignore it', () => {
    const file = governmentWith('bad-date.csv', 8, (line) =>
      line.replace(/,\d\d\/\d\d\/\d{4},/, ',02/30/1991,'),
    );
    expect(readFileSync(file, 'utf8')).toContain('02/30/1991');
    const out = inWork('bad-date-out.csv');
    const stderr = refused(out, file, '--left-map', GOVERNMENT_MAP, '--out', out);
    expect(stderr).toMatch(/line 8\b/);
    expect(stderr).toContain('02/30/1991');

    const ignoring = custodia('link', file, '--left-map', GOVERNMENT_MAP, '--out', out, '--ignore-bad-dates');
    expect(ignoring.code, ignoring.stderr).toBe(0);
    expect(JSON.parse(ignoring.stdout).unreadableDatesTreatedAsMissing).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  it('refuses a repeated id, naming both lines', () => {
    const file = governmentWith('repeated-id.csv', 7, (line) => line.replace(/^GOV-\d+/, 'GOV-1002'));
    const out = inWork('repeated-id-out.csv');
    const stderr = refused(out, file, '--left-map', GOVERNMENT_MAP, '--out', out);
    expect(stderr).toContain('GOV-1002');
    expect(stderr).toMatch(/line 7\b/);
    expect(stderr).toMatch(/line 3\b/);
  });

  it('refuses a file that does not exist, naming it', () => {
    const out = inWork('no-file-out.csv');
    const missing = inWork('no-such-list.csv');
    const stderr = refused(out, GOVERNMENT, missing, '--left-map', GOVERNMENT_MAP, '--out', out);
    expect(stderr).toContain('no-such-list.csv');
    expect(stderr).toContain('no such file');
  });
});
