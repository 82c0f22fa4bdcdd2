// Person search and link-on-arrival at scale: latency percentiles of GET /api/search/persons's use case over a
// registry of fictional person records on SQLite and PostgreSQL, and how often the searched person is found;
// beside it, in the same run, over the same data and the same queries, the plain search one would write
// without Custodia (bench/support/searchBaseline.ts): LIKE on SQLite, a pg_trgm index on PostgreSQL.
// `node bin/run-ts.js bench/personSearch.bench.ts -- [--records N] [--queries N] [--baseline-queries N] [--only sqlite|postgres]`
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApplication, type Application } from '../src/app.js';
import type { Actor } from '../src/core/ports/store.js';
import { searchPersons, type PersonSearch } from '../src/core/usecases/searchPersons.js';
import { createEntity } from '../src/core/usecases/writeEntities.js';
import { mulberry32 } from '../src/demo/synthetic/random.js';
import { Cleanup } from './support/cleanup.js';
import { postgresDatabase, sqliteDatabase, type BenchDatabase } from './support/databases.js';
import { BENCH_SOURCE_ID, benchBatch, benchPersonId, identityOf } from './support/personSearchData.js';
import { formatTable } from './support/report.js';
import {
  baselineWords,
  postgresBaseline,
  sqliteBaseline,
  type SearchBaseline,
} from './support/searchBaseline.js';

const flags = z
  .object({
    records: z.coerce.number().int().min(1000).default(1_000_000),
    queries: z.coerce.number().int().min(10).default(1000),
    // The baseline scans (LIKE '%…%' cannot use an index): at a million records a query takes about a second.
    baselineQueries: z.coerce.number().int().min(10).default(100),
    only: z.enum(['sqlite', 'postgres']).optional(),
  })
  .parse(
    (({ 'baseline-queries': baselineQueries, ...rest }) => ({ ...rest, baselineQueries }))(
      parseArgs({
        args: process.argv.slice(2).filter((arg) => arg !== '--'),
        strict: true,
        options: {
          records: { type: 'string' },
          queries: { type: 'string' },
          'baseline-queries': { type: 'string' },
          only: { type: 'string' },
        },
      }).values,
    ),
  );

const ACTOR: Actor = { id: 'bench:search', role: 'admin' };
const PERSONS = Math.round((flags.records * 3) / 4);
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

async function load(application: Application): Promise<void> {
  const started = performance.now();
  await application.store.transaction(ACTOR, (unitOfWork) =>
    unitOfWork.restore('source', [
      {
        id: BENCH_SOURCE_ID,
        version: 1,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        retracted: null,
        data: {
          kind: 'synthetic',
          publisher: 'bench',
          title: 'search bench',
          fictional: true,
          sensitivity: 'public',
        },
      } as never,
    ]),
  );
  for (let from = 0; from < PERSONS; from += 10_000) {
    const { persons, records } = benchBatch(from, Math.min(10_000, PERSONS - from));
    await application.store.transaction(ACTOR, async (unitOfWork) => {
      await unitOfWork.restore('person', persons);
      await unitOfWork.restore('personRecord', records);
    });
    if (from % 100_000 === 0) process.stderr.write(`  loaded ${from} persons (${seconds(started)} s)\n`);
  }
  process.stderr.write(`  loaded ${PERSONS} persons, ~${flags.records} records in ${seconds(started)} s\n`);
}

const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const misspell = (text: string) => strip(text).replace(/z/g, 's').replace(/v/g, 'b').replace(/ll/g, 'y');

/** The query kinds: what a family member, a lawyer or a clerk would type about person `index`. */
const QUERY_KINDS: Record<string, (index: number) => Omit<PersonSearch, 'limit'>> = {
  'given + surname': (index) => {
    const who = identityOf(index);
    return { q: `${who.given[0]} ${who.family[0]}` };
  },
  'full name + birth date': (index) => {
    const who = identityOf(index);
    return { q: [...who.given, ...who.family].join(' '), birthDate: who.birthDate as never };
  },
  'misspelt, no accents': (index) => {
    const who = identityOf(index);
    return { q: misspell([who.given[0], ...who.family].join(' ')), nationality: who.nationality };
  },
  'SURNAMES, GIVEN + year': (index) => {
    const who = identityOf(index);
    return {
      q: `${who.family.join(' ').toUpperCase()}, ${who.given[0]}`,
      birthDate: who.birthDate.slice(0, 4) as never,
    };
  },
  'surname + identifier': (index) => {
    const who = identityOf(index);
    return who.aNumber
      ? { q: who.family[0] as string, identifier: `A${who.aNumber}` }
      : { q: who.family[0] as string };
  },
};

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

/** The queries of one kind: the person each is about, and the search. Both searches get the same ones. */
interface BenchQuery {
  person: number;
  search: PersonSearch;
}

function queriesOf(kind: string): BenchQuery[] {
  const random = mulberry32(kind.length * 31 + 7);
  const build = QUERY_KINDS[kind] as (index: number) => Omit<PersonSearch, 'limit'>;
  return Array.from({ length: flags.queries }, () => {
    const person = Math.floor(random() * PERSONS);
    return { person, search: { ...build(person), limit: 10 } };
  });
}

/** Latency percentiles (ms) and the share of queries whose person was among the hits. */
interface Measured {
  p50: number;
  p95: number;
  p99: number;
  found: number;
}

