// What access costs a read: a person's timeline read by a signed-in viewer (session check, route policy,
// redaction for the viewer and the read-audit row) against the same read by the same build with access switched
// off (bench-only setting), in one run, on SQLite and PostgreSQL.
// `npm run bench:access -- [--persons N] [--duration S] [--warmup S] [--connections C] [--only sqlite|postgres]`
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApplication } from '../src/app.js';
import { evaluateRegistry } from '../src/core/usecases/findingViews.js';
import { startServerProcess } from '../test/helpers/serveProcess.js';
import { BENCH_PASSWORD, benchAccount } from './support/account.js';
import { Cleanup } from './support/cleanup.js';
import { postgresDatabase, sqliteDatabase, type BenchDatabase } from './support/databases.js';
import { loadRegistry } from './support/loadRegistry.js';
import { fetchJson, measureQuietly, type Measurement, type Scenario } from './support/measure.js';
import { formatCount, measurementTable } from './support/report.js';
import { personId } from './support/syntheticRegistry.js';

const flagsSchema = z.object({
  persons: z.coerce.number().int().min(100).default(20_000),
  duration: z.coerce.number().positive().default(8),
  warmup: z.coerce.number().min(0).default(3),
  connections: z.coerce.number().int().min(1).max(1000).default(10),
  rounds: z.coerce.number().int().min(1).max(15).default(5),
  only: z.enum(['sqlite', 'postgres']).optional(),
});
type Flags = z.infer<typeof flagsSchema>;

function parseFlags(argv: string[]): Flags {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: Object.fromEntries(
      ['persons', 'duration', 'warmup', 'connections', 'rounds', 'only'].map((name) => [
        name,
        { type: 'string' },
      ]),
    ) as Record<string, { type: 'string' }>,
  });
  const parsed = flagsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}

async function startServer(database: BenchDatabase, access: 'enforce' | 'off', cleanup: Cleanup) {
  const server = await startServerProcess(
    ['bin/run-ts.js', 'bench/support/accessServer.ts', ...database.serveArgs, '--access', access],
    { ready: /is serving at (http:\/\/\S+)/, timeoutMs: 120_000 },
  );
  return { server, stop: cleanup.add(`stop the ${access} server`, () => server.stop()) };
}

