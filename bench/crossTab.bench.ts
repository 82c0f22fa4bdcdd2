// Cross-tabs of transfers on a large registry, SQLite and PostgreSQL, beside the same GROUP BY written by hand and
// run through the engine's own driver in the same run.
// `npm run bench:crosstab -- [--persons N] [--runs R] [--only sqlite|postgres]`
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { z } from 'zod';
import { CLI_ACTOR, createApplication, type Application } from '../src/app.js';
import type { CrossTabDimension, TransferCount } from '../src/core/figures/crossTab.js';
import { getCrossTab } from '../src/core/figures/crossTabView.js';
import type { Stored } from '../src/core/ports/store.js';
import { benchAccount } from './support/account.js';
import { runBenchmark, type Cleanup } from './support/cleanup.js';
import { postgresDatabase, sqliteDatabase, type BenchDatabase } from './support/databases.js';
import { loadRegistry } from './support/loadRegistry.js';
import { formatBytes, formatCount, formatTable } from './support/report.js';
import { personId, SOURCE_ID } from './support/syntheticRegistry.js';

const flagsSchema = z.object({
  persons: z.coerce.number().int().min(100).default(100_000),
  runs: z.coerce.number().int().min(3).max(200).default(15),
  only: z.enum(['sqlite', 'postgres']).optional(),
});
type Flags = z.infer<typeof flagsSchema>;

function parseFlags(argv: string[]): Flags {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { persons: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' } },
  });
  const parsed = flagsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}

/** Every twentieth person gets a second record giving another nationality: the `multiple` row is not empty. */
const SECOND_NATIONALITY_EVERY = 20;
const OTHER_NATIONALITIES = ['COL', 'ECU', 'NIC', 'CUB', 'HTI'] as const;

type Nationalities = Stored<'personRecord'>['data']['nationalities'];

async function addSecondRecords(application: Application, persons: number): Promise<number> {
  const at = '2026-01-01T00:00:00.000Z';
  const records: Array<Stored<'personRecord'>> = [];
  for (let index = 0; index < persons; index += SECOND_NATIONALITY_EVERY)
    records.push({
      id: `rec_bx${String(index).padStart(7, '0')}`,
      version: 1,
      createdAt: at,
      updatedAt: at,
      retracted: null,
      data: {
        personId: personId(index),
        fullName: `Second Record ${index}`,
        aliases: [],
        nationalities: [OTHER_NATIONALITIES[index % OTHER_NATIONALITIES.length]] as Nationalities,
        languages: [],
        identifiers: [],
        sourceIds: [SOURCE_ID],
      },
    });
  for (let start = 0; start < records.length; start += 5000)
    await application.store.transaction(CLI_ACTOR, (unitOfWork) =>
      unitOfWork.restore('personRecord', records.slice(start, start + 5000)),
    );
  return records.length;
}

/** The two tables measured, and each one's GROUP BY as someone would write it by hand. */
const TABLES: Array<{ rows: CrossTabDimension; columns: CrossTabDimension; byHand: string }> = [
  {
    rows: 'month',
    columns: 'basis',
    byHand: `select case
        when date_lo is null then null
        when substr(date_lo, 1, 7) = substr(date_hi, 1, 7) then substr(date_lo, 1, 7)
        when substr(date_lo, 1, 4) = substr(date_hi, 1, 4) and substr(date_lo, 6, 5) = '01-01'
          and substr(date_hi, 6, 5) = '12-31' then substr(date_lo, 1, 4)
        else substr(date_lo, 1, 7) || '/' || substr(date_hi, 1, 7)
      end as row_key, legal_basis as column_key, count(*) as value
      from transfers where retracted_at is null and status = 'completed'
      group by 1, 2`,
  },
  {
    rows: 'nationality',
    columns: 'destination',
    byHand: `select n.nationality as row_key, t.to_country as column_key, count(*) as value
      from transfers t
      left join (
        select person_id, case
            when count(distinct nationalities) = 0 then null
            when count(distinct nationalities) = 1 and max(nationalities) not like '%|%|%|'
              then substr(max(nationalities), 2, length(max(nationalities)) - 2)
            else 'multiple'
          end as nationality
        from person_records where retracted_at is null and person_id is not null
        group by person_id
      ) n on n.person_id = t.person_id
      where t.retracted_at is null and t.status = 'completed'
      group by 1, 2`,
  },
];

type Row = { row_key: string | null; column_key: string | null; value: number | string };

