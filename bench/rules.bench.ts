// The rules engine: stateless evaluation of varied bundles, and re-evaluation of a whole registry on SQLite and
// PostgreSQL beside the time to merely read the same bundles from the store (the baseline).
// `npm run bench:rules -- [--bundles N] [--persons N] [--only sqlite|postgres]`
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApplication } from '../src/app.js';
import { CORE_PACK, CORE_PREDICATES } from '../src/core/rules/core/pack.js';
import { assembleBundle, type TransferFacts } from '../src/core/rules/assemble.js';
import { bundleSchema, type Bundle } from '../src/core/rules/bundle.js';
import { evaluateBundle } from '../src/core/rules/engine.js';
import { evaluateRegistry } from '../src/core/usecases/findingViews.js';
import { bundleText, evaluateFacts, gatherFacts, type Rules } from '../src/core/usecases/findings.js';
import type { Facility } from '../src/core/entities/index.js';
import type { Store } from '../src/core/ports/store.js';
import { Cleanup } from './support/cleanup.js';
import { postgresDatabase, sqliteDatabase, type BenchDatabase } from './support/databases.js';
import { loadRegistry } from './support/loadRegistry.js';
import { formatCount, formatTable } from './support/report.js';
import { personBatch, referenceEntities } from './support/syntheticRegistry.js';

const flags = z
  .object({
    bundles: z.coerce.number().int().min(100).default(100_000),
    persons: z.coerce.number().int().min(100).default(100_000),
    only: z.enum(['sqlite', 'postgres', 'stateless']).optional(),
  })
  .parse(
    parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: { bundles: { type: 'string' }, persons: { type: 'string' }, only: { type: 'string' } },
    }).values,
  );

const seconds = (start: number) => (performance.now() - start) / 1000;

/** Varied bundles without a database: the synthetic registry's persons, assembled as the registry would. */
function syntheticBundles(count: number): Bundle[] {
  const references = referenceEntities();
  const facilities = new Map<string, Facility>(
    references.facility.map((facility) => [facility.id, facility.data]),
  );
  const agreements = new Map(references.agreement.map((agreement) => [agreement.id, agreement]));
  const bundles: Bundle[] = [];
  for (let start = 0; bundles.length < count; start += 1000) {
    const batch = personBatch(start, 1000);
    const byPerson = <T extends { data: { personId?: string } }>(items: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of items)
        map.set(item.data.personId as string, [...(map.get(item.data.personId as string) ?? []), item]);
      return map;
    };
    const records = byPerson(batch.personRecord);
    const events = byPerson(batch.legalEvent);
    const custody = byPerson(batch.custodyEvent);
    for (const transfer of batch.transfer) {
      const personId = transfer.data.personId;
      const facts: TransferFacts = {
        transfer: { id: transfer.id, data: transfer.data },
        personRecords: (records.get(personId) ?? []).map((record) => record.data),
        legalEvents: (events.get(personId) ?? []).map((event) => ({ id: event.id, data: event.data })),
        custodyEvents: (custody.get(personId) ?? []).map((event) => event.data),
        facilities,
        agreement: transfer.data.agreementId ? agreements.get(transfer.data.agreementId) : undefined,
      };
      bundles.push(bundleSchema.parse(assembleBundle(facts)));
      if (bundles.length === count) break;
    }
  }
  return bundles;
}

function statelessFigures(count: number): string[][] {
  const bundles = syntheticBundles(count);
  const texts = bundles.map((bundle) => JSON.stringify(bundle));
  let start = performance.now();
  for (const text of texts) bundleSchema.parse(JSON.parse(text));
  const parseSeconds = seconds(start);
  start = performance.now();
  let findings = 0;
  for (const bundle of bundles) findings += evaluateBundle(bundle, CORE_PACK, CORE_PREDICATES).length;
  const evaluateSeconds = seconds(start);
  return [
    [
      'read + validate bundles (JSON.parse + schema), baseline',
      formatCount(count),
      `${parseSeconds.toFixed(2)} s`,
      `${formatCount(count / parseSeconds)}/s`,
      '1.00',
    ],
    [
      `evaluate ${CORE_PACK.rules.length} rules (${formatCount(findings)} findings)`,
      formatCount(count),
      `${evaluateSeconds.toFixed(2)} s`,
      `${formatCount(count / evaluateSeconds)}/s`,
      (evaluateSeconds / parseSeconds).toFixed(2),
    ],
  ];
}

