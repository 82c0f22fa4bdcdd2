// One import scenario, in its own process so that its peak memory is its own: the importer on a generated stint
// file, or the engine's raw bulk path on the same file (the baseline). Prints one JSON line.
// `node bin/run-ts.js bench/import/scenario.ts --path import|raw --engine sqlite|postgres --file F --target DB`
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { z } from 'zod';
import { CLI_ACTOR, createApplication } from '../../src/app.js';
import { BUILT_IN_PROFILES } from '../../src/core/importing/profiles/index.js';
import { readCsv } from '../../src/csv/csvReader.js';
import { importFile } from '../../src/ingest/importFile.js';
import { STINT_HEADER } from '../support/stintFile.js';

const flags = z
  .object({
    path: z.enum(['import', 'raw']),
    engine: z.enum(['sqlite', 'postgres']),
    file: z.string().min(1),
    target: z.string().min(1),
  })
  .parse(
    parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        path: { type: 'string' },
        engine: { type: 'string' },
        file: { type: 'string' },
        target: { type: 'string' },
      },
    }).values,
  );

/** Peak resident memory so far, in MB (getrusage's maxrss is in kilobytes on Linux). */
function peakMegabytes(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The raw table: the file's columns as text, no index, no key. */
const RAW_TABLE = `create table raw_stints (${STINT_HEADER.map((column) => `"${column}" text`).join(', ')})`;

/** SQLite's bulk path: the same CSV reader, one prepared INSERT per row, all in one transaction. */
async function rawSqlite(): Promise<number> {
  const database = new Database(flags.target);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.exec(RAW_TABLE);
  const insert = database.prepare(
    `insert into raw_stints values (${STINT_HEADER.map(() => '?').join(', ')})`,
  );
  let rows = 0;
  let header = true;
  database.exec('begin');
  for await (const record of readCsv(flags.file)) {
    if (header) {
      header = false;
      continue;
    }
    insert.run(record.values);
    rows += 1;
  }
  database.exec('commit');
  database.close();
  return rows;
}

/** PostgreSQL's bulk path: COPY FROM STDIN, the server parsing the CSV. */
async function rawPostgres(): Promise<number> {
  const client = new pg.Client({ connectionString: flags.target });
  await client.connect();
  try {
    await client.query(RAW_TABLE);
    const copy = client.query(copyFrom('copy raw_stints from stdin with (format csv, header true)'));
    await pipeline(createReadStream(flags.file), copy);
    return copy.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

async function importPath(): Promise<{ rows: number; counts: unknown; memory: number[] }> {
  const application = await createApplication(
    flags.engine === 'sqlite'
      ? { kind: 'sqlite', file: flags.target, bulk: true }
      : { kind: 'postgres', url: flags.target },
  );
  const profile = BUILT_IN_PROFILES.get('ice-detention-stints');
  if (!profile) throw new Error('no stint profile');
  // Peak memory at each quarter of the file: flat memory means the last quarter's is no higher than the first's.
  const memory: number[] = [];
  try {
    const result = await importFile(
      application.context(CLI_ACTOR),
      flags.file,
      { profile, fictional: true },
      {
        progress: ({ rows, totalRows }) => {
          if (totalRows && rows >= ((memory.length + 1) * totalRows) / 4) memory.push(peakMegabytes());
        },
      },
    );
    return { rows: result.state.counts.rows, counts: result.state.counts, memory };
  } finally {
    await application.close();
  }
}

const started = process.hrtime.bigint();
const outcome =
  flags.path === 'import'
    ? await importPath()
    : { rows: flags.engine === 'sqlite' ? await rawSqlite() : await rawPostgres() };
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  `${JSON.stringify({ ...outcome, seconds, rowsPerSecond: outcome.rows / seconds, peakMegabytes: peakMegabytes() })}\n`,
);
