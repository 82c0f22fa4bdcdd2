// The web app: what each page downloads (gzipped), and how long a person's page takes from navigation until it is
// usable, on the demo and at 100,000 persons, against the API answers the page waits for, fetched by hand in the
// same browser in the same run. `npm run bench:web -- [--persons N] [--runs R]`
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { CLI_ACTOR, createApplication, type Application } from '../src/app.js';
import { insertDataset } from '../src/core/usecases/insertDataset.js';
import { buildDemoData } from '../src/demo/index.js';
import { WEB_DIST } from '../src/api/webApp.js';
import { buildWebIfStale } from '../scripts/build-web.js';
import { launchChromium } from '../test/helpers/browser.js';
import { BENCH_PASSWORD, benchAccount } from './support/account.js';
import { runBenchmark, type Cleanup } from './support/cleanup.js';
import { sqliteDatabase } from './support/databases.js';
import { loadRegistry } from './support/loadRegistry.js';
import { formatTable } from './support/report.js';
import { personId } from './support/syntheticRegistry.js';

const flagsSchema = z.object({
  persons: z.coerce.number().int().min(100).default(100_000),
  runs: z.coerce.number().int().min(3).max(200).default(20),
});

function parseFlags(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { persons: { type: 'string' }, runs: { type: 'string' } },
  });
  const parsed = flagsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------------------------
// Bundle sizes