/** The baseline of the registry figures: reading every transfer's facts and assembling its bundle, nothing more. */
async function readAllBundles(store: Store): Promise<number> {
  let read = 0;
  for await (const batch of store.scan('transfer', 500)) {
    for (const facts of await gatherFacts(
      store,
      batch.filter((transfer) => !transfer.retracted),
    )) {
      bundleText(facts);
      read += 1;
    }
  }
  return read;
}

/** The same reads, each bundle evaluated in memory and nothing stored: what the engine itself adds. */
async function readAndDecide(store: Store, rules: Rules): Promise<number> {
  let findings = 0;
  for await (const batch of store.scan('transfer', 500)) {
    for (const facts of await gatherFacts(
      store,
      batch.filter((transfer) => !transfer.retracted),
    )) {
      findings += evaluateFacts(facts, rules, '').findings.length;
    }
  }
  return findings;
}

async function registryFigures(database: BenchDatabase, persons: number): Promise<string[][]> {
  const application = await createApplication(database.storeConfig);
  try {
    const load = await loadRegistry(application.store, persons);
    await database.settle();
    let start = performance.now();
    const read = await readAllBundles(application.store);
    const readSeconds = seconds(start);
    start = performance.now();
    const decided = await readAndDecide(application.store, application.rules);
    const decideSeconds = seconds(start);
    start = performance.now();
    const result = await evaluateRegistry(application.store, application.rules, () => new Date(), {
      all: true,
    });
    const evaluateSeconds = seconds(start);
    const label = database.dialect;
    return [
      [
        `${label}: load ${formatCount(load.entities)} entities`,
        formatCount(persons),
        `${load.seconds.toFixed(1)} s`,
        '',
        '',
      ],
      [
        `${label}: read and assemble every bundle, baseline`,
        formatCount(read),
        `${readSeconds.toFixed(1)} s`,
        `${formatCount(read / readSeconds)}/s`,
        '1.00',
      ],
      [
        `${label}: read and evaluate every bundle (${formatCount(decided)} findings, not stored)`,
        formatCount(read),
        `${decideSeconds.toFixed(1)} s`,
        `${formatCount(read / decideSeconds)}/s`,
        (decideSeconds / readSeconds).toFixed(2),
      ],
      [
        `${label}: re-evaluate the registry (read + evaluate + store ${formatCount(result.findings)} findings)`,
        formatCount(result.evaluated),
        `${evaluateSeconds.toFixed(1)} s`,
        `${formatCount(result.evaluated / evaluateSeconds)}/s`,
        (evaluateSeconds / readSeconds).toFixed(2),
      ],
    ];
  } finally {
    await application.close();
  }
}

const cleanup = new Cleanup();
try {
  const rows: string[][] = [];
  if (!flags.only || flags.only === 'stateless') rows.push(...statelessFigures(flags.bundles));
  if (!flags.only || flags.only === 'sqlite')
    rows.push(...(await registryFigures(sqliteDatabase(cleanup), flags.persons)));
  if (!flags.only || flags.only === 'postgres') {
    const adminUrl = process.env.CUSTODIA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    rows.push(...(await registryFigures(await postgresDatabase(adminUrl, cleanup), flags.persons)));
  }
  process.stdout.write(
    `Rules engine, pack ${CORE_PACK.id} ${CORE_PACK.version} (${CORE_PACK.rules.length} rules), node ${process.version}\n`,
  );
  process.stdout.write(`${formatTable(['what', 'items', 'time', 'rate', 'time ÷ baseline'], rows)}\n`);
} finally {
  await cleanup.runAll();
}
