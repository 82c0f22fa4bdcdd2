import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `custodia import` as a process: options, summary, report files, exit codes. */

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'custodia-import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function custodia(database: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/custodia.js'), '--db', database, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CUSTODIA_DB: '', CUSTODIA_DATABASE_URL: '' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const summaries = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('custodia import', () => {
  it('imports files one after the other, prints a summary per file and writes the report', () => {
    const database = join(work, 'a.db');
    const result = custodia(
      database,
      'import',
      join(fixtures, 'ice-detention-stints.csv'),
      join(fixtures, 'ice-detention-stints-overlap.csv'),
      '--profile',
      'ice-detention-stints',
      '--fictional',
      '--no-progress',
      '--report',
      join(work, 'report.csv'),
      '--report',
      join(work, 'report.json'),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [first, second] = summaries(result.stdout);
    expect(first).toMatchObject({ status: 'completed', rejected: 2, junk: 3 });
    expect(second).toMatchObject({ status: 'completed', rejected: 0, created: { personRecord: 5 } });
    // The report files hold the last file's report (the overlap file has none).
    expect(readFileSync(join(work, 'report.csv'), 'utf8')).toBe(
      'sheet,row,column,value,reason,severity,factId\r\n',
    );
    expect(JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'))).toEqual([]);

    const again = custodia(
      database,
      'import',
      join(fixtures, 'ice-detention-stints.csv'),
      '--profile',
      'ice-detention-stints',
      '--report',
      join(work, 'again.csv'),
      '--no-progress',
    );
    expect(summaries(again.stdout)[0]).toMatchObject({ status: 'already_imported' });
    const lines = readFileSync(join(work, 'again.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('sheet,row,column,value,reason,severity,factId');
    expect(lines.find((line) => line.startsWith(',6,'))).toBe(
      ',6,detention_book_in_date_and_time,02/30/2024 10:00,02/30/2024 10:00: February has no day 30,error,',
    );
  });

  it('rejects a file with errors under --stop-on-error with exit code 2, writing nothing', () => {
    const database = join(work, 'b.db');
    const result = custodia(
      database,
      'import',
      join(fixtures, 'frontex-returns.csv'),
      '--profile',
      'frontex-returns',
      '--stop-on-error',
      '--no-progress',
      '--report',
      join(work, 'rejected.json'),
    );
    expect(result.code).toBe(2);
    expect(summaries(result.stdout)[0]).toMatchObject({ status: 'rejected', import: null, source: null });
    const report = JSON.parse(readFileSync(join(work, 'rejected.json'), 'utf8')) as Array<{
      row: number;
      severity: string;
    }>;
    // Row 9's count (12.5) is unreadable: the return is kept, of unknown size, with a warning.
    expect(report.filter((problem) => problem.severity === 'error').map((problem) => problem.row)).toEqual([
      8, 10,
    ]);
    const dry = custodia(
      database,
      'import',
      join(fixtures, 'frontex-returns.csv'),
      '--profile',
      'frontex-returns',
      '--dry-run',
      '--no-progress',
    );
    expect(summaries(dry.stdout)[0]).toMatchObject({ status: 'dry_run' });
    const list = custodia(
      database,
      'import',
      join(fixtures, 'frontex-returns.csv'),
      '--profile',
      'frontex-returns',
      '--no-progress',
    );
    expect(summaries(list.stdout)[0]).toMatchObject({ status: 'completed', resumed: false });
  });

  const stints = join(fixtures, 'ice-detention-stints.csv');
  it.each<[string, string[], RegExp]>([
    [
      'no profile',
      ['import', stints],
      /--profile: name a profile \(ice-detention-stints, .*\) or give --map/,
    ],
    [
      'an unknown profile',
      ['import', stints, '--profile', 'nope'],
      /--profile: no profile nope; the built-in ones are ice-detention-stints/,
    ],
    [
      'a missing file',
      ['import', join(work, 'missing.csv'), '--profile', 'frontex-returns'],
      /missing\.csv: no such file/,
    ],
    [
      'the wrong profile',
      ['import', stints, '--profile', 'frontex-returns'],
      /no header row naming the columns of profile frontex-returns/,
    ],
    [
      'a bad batch size',
      ['import', stints, '--profile', 'frontex-returns', '--batch-rows', '0'],
      /--batch-rows: expected a whole number/,
    ],
    ['a missing mapping', ['import', stints, '--map', join(work, 'none.json')], /--map: cannot read/],
    [
      'a report of no known format',
      ['import', stints, '--profile', 'ice-detention-stints', '--report', join(work, 'r.txt')],
      /--report .*r\.txt: name a \.csv or \.json file/,
    ],
  ])('says what is wrong with %s, exit code 2, and changes nothing', (_what, args, message) => {
    const database = join(work, 'c.db');
    const result = custodia(database, ...args, '--no-progress');
    expect(result.code, args.join(' ')).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('checks a mapping file before reading anything, and lists the profiles', () => {
    const database = join(work, 'd.db');
    const mapping = join(work, 'bad-mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({ name: 'x', facts: [{ kind: 'transfer', key: ['a'], fields: {} }] }),
    );
    const bad = custodia(database, 'import', stints, '--map', mapping);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-mapping\.json: facts\[0\]\.person: a transfer is about a person/);
    const listed = custodia(database, 'import', '--list-profiles');
    expect(listed.stdout).toMatch(/^ice-detention-stints\t/m);
    expect(listed.stdout).toMatch(/^custodia\t/m);
  });
});