/** Runs the queries one after another, each answered with the ids of the persons found. */
async function measure(
  queries: readonly BenchQuery[],
  answer: (search: PersonSearch) => Promise<string[]>,
  progress?: string,
): Promise<Measured> {
  const times: number[] = [];
  let found = 0;
  const begun = performance.now();
  for (const { person, search } of queries) {
    const started = performance.now();
    const personIds = await answer(search);
    times.push(performance.now() - started);
    if (personIds.includes(benchPersonId(person))) found += 1;
    if (progress && times.length % 100 === 0) {
      process.stderr.write(`  ${progress}: ${times.length} queries (${seconds(begun)} s)\n`);
    }
  }
  times.sort((left, right) => left - right);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    found: found / queries.length,
  };
}

const custodiaAnswer = (application: Application) => async (search: PersonSearch) =>
  (await searchPersons(application.store, search, 'admin')).hits.map((hit) => hit.person.id);

/** The baseline gets the query's text only: its words, folded. */
const baselineAnswer = (baseline: SearchBaseline) => (search: PersonSearch) =>
  baseline.search(baselineWords(search.q));

const latency = (value: number) => value.toFixed(1);
const share = (value: number) => `${(100 * value).toFixed(0)}%`;
const ratio = (value: number, base: number) =>
  base > 0 ? `${(value / base).toFixed(value / base < 0.1 ? 3 : 2)}x` : '-';

/** Link on arrival: a new record of an existing person, created as an editor would (a transaction each). */
async function measureArrival(application: Application): Promise<string[]> {
  const random = mulberry32(99);
  const times: number[] = [];
  for (let arrival = 0; arrival < Math.min(flags.queries, 300); arrival += 1) {
    const who = identityOf(Math.floor(random() * PERSONS));
    const started = performance.now();
    await createEntity(application.context(ACTOR), 'personRecord', {
      givenNames: strip(who.given.join(' ')),
      familyNames: who.family.join(' '),
      birthDate: who.birthDate,
      nationalities: [who.nationality],
      sourceIds: [BENCH_SOURCE_ID],
    });
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  const cells = [0.5, 0.95, 0.99].map((fraction) => percentile(times, fraction).toFixed(1));
  return ['link on arrival (create)', ...cells, '-', '-', '-', '-', '-', '-'];
}

function openBaseline(database: BenchDatabase): Promise<SearchBaseline> {
  const config = database.storeConfig;
  return config.kind === 'sqlite'
    ? Promise.resolve(sqliteBaseline(config.file))
    : postgresBaseline(config.url);
}

const HEADER = [
  'query',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'found in top 10',
  'baseline p50',
  'baseline p95',
  'baseline p99',
  'baseline found',
  'p95 vs baseline',
];

async function run(database: BenchDatabase): Promise<void> {
  process.stderr.write(`${database.dialect}: loading\n`);
  const phases: string[] = [];
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    phases.push(`${name} ${seconds(started)} s`);
    process.stderr.write(`  ${name}: ${seconds(started)} s\n`);
    return result;
  };
  const application = await createApplication(database.storeConfig);
  try {
    await phase('load', () => load(application));
    const settled = await phase('settle', () => database.settle());
    process.stderr.write(`  ${settled ?? ''}\n`);
    const queries = new Map(Object.keys(QUERY_KINDS).map((kind) => [kind, queriesOf(kind)]));
    const custodia = new Map<string, Measured>();
    await phase('Custodia search', async () => {
      // Warm-up: caches, JIT, the pool.
      await measure(queriesOf('given + surname'), custodiaAnswer(application));
      for (const [kind, set] of queries) custodia.set(kind, await measure(set, custodiaAnswer(application)));
    });
    const arrival = await phase('link on arrival', () => measureArrival(application));
    const size = (await database.sizeInBytes()) / 2 ** 30;

    const baseline = await openBaseline(database);
    const measuredBaseline = new Map<string, Measured>();
    let prepared: string;
    try {
      prepared = await phase('baseline index', () => baseline.prepare());
      await phase('baseline search', async () => {
        // A short warm-up: its queries are slow, and the load or the index build has just read the data.
        await measure(queriesOf('given + surname').slice(0, 50), baselineAnswer(baseline));
        for (const [kind, set] of queries) {
          const sample = set.slice(0, flags.baselineQueries);
          measuredBaseline.set(kind, await measure(sample, baselineAnswer(baseline), `baseline, ${kind}`));
        }
      });
    } finally {
      await baseline.close();
    }

    const rows = [...queries.keys()].map((kind) => {
      const ours = custodia.get(kind) as Measured;
      const theirs = measuredBaseline.get(kind) as Measured;
      return [
        kind,
        latency(ours.p50),
        latency(ours.p95),
        latency(ours.p99),
        share(ours.found),
        latency(theirs.p50),
        latency(theirs.p95),
        latency(theirs.p99),
        share(theirs.found),
        ratio(ours.p95, theirs.p95),
      ];
    });
    rows.push(arrival);
    process.stdout.write(
      `\n${database.dialect}: ${flags.records} records, ${PERSONS} persons, database ${size.toFixed(2)} GiB` +
        `${database.dialect === 'postgres' ? " (before the baseline's index)" : ''}, ${flags.queries} queries per kind, 10 hits each\n` +
        `baseline: ${baseline.description}; gets the query's words only\n` +
        `baseline preparation: ${prepared}\n` +
        `p95 vs baseline: Custodia's p95 / the baseline's p95 (below 1x: Custodia is faster)\n` +
        `${formatTable(HEADER, rows)}\n` +
        `phases: ${phases.join(', ')}\n`,
    );
  } finally {
    await application.close();
  }
}

const cleanup = new Cleanup();
process.once('SIGINT', () => void cleanup.runAll().then(() => process.exit(130)));
try {
  const adminUrl = process.env.CUSTODIA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (flags.only !== 'postgres') await run(sqliteDatabase(cleanup));
  if (flags.only !== 'sqlite') await run(await postgresDatabase(adminUrl, cleanup));
} finally {
  await cleanup.runAll();
}