interface ManifestEntry {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const gzipped = (file: string) => gzipSync(readFileSync(join(WEB_DIST, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The files a chunk loads before it runs: itself, its static imports (transitively) and their CSS. */
function closure(
  manifest: Record<string, ManifestEntry>,
  key: string,
  into = new Set<string>(),
): Set<string> {
  const entry = manifest[key];
  if (!entry || into.has(entry.file)) return into;
  into.add(entry.file);
  for (const css of entry.css ?? []) into.add(css);
  for (const imported of entry.imports ?? []) closure(manifest, imported, into);
  return into;
}

function bundleSizes(): string {
  const manifest = JSON.parse(readFileSync(join(WEB_DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestEntry
  >;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry) as string;
  const initial = closure(manifest, entryKey);
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipped(file), 0);
  const charts = closure(manifest, 'src/pages/charts.tsx');
  const overviewAll = new Set([...initial, ...charts]);
  const rows: string[][] = [
    ['overview: scripts and CSS of the first paint', kb(sum(initial)), '< 250 KB'],
    ['overview: everything (with the charts and the map)', kb(sum(overviewAll)), '< 400 KB'],
  ];
  for (const key of Object.keys(manifest).sort()) {
    if (!key.startsWith('src/pages/') || key === 'src/pages/charts.tsx') continue;
    const page = closure(manifest, key);
    const own = [...page].filter((file) => !initial.has(file));
    rows.push([
      `${key.replace('src/pages/', '').replace('.tsx', '')}: on top of the first paint`,
      kb(sum(own)),
      '',
    ]);
  }
  rows.push([
    'charts and map (loaded after the first paint)',
    kb(sum([...charts].filter((file) => !initial.has(file)))),
    '',
  ]);
  return formatTable(['what', 'gzipped', 'budget'], rows);
}

// ---------------------------------------------------------------------------------------------------------------
// A person's page, navigation to usable

const median = (values: number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The page is usable: its heading, whereabouts, deadlines and timeline are drawn, and nothing is still loading. */
const USABLE = `(() => {
  const main = document.querySelector('main');
  return Boolean(main && main.querySelector('h1') && document.getElementById('timeline') &&
    document.getElementById('deadlines') && !main.querySelector('[role=status]'));
})()`;

async function personPageTimes(page: Page, base: string, ids: string[], runs: number) {
  const pageTimes: number[] = [];
  const apiTimes: number[] = [];
  for (let run = 0; run < runs + 2; run += 1) {
    const id = ids[run % ids.length] as string;
    await page.goto(`${base}/persons/${id}`, { waitUntil: 'commit' });
    await page.waitForFunction(USABLE, undefined, { polling: 'raf', timeout: 60_000 });
    const usable = await page.evaluate<number>('performance.now()');
    // The three answers the page waits for, fetched by hand from the loaded page: the API's part of the time.
    const api = await page.evaluate<number>(`(async () => {
      const started = performance.now();
      await Promise.all(['', '/timeline', '/deadlines'].map((tail) =>
        fetch('/api/persons/${id}' + tail, { headers: { accept: 'application/json' } }).then((r) => r.json())));
      return performance.now() - started;
    })()`);
    if (run < 2) continue; // warm-up
    pageTimes.push(usable);
    apiTimes.push(api);
  }
  return {
    page: median(pageTimes),
    api: median(apiTimes),
    min: Math.min(...pageTimes),
    max: Math.max(...pageTimes),
  };
}

async function serve(application: Application, cleanup: Cleanup): Promise<string> {
  const api: FastifyInstance = await application.api({ access: { publicRequestsPerMinute: 1_000_000 } });
  cleanup.add('close the API', () => api.close());
  await api.listen({ host: '127.0.0.1', port: 0 });
  const address = api.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

async function signedInPage(browser: Browser, base: string, email: string): Promise<Page> {
  // bypassCSP lets Playwright poll the page with a function of its own (the API's policy forbids evaluating
  // strings); the app's own scripts load and run as they do for a user.
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const answer = await page.request.post(`${base}/api/session`, {
    data: { email, password: BENCH_PASSWORD },
  });
  if (!answer.ok()) throw new Error(`sign-in failed: ${answer.status()} ${await answer.text()}`);
  return page;
}

async function measureRegistry(
  label: string,
  fill: (application: Application) => Promise<string[]>,
  browser: Browser,
  runs: number,
  cleanup: Cleanup,
): Promise<string[]> {
  const database = sqliteDatabase(cleanup);
  const application = await createApplication(database.storeConfig);
  cleanup.add(`close the ${label} registry`, () => application.close());
  const ids = await fill(application);
  await database.settle();
  const { email } = await benchAccount(application, 'viewer');
  const base = await serve(application, cleanup);
  const page = await signedInPage(browser, base, email);
  const times = await personPageTimes(page, base, ids, runs);
  await page.context().close();
  return [
    label,
    `${times.page.toFixed(0)} ms`,
    `${times.min.toFixed(0)}–${times.max.toFixed(0)} ms`,
    `${times.api.toFixed(0)} ms`,
    `${(times.page / times.api).toFixed(1)}×`,
  ];
}

async function main(cleanup: Cleanup) {
  const flags = parseFlags(process.argv.slice(2));
  process.stdout.write(
    `# Custodia web app benchmark\nmachine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}; Node ${process.version}; load ${loadavg()[0]?.toFixed(2)}\n`,
  );
  await buildWebIfStale();
  process.stdout.write(
    `\n## Bundle sizes (web/dist, built ${statSync(join(WEB_DIST, 'index.html')).mtime.toISOString()})\n\n`,
  );
  process.stdout.write(`${bundleSizes()}\n`);

  const browser = await launchChromium();
  cleanup.add('close Chromium', () => browser.close());
  const rows: string[][] = [];
  rows.push(
    await measureRegistry(
      'demo (372 persons)',
      async (application) => {
        const data = buildDemoData();
        await insertDataset(application.context(CLI_ACTOR), data);
        return data.person.slice(0, 40).map((person) => person.id);
      },
      browser,
      flags.runs,
      cleanup,
    ),
  );
  rows.push(
    await measureRegistry(
      `${flags.persons.toLocaleString('en')} persons`,
      async (application) => {
        await loadRegistry(application.store, flags.persons, {
          onProgress: (done) => process.stdout.write(`  loaded ${done.toLocaleString('en')} persons\n`),
        });
        return Array.from({ length: 40 }, (_, index) => personId(Math.floor((index * flags.persons) / 40)));
      },
      browser,
      flags.runs,
      cleanup,
    ),
  );
  process.stdout.write(
    `\n## A person's page, from navigation to usable (median of ${flags.runs}, after 2 of warm-up; SQLite; a signed-in viewer)\n\n`,
  );
  process.stdout.write(
    `${formatTable(['registry', 'page usable (median)', 'range', 'its 3 API answers by hand', 'page / API'], rows)}\n`,
  );
}

await runBenchmark('bench:web', main);
