// Importer speed and memory: a generated 1,000,000-row, 31-column ICE detention-stint release (the layout of
// ../shared/data/FORMATS.md) imported into SQLite and into PostgreSQL with the built-in profile, beside the
// engine's raw bulk path on the same file in the same run (SQLite: the same CSV reader and one prepared INSERT per
// row in one transaction, into a table of text columns with no index; PostgreSQL: COPY FROM STDIN). Each run is
// its own process, so its peak memory is its own. Then the ceiling: custody-event rows written by the store's bulk
// path into the registry's indexed table and into one without an index (bench/import/indexedInsert.ts).
// `npm run bench:import -- [--rows N] [--only sqlite|postgres]`
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Cleanup } from './support/cleanup.js';
import { postgresDatabase } from './support/databases.js';
import { formatTable } from './support/report.js';
import { writeStintFile } from './support/stintFile.js';

const flags = z
  .object({
    rows: z.coerce.number().int().min(1000).default(1_000_000),
    only: z.enum(['sqlite', 'postgres']).optional(),
  })
  .parse(
    parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      strict: true,
      options: { rows: { type: 'string' }, only: { type: 'string' } },
    }).values,
  );

interface Outcome {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakMegabytes: number;
  memory?: number[];
  counts?: { created: Record<string, number>; rejected: number };
}

const root = new URL('..', import.meta.url).pathname;
const cleanup = new Cleanup();
process.on('SIGINT', () => void cleanup.runAll().then(() => process.exit(130)));

function scenario(
  path: 'import' | 'raw',
  engine: 'sqlite' | 'postgres',
  file: string,
  target: string,
): Outcome {
  const output = execFileSync(
    process.execPath,
    [
      join(root, 'bin/run-ts.js'),
      join(root, 'bench/import/scenario.ts'),
      '--path',
      path,
      '--engine',
      engine,
      '--file',
      file,
      '--target',
      target,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Outcome;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

try {
  const directory = mkdtempSync(join(tmpdir(), 'custodia-bench-import-'));
  cleanup.add(`remove ${directory}`, () => rmSync(directory, { recursive: true, force: true }));
  const file = join(directory, 'stints.csv');
  const persons = await writeStintFile(file, flags.rows);
  const size = statSync(file).size;
  process.stdout.write(
    `generated ${integer.format(flags.rows)} stint rows of ${persons.toLocaleString('en-US')} persons, 31 columns, ` +
      `${(size / 1e6).toFixed(0)} MB\n`,
  );
  const table: string[][] = [];
  const adminUrl = process.env.CUSTODIA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  for (const engine of ['sqlite', 'postgres'] as const) {
    if (flags.only && flags.only !== engine) continue;
    const target = async () =>
      engine === 'sqlite'
        ? join(directory, `${Math.random().toString(36).slice(2)}.db`)
        : ((await postgresDatabase(adminUrl, cleanup)).serveArgs[1] ?? '');
    const raw = scenario('raw', engine, file, await target());
    const imported = scenario('import', engine, file, await target());
    const created = Object.values(imported.counts?.created ?? {}).reduce((sum, value) => sum + value, 0);
    table.push(
      [
        `${engine} raw bulk path`,
        integer.format(raw.rows),
        raw.seconds.toFixed(1),
        integer.format(raw.rowsPerSecond),
        '1.00x',
        String(raw.peakMegabytes),
        '-',
      ],
      [
        `${engine} custodia import`,
        integer.format(imported.rows),
        imported.seconds.toFixed(1),
        integer.format(imported.rowsPerSecond),
        `${(imported.rowsPerSecond / raw.rowsPerSecond).toFixed(2)}x`,
        String(imported.peakMegabytes),
        `${integer.format(created)} facts; peak MB by quarter ${(imported.memory ?? []).join('/')}`,
      ],
    );
  }
  process.stdout.write(
    `\n${formatTable(['path', 'rows', 'seconds', 'rows/s', 'vs raw', 'peak MB', 'notes'], table)}\n`,
  );
  // What the registry's indexed tables take at most, written by the same bulk path with nothing read or mapped.
  process.stdout.write('\nthe ceiling of the writes (bench/import/indexedInsert.ts):\n');
  execFileSync(
    process.execPath,
    [join(root, 'bin/run-ts.js'), join(root, 'bench/import/indexedInsert.ts'), '--rows', '200000'],
    { stdio: 'inherit' },
  );
} finally {
  await cleanup.runAll();
}