/** The engine's driver on a connection of its own, nothing between the SQL text and the rows. */
async function byHandRunner(
  database: BenchDatabase,
  cleanup: Cleanup,
): Promise<(text: string) => Promise<Row[]>> {
  const config = database.storeConfig;
  if (config.kind === 'sqlite') {
    const connection = new Database(config.file, { readonly: true });
    cleanup.add('close the by-hand SQLite connection', () => {
      connection.close();
    });
    const statements = new Map<string, Database.Statement>();
    return async (text) => {
      let statement = statements.get(text);
      if (!statement) statements.set(text, (statement = connection.prepare(text)));
      return statement.all() as Row[];
    };
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  cleanup.add('close the by-hand PostgreSQL connection', () => client.end());
  return async (text) => (await client.query<Row>(text)).rows;
}

const keyOf = (row: string | null, column: string | null) => `${row ?? '∅'}|${column ?? '∅'}`;

function sameCounts(byHand: Row[], store: TransferCount[]): boolean {
  const expected = new Map(byHand.map((row) => [keyOf(row.row_key, row.column_key), Number(row.value)]));
  return (
    expected.size === store.length &&
    store.every((count) => expected.get(keyOf(count.keys[0] ?? null, count.keys[1] ?? null)) === count.value)
  );
}

interface Variant {
  name: string;
  run: () => Promise<unknown>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const milliseconds = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

/** Runs the variants in turn, round after round (so a busy moment touches each alike), after two warm-up rounds. */
async function measure(variants: Variant[], runs: number): Promise<Map<string, number[]>> {
  const times = new Map(variants.map((variant) => [variant.name, [] as number[]]));
  for (let round = -2; round < runs; round += 1)
    for (const variant of variants) {
      const start = performance.now();
      await variant.run();
      if (round >= 0) times.get(variant.name)?.push(performance.now() - start);
    }
  return times;
}

async function injectOk(api: FastifyInstance, url: string, headers: Record<string, string>): Promise<string> {
  const answer = await api.inject({ method: 'GET', url, headers });
  if (answer.statusCode !== 200) throw new Error(`GET ${url} answered ${answer.statusCode}: ${answer.body}`);
  return answer.body;
}

async function benchDatabase(database: BenchDatabase, flags: Flags, cleanup: Cleanup): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const application = await createApplication(database.storeConfig);
  cleanup.add(`close the ${database.dialect} store`, () => application.close());
  const loaded = await loadRegistry(application.store, flags.persons, {
    onProgress: (persons) => {
      if (persons % Math.max(5000, Math.floor(flags.persons / 5)) === 0 || persons === flags.persons)
        process.stderr.write(`  [${database.dialect}] loaded ${formatCount(persons)} persons\n`);
    },
  });
  const seconds = await addSecondRecords(application, flags.persons);
  const settled = await database.settle();
  log(
    `\n## ${database.dialect}\nload: ${formatCount(loaded.entities)} entities in ${loaded.seconds.toFixed(1)} s, ` +
      `then ${formatCount(seconds)} second records (another nationality); database ` +
      `${formatBytes(await database.sizeInBytes())}${settled ? `; ${settled}` : ''}`,
  );
  const byHand = await byHandRunner(database, cleanup);
  const api = await application.api();
  cleanup.add(`close the ${database.dialect} API`, () => api.close());
  const { headers } = await benchAccount(application, 'viewer');
  for (const table of TABLES) {
    const query = {
      by: [table.rows, table.columns] as const,
      statuses: ['completed'],
      filters: {},
      apart: [],
    };
    const counts = await application.store.countTransfersBy(query);
    const handRows = await byHand(table.byHand);
    if (!sameCounts(handRows, counts))
      throw new Error(
        `${table.rows} × ${table.columns}: the store's counts differ from the GROUP BY by hand`,
      );
    const url = `/api/stats?rows=${table.rows}&columns=${table.columns}`;
    const variants: Variant[] = [
      { name: 'GROUP BY by hand (driver)', run: () => byHand(table.byHand) },
      { name: 'store.countTransfersBy (Kysely)', run: () => application.store.countTransfersBy(query) },
      {
        name: 'getCrossTab (use case)',
        run: () =>
          getCrossTab(application.store, application.rules, 'viewer', {
            rows: table.rows,
            columns: table.columns,
            filters: {},
          }),
      },
      { name: 'GET /api/stats JSON (inject)', run: () => injectOk(api, url, headers) },
      { name: 'GET /api/stats CSV (inject)', run: () => injectOk(api, `${url}&format=csv`, headers) },
    ];
    process.stderr.write(`  [${database.dialect}] ${table.rows} × ${table.columns}\n`);
    const times = await measure(variants, flags.runs);
    const base = median(times.get(variants[0]?.name ?? '') ?? []);
    const cells = counts.length;
    const total = counts.reduce((sum, count) => sum + count.value, 0);
    log(
      `\n${table.rows} × ${table.columns}: ${formatCount(cells)} cells over ${formatCount(total)} transfers ` +
        `(the same counts by hand and through the store)`,
    );
    const rows = variants.map((variant) => {
      const measured = times.get(variant.name) ?? [];
      const middle = median(measured);
      return [
        variant.name,
        milliseconds(middle),
        milliseconds(Math.min(...measured)),
        milliseconds(Math.max(...measured)),
        `${(middle / base).toFixed(2)}x`,
      ];
    });
    log(formatTable(['', 'median ms', 'min ms', 'max ms', 'vs by hand'], rows));
  }
}

function machineLoad(): string {
  const [oneMinute = 0] = loadavg();
  const busy = oneMinute > cpus().length * 0.5 ? ' (busy before the start: figures will be noisy)' : '';
  return `load average (1 min) before the start: ${oneMinute.toFixed(2)} on ${cpus().length} cores${busy}`;
}

async function main(flags: Flags, cleanup: Cleanup): Promise<void> {
  const adminUrl = process.env.CUSTODIA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  process.stdout.write(
    `# Custodia cross-tab benchmark\n${formatCount(flags.persons)} persons (one transfer each); ${flags.runs} ` +
      `timed rounds after 2 of warm-up, the variants in turn in each round, all in this process\n` +
      `machine: ${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}; Node ${process.version}\n` +
      `${machineLoad()}\n`,
  );
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (flags.only && flags.only !== dialect) continue;
    const database =
      dialect === 'sqlite' ? sqliteDatabase(cleanup) : await postgresDatabase(adminUrl, cleanup);
    await benchDatabase(database, flags, cleanup);
  }
}

await runBenchmark('bench:crosstab', (cleanup) => main(parseFlags(process.argv.slice(2)), cleanup));