/** Signs the viewer in over HTTP, as a browser would, and returns the session cookie. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie) throw new Error(`sign-in answered ${response.status}`);
  return cookie;
}

async function benchDatabase(database: BenchDatabase, flags: Flags, cleanup: Cleanup): Promise<void> {
  const application = await createApplication(database.storeConfig);
  const closeApplication = cleanup.add('close the loading store', () => application.close());
  await loadRegistry(application.store, flags.persons);
  await evaluateRegistry(application.store, application.rules, () => new Date(), { all: true });
  const viewer = await benchAccount(application, 'viewer');
  await closeApplication();
  await database.settle();
  const audited = await createApplication(database.storeConfig);
  const readsBefore = (await audited.store.auditEntries({ limit: 10_000_000, actions: ['read'] })).length;
  await audited.close();

  const timeline = () => `/api/persons/${personId(Math.floor(Math.random() * flags.persons))}/timeline`;
  const results: Measurement[] = [];
  // Rounds alternate the two servers, so a busy moment of the machine does not fall on one side only.
  for (let round = 1; round <= flags.rounds; round += 1) {
    for (const access of ['off', 'enforce'] as const) {
      const { server, stop } = await startServer(database, access, cleanup);
      const headers: Record<string, string> =
        access === 'enforce' ? { cookie: await signIn(server.url, viewer.email) } : {};
      const scenario: Scenario = {
        name: `timeline, access ${access} (round ${round})`,
        path: timeline,
        headers,
      };
      await fetchJson(server.url, timeline(), headers);
      process.stderr.write(`  [${database.dialect}] ${scenario.name}\n`);
      results.push(
        await measureQuietly(server.url, scenario, flags, {
          pid: server.pid,
          postgres: database.dialect === 'postgres',
        }),
      );
      await stop();
    }
  }
  const check = await createApplication(database.storeConfig);
  const readsAfter = (await check.store.auditEntries({ limit: 10_000_000, actions: ['read'] })).length;
  await check.close();
  const run = (access: string, round: number) =>
    results.find((result) => result.scenario === `timeline, access ${access} (round ${round})`);
  const rate = (access: string, round: number) => run(access, round)?.requestsPerSecond ?? Number.NaN;
  // CPU spent per request by the server and the database: unlike requests per second, it does not fall when the
  // hypervisor takes our cores for other machines (steal), which on this machine moves throughput by half.
  const cpuPerRequest = (access: string, round: number) => {
    const measured = run(access, round);
    if (!measured) return Number.NaN;
    return (((measured.cpu.server ?? 0) + (measured.cpu.postgres ?? 0)) * flags.duration) / measured.requests;
  };
  const median = (values: number[]) =>
    [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] as number;
  const rounds = Array.from({ length: flags.rounds }, (_, index) => index + 1);
  // Each round's two runs are next to each other in time: their ratio is the least disturbed by the machine.
  const slowdowns = rounds.map((round) => 1 - rate('enforce', round) / rate('off', round));
  const extraCpu = rounds.map((round) => cpuPerRequest('enforce', round) / cpuPerRequest('off', round) - 1);
  const best = (access: string) =>
    Math.max(
      ...results
        .filter((result) => result.scenario.includes(`access ${access}`))
        .map((result) => result.requestsPerSecond),
    );
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const enforcedRequests = results
    .filter((result) => result.scenario.includes('access enforce'))
    .reduce((sum, result) => sum + result.requests, 0);
  const baseline = results.reduce((top, result) =>
    result.scenario.includes('access off') && result.requestsPerSecond > top.requestsPerSecond ? result : top,
  );
  process.stdout.write(
    `\n## ${database.dialect}\n${measurementTable(baseline, results)}\n\n` +
      `requests per second, slower with access, round by round: ${slowdowns.map(percent).join(', ')}; median ` +
      `${percent(median(slowdowns))} (target: at most 15 %); best runs ${formatCount(best('enforce'))} against ` +
      `${formatCount(best('off'))} req/s (${percent(1 - best('enforce') / best('off'))})\n` +
      `CPU per request (server and database), more with access, round by round: ${extraCpu.map(percent).join(', ')}; ` +
      `median ${percent(median(extraCpu))}\n` +
      `read-audit rows written: ${formatCount(readsAfter - readsBefore)} ` +
      `(for about ${formatCount(enforcedRequests)} audited reads measured, warm-ups besides)\n`,
  );
}

async function main(flags: Flags, cleanup: Cleanup): Promise<void> {
  const [load = 0] = loadavg();
  process.stdout.write(
    `# Custodia access benchmark\n${formatCount(flags.persons)} persons; GET /api/persons/:id/timeline of a random ` +
      `person; autocannon, ${flags.connections} connections, ${flags.duration} s per run after ${flags.warmup} s ` +
      `of warm-up; runs alternate, access off then on, in each round; the baseline row is the best run with ` +
      `access switched off\n` +
      `machine: ${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}; Node ${process.version}; ` +
      `load average (1 min) before the start: ${load.toFixed(2)}\n`,
  );
  const adminUrl = process.env.CUSTODIA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (flags.only && flags.only !== dialect) continue;
    const database =
      dialect === 'sqlite' ? sqliteDatabase(cleanup) : await postgresDatabase(adminUrl, cleanup);
    await benchDatabase(database, flags, cleanup);
  }
}

const cleanup = new Cleanup();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanup.runAll().finally(() => process.exit(130)));
try {
  await main(parseFlags(process.argv.slice(2)), cleanup);
} catch (error) {
  process.stderr.write(
    `bench:access failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await cleanup.runAll();
}
