// HTTP API under load on a large registry, for SQLite and PostgreSQL, beside a bare Fastify route measured in the
// same run. `npm run bench:api -- [--persons N] [--duration S] [--warmup S] [--connections C] [--only sqlite|postgres]`
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApplication } from '../src/app.js';
import { evaluateRegistry } from '../src/core/usecases/findingViews.js';
import { startCustodiaServe, startServerProcess, type ServerProcess } from '../test/helpers/serveProcess.js';
import { runBenchmark, type Cleanup } from './support/cleanup.js';
import { postgresDatabase, sqliteDatabase, type BenchDatabase } from './support/databases.js';
import { benchAccount } from './support/account.js';
import { loadRegistry } from './support/loadRegistry.js';
import {
  fetchJson,
  measureQuietly,
  type LoadOptions,
  type Measurement,
  type Scenario,
} from './support/measure.js';
import { formatBytes, formatCount, measurementTable } from './support/report.js';
import { personId } from './support/syntheticRegistry.js';

const flagsSchema = z.object({
  persons: z.coerce.number().int().min(100).default(100_000),
  duration: z.coerce.number().positive().default(8),
  warmup: z.coerce.number().min(0).default(2),
  connections: z.coerce.number().int().min(1).max(1000).default(10),
  only: z.enum(['sqlite', 'postgres']).optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});
type Flags = z.infer<typeof flagsSchema>;

function parseFlags(argv: string[]): Flags {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      persons: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string' },
      'log-level': { type: 'string' },
    },
  });
  const parsed = flagsSchema.safeParse({ ...values, logLevel: values['log-level'] });
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  return parsed.data;
}

/** The registry's reads under test, as an editor with an API token: a timeline of a random person, and lists. */
function registryScenarios(persons: number, headers: Record<string, string>): Scenario[] {
  const scenarios: Scenario[] = [
    {
      name: 'timeline',
      path: () => `/api/persons/${personId(Math.floor(Math.random() * persons))}/timeline`,
    },
    {
      name: 'transfers SLV+AEA Mar-Apr 2025',
      path: '/api/transfers?destination=SLV&basis=AEA&from=2025-03&to=2025-04&limit=50',
    },
    { name: 'persons nationality VEN (30%)', path: '/api/persons?nationality=VEN&limit=50' },
    { name: 'persons nationality CUB (2%)', path: '/api/persons?nationality=CUB&limit=50' },
  ];
  return scenarios.map((scenario) => ({ ...scenario, headers }));
}

function describePath(scenario: Scenario): string {
  return typeof scenario.path === 'string'
    ? `GET ${scenario.path}`
    : `GET ${scenario.path().replace(/per_\w+/, ':id')} (a random person each time)`;
}

/** Fails unless every scenario answers 200 with items; says what each asks and how many items it returned. */
async function checkScenarios(baseUrl: string, scenarios: Scenario[]): Promise<string> {
  const lines: string[] = [];
  for (const scenario of scenarios) {
    const path = typeof scenario.path === 'string' ? scenario.path : scenario.path();
    const body = (await fetchJson(baseUrl, path, scenario.headers)) as { items?: unknown[] };
    const items = body.items?.length ?? 0;
    if (items === 0) throw new Error(`GET ${path} returned no items: the benchmark would measure nothing`);
    lines.push(`  ${scenario.name}: ${describePath(scenario)} -> ${items} items`);
  }
  return lines.join('\n');
}

async function measureBaseline(load: LoadOptions, cleanup: Cleanup): Promise<Measurement> {
  const server = await startServerProcess(['bin/run-ts.js', 'bench/support/bareServer.ts'], {
    ready: /Bare Fastify is serving at (http:\/\/\S+)/,
  });
  const stop = cleanup.add('stop the baseline server', () => server.stop());
  try {
    return await measureQuietly(server.url, { name: 'baseline (bare Fastify)', path: '/bare' }, load, {
      pid: server.pid,
      postgres: false,
    });
  } finally {
    await stop();
  }
}

