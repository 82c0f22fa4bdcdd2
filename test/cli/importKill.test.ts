import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStintFile } from '../../bench/support/stintFile.js';
import { createApplication } from '../../src/app.js';
import type { StoreConfig } from '../../src/store/open.js';
import { factsOf } from '../helpers/facts.js';
import { DIALECTS, freshStoreConfig } from '../helpers/stores.js';

/**
 * The promise of item 6 of the importer: killed at any moment (`kill -9`) and run again, an import ends with
 * exactly the facts of one clean run. A real process imports a generated release in small batches; it is killed
 * with SIGKILL once a few batches are committed (mid-batch, wherever it happens to be), and run again.
 */

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'custodia-kill-'));
const FILE = join(work, 'stints.csv');
const ROWS = 6000;
const TIMEOUT = 120_000;

beforeAll(async () => {
  await writeStintFile(FILE, ROWS, 7);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function databaseArgs(config: StoreConfig): string[] {
  return config.kind === 'sqlite' ? ['--db', config.file] : ['--database-url', config.url];
}

function importArgs(config: StoreConfig): string[] {
  return [
    join(root, 'bin/custodia.js'),
    ...databaseArgs(config),
    'import',
    FILE,
    '--profile',
    'ice-detention-stints',
    '--batch-rows',
    '250',
  ];
}

const environment = { ...process.env, CUSTODIA_DB: '', CUSTODIA_DATABASE_URL: '' };

/** Runs the import and kills it with SIGKILL after `batches` progress lines (one per committed batch). */
function importKilledAfter(
  config: StoreConfig,
  batches: number,
): Promise<{ signal: string | null; seen: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, importArgs(config), { env: environment });
    let seen = 0;
    let buffered = '';
    child.stderr.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      seen += lines.filter((line) => line.startsWith('{"progress"')).length;
      if (seen >= batches) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, seen }));
  });
}

function importToEnd(config: StoreConfig): Record<string, unknown> {
  const result = spawnSync(process.execPath, [...importArgs(config), '--no-progress'], {
    env: environment,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

async function configFor(dialect: (typeof DIALECTS)[number], name: string): Promise<StoreConfig> {
  return dialect === 'sqlite'
    ? { kind: 'sqlite', file: join(work, `${name}.db`) }
    : freshStoreConfig(dialect);
}

describe.each(DIALECTS)('an import killed with SIGKILL on %s', (dialect) => {
  it(
    'finishes when run again with exactly the facts of one clean run',
    async () => {
      const clean = await configFor(dialect, 'clean');
      const cleanSummary = importToEnd(clean);
      const killed = await configFor(dialect, 'killed');
      const kill = await importKilledAfter(killed, 4);
      expect(kill.signal).toBe('SIGKILL');
      const resumed = importToEnd(killed);
      expect(resumed.status).toBe('completed');
      expect(resumed.resumed).toBe(true);
      // A second kill and resume of a finished import changes nothing either.
      expect(importToEnd(killed).status).toBe('already_imported');

      const [cleanApplication, killedApplication] = await Promise.all([
        createApplication(clean),
        createApplication(killed),
      ]);
      try {
        const expected = await factsOf(cleanApplication);
        const actual = await factsOf(killedApplication);
        expect(actual.size).toBe(expected.size);
        expect(actual).toEqual(expected);
        // The summary counts what the resumed run did; the whole import's counts, beside it, are one clean run's.
        expect(resumed.rows).toBeLessThan(cleanSummary.rows as number);
        const { rows, mapped, rejected, junk, created } = resumed.wholeImport as Record<string, unknown>;
        expect({ rows, mapped, rejected, junk, created }).toEqual({
          rows: cleanSummary.rows,
          mapped: cleanSummary.mapped,
          rejected: cleanSummary.rejected,
          junk: cleanSummary.junk,
          created: cleanSummary.created,
        });
      } finally {
        await Promise.all([cleanApplication.close(), killedApplication.close()]);
      }
    },
    TIMEOUT * 3,
  );
});
