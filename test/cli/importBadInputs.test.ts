import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, HEADER, writeBadInputs } from '../ingest/badInputFiles.js';

/**
 * `custodia import` of each large bad input, each in a process of its own on a fresh SQLite file: refused with
 * exit code 2 and one short line, in flat memory. The peak resident memory of the whole process (Node, the tsx
 * loader and the application's code: about 180 MB before it reads a byte) must stay under 300 MB, where before
 * the 50 MB line took 1.5 GB, the 50 MB cell 3.1 GB and the gzip bomb 750 MB on its way to a crash.
 */

const root = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'custodia-bad-inputs-cli-'));
const LARGE = BAD_INPUTS.filter((input) => input.large);
let paths = new Map<string, string>();
beforeAll(() => {
  paths = writeBadInputs(folder, LARGE);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PEAK_LIMIT_MB = 300;
const environment = { ...process.env, CUSTODIA_DB: '', CUSTODIA_DATABASE_URL: '' };

interface Run {
  code: number | null;
  stderr: string;
  peakMegabytes: number;
  seconds: number;
}

/** `custodia import FILE --profile frontex-returns` through the peak-memory wrapper. */
function importInProcess(file: string, database: string): Promise<Run> {
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [
      join(root, 'test/helpers/peakMemory.mjs'),
      ...['--db', database, 'import', file, '--profile', 'frontex-returns', '--no-progress'],
    ],
    { cwd: folder, env: environment, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    // Before the limits, a bomb of valid rows was still importing after minutes: a run is cut off after 90 s.
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(chunks).toString('utf8');
      const peak = /peak-rss-kib (\d+)/.exec(stderr);
      resolve({
        code,
        stderr: stderr.replace(/peak-rss-kib \d+\n/, ''),
        peakMegabytes: peak ? Number(peak[1]) / 1024 : Infinity,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      });
    });
  });
}

/** Runs at most two at a time (two cores). */
function twoAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (work) => {
    if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
const slot = twoAtATime();

describe('custodia import of large bad inputs', () => {
  it.concurrent.each(LARGE.map((input) => [input.name, input] as const))(
    'refuses %s with exit code 2, one short line, and a peak under 300 MB',
    async (name, input) => {
      const file = paths.get(name) as string;
      const run = await slot(() => importInProcess(file, join(folder, `${name}.db`)));
      process.stdout.write(
        `bad input ${name}: exit ${run.code}, peak ${run.peakMegabytes.toFixed(0)} MB, ${run.seconds.toFixed(1)} s\n`,
      );
      expect(run.stderr).toMatch(new RegExp(`^custodia: invalid_input: .*${input.refusal.source}`));
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr.length).toBeLessThan(400);
      expect(run.code).toBe(2);
      expect(run.peakMegabytes).toBeLessThan(PEAK_LIMIT_MB);
    },
    180_000,
  );
});

describe('custodia import --max-…', () => {
  function custodia(...args: string[]) {
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin/custodia.js'), '--db', join(folder, 'flags.db'), 'import', ...args],
      { cwd: folder, encoding: 'utf8', env: environment, timeout: 60_000 },
    );
    return { code: result.status, stderr: result.stderr };
  }

  it('takes the limits as sizes people write, and says which flag is wrong', () => {
    const file = join(folder, 'long-cell.csv');
    writeFileSync(file, `${HEADER}RO-1,2013-01-24,Germany,Serbia,${'7'.repeat(3000)}\n`);
    const refused = custodia(file, '--profile', 'frontex-returns', '--no-progress', '--max-cell-bytes', '2K');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/long-cell\.csv line 2 column 5 .*longer than 2 KiB .*--max-cell-bytes/);
    const wrong = custodia(file, '--profile', 'frontex-returns', '--max-line-bytes', 'lots');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /maxLineBytes: expected a size such as 8388608, 8M or 16G \(--max-line-bytes\)/,
    );
  }, 60_000);
});