async function benchDatabase(database: BenchDatabase, flags: Flags, cleanup: Cleanup): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const application = await createApplication(database.storeConfig);
  const closeApplication = cleanup.add('close the loading store', () => application.close());
  let reported = 0;
  const loaded = await loadRegistry(application.store, flags.persons, {
    onProgress: (persons) => {
      if (persons - reported >= flags.persons / 5 || persons === flags.persons) {
        reported = persons;
        process.stderr.write(`  [${database.dialect}] loaded ${formatCount(persons)} persons\n`);
      }
    },
  });
  // Findings are derived data that restore does not compute; `custodia serve` would compute them before
  // listening, so they are computed here, timed on their own. `all` walks the transfers once in id order, where
  // asking for the pending ones batch after batch rescans the evaluated ones each time.
  const evaluationStart = performance.now();
  const evaluated = await evaluateRegistry(application.store, application.rules, () => new Date(), {
    all: true,
    onProgress: (done, total) => {
      if (done === total)
        process.stderr.write(`  [${database.dialect}] evaluated ${formatCount(done)} transfers\n`);
    },
  });
  const evaluationSeconds = (performance.now() - evaluationStart) / 1000;
  const { headers } = await benchAccount(application, 'editor');
  await closeApplication();
  const settled = await database.settle();
  log(
    `\n## ${database.dialect}\nload: ${formatCount(loaded.entities)} entities (and as many audit entries) in ` +
      `${loaded.seconds.toFixed(1)} s, ${formatCount(loaded.entities / loaded.seconds)} entities/s; ` +
      `findings: ${formatCount(evaluated.evaluated)} transfers evaluated (${formatCount(evaluated.findings)} ` +
      `findings) in ${evaluationSeconds.toFixed(1)} s; database ${formatBytes(await database.sizeInBytes())}` +
      `${settled ? `; ${settled}` : ''}`,
  );

  const server: ServerProcess = await startCustodiaServe(
    database.serveArgs,
    ['--log-level', flags.logLevel],
    {
      timeoutMs: 300_000,
    },
  );
  const stopServer = cleanup.add(`stop custodia serve (${database.dialect})`, () => server.stop());
  // Measured again for each database, just before its scenarios, so a busy moment skews one table at most.
  const baseline = await measureBaseline(flags, cleanup);
  const scenarios = registryScenarios(flags.persons, headers);
  log(await checkScenarios(server.url, scenarios));
  const measurements: Measurement[] = [];
  for (const scenario of scenarios) {
    process.stderr.write(`  [${database.dialect}] ${scenario.name}\n`);
    measurements.push(
      await measureQuietly(server.url, scenario, flags, {
        pid: server.pid,
        postgres: database.dialect === 'postgres',
      }),
    );
  }
  await stopServer();
  log(measurementTable(baseline, measurements));
}

/** Other work on the machine skews every figure: say how busy it was (the "other CPU" column, during each run). */
function machineLoad(): string {
  const [oneMinute = 0] = loadavg();
  const busy = oneMinute > cpus().length * 0.5 ? ' (busy before the start: figures will be noisy)' : '';
  return `load average (1 min) before the start: ${oneMinute.toFixed(2)} on ${cpus().length} cores${busy}`;
}

async function main(flags: Flags, cleanup: Cleanup): Promise<void> {
  const adminUrl = process.env.CUSTODIA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  process.stdout.write(
    `# Custodia API benchmark\n${formatCount(flags.persons)} persons (7 entities each); autocannon, ` +
      `${flags.connections} connections, ${flags.duration} s per scenario after ${flags.warmup} s of warm-up\n` +
      `machine: ${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}; Node ${process.version}; ` +
      `servers in child processes (custodia serve --log-level ${flags.logLevel}); CPU columns are shares ` +
      `of one core during the measured seconds (other: other processes and the kernel; steal: the hypervisor ` +
      `running other machines on our cores; runs: a run where other work took over a quarter of a core is ` +
      `repeated, up to 3, and the quietest kept)\n${machineLoad()}\n`,
  );
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (flags.only && flags.only !== dialect) continue;
    const database =
      dialect === 'sqlite' ? sqliteDatabase(cleanup) : await postgresDatabase(adminUrl, cleanup);
    await benchDatabase(database, flags, cleanup);
  }
}

await runBenchmark('bench:api', (cleanup) => main(parseFlags(process.argv.slice(2)), cleanup));
