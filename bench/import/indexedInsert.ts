// The ceiling of the importer's writes: custody-event rows (as the importer makes them, 15 columns with the
// entity's JSON) written by the store's own bulk path, in transactions of 5,000 rows, into the registry's
// indexed table, and into a table of the same columns without an index. Nothing is read or mapped: this is what
// the engine itself can take. `node bin/run-ts.js bench/import/indexedInsert.ts [--rows N]`
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrate } from '../../src/store/migrator.js';
import { POSTGRES, SQLITE } from '../../src/store/dialect.js';
import { postgresBulkInsert, SqliteBulkInsert, type BulkInsert } from '../../src/store/bulkInsert.js';
import type { Row } from '../../src/store/rows.js';
import { Cleanup } from '../support/cleanup.js';
import { postgresDatabase } from '../support/databases.js';
import { formatTable } from '../support/report.js';

const rows = Number(
  parseArgs({ args: process.argv.slice(2), options: { rows: { type: 'string' } } }).values.rows ?? 200_000,
);
const BATCH = 5000;

function custodyRows(count: number): Row[] {
  return Array.from({ length: count }, (_, index) => {
    const hash = createHash('sha256').update(String(index)).digest('base64url');
    const personId = `per_${hash.slice(22, 44)}`;
    const day = `2024-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    return {
      id: `cev_${hash.slice(0, 22)}`,
      version: 1,
      created_at: '2026-12-04T16:56:48.882Z',
      updated_at: '2026-12-04T16:56:48.882Z',
      retracted_at: null,
      retraction_reason: null,
      date_lo: day,
      date_hi: day,
      sort_date: day,
      source_ids: '|src_01M90ZSBZJZRDR195A40HPE56K|',
      data: JSON.stringify({
        country: 'USA',
        custodian: 'ICE',
        date: day,
        facilityId: `fac_${index % 220}`,
        origin: { row: index + 2, sourceId: 'src_01M90ZSBZJZRDR195A40HPE56K' },
        personId,
        reason: 'Transferred',
        sourceIds: ['src_01M90ZSBZJZRDR195A40HPE56K'],
        stay: { from: day, releaseReason: 'Removed', to: day },
        type: 'detained',
      }),
      person_id: personId,
      type: 'detained',
      facility_id: `fac_${index % 220}`,
      country: 'USA',
    };
  });
}

async function timeInserts(
  db: Kysely<unknown>,
  bulk: BulkInsert,
  table: string,
  data: Row[],
): Promise<number> {
  const started = performance.now();
  for (let start = 0; start < data.length; start += BATCH) {
    await db
      .transaction()
      .execute((transaction) => bulk.insert(transaction as never, table, data.slice(start, start + BATCH)));
  }
  return data.length / ((performance.now() - started) / 1000);
}

const cleanup = new Cleanup();
try {
  const data = custodyRows(rows);
  const table: string[][] = [];
  const directory = mkdtempSync(join(tmpdir(), 'custodia-bench-insert-'));
  cleanup.add(`remove ${directory}`, () => rmSync(directory, { recursive: true, force: true }));
  const database = new Database(join(directory, 'insert.db'));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('cache_size = -65536');
  database.pragma('wal_autocheckpoint = 20000');
  const sqliteDb = new Kysely<unknown>({ dialect: new SqliteDialect({ database }) });
  const adminUrl = process.env.CUSTODIA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const postgres = await postgresDatabase(adminUrl, cleanup);
  const pool = new pg.Pool({ connectionString: postgres.serveArgs[1] });
  const postgresDb = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  for (const [name, db, dialect, bulk] of [
    ['sqlite', sqliteDb, SQLITE, new SqliteBulkInsert(database)],
    ['postgres', postgresDb, POSTGRES, postgresBulkInsert],
  ] as const) {
    await migrate(db, dialect);
    await sql`create table bare_custody_events as select * from custody_events where false`.execute(db);
    const bare = await timeInserts(db, bulk, 'bare_custody_events', data);
    const indexed = await timeInserts(db, bulk, 'custody_events', data);
    table.push([
      `${name}`,
      Math.round(bare).toLocaleString('en-US'),
      Math.round(indexed).toLocaleString('en-US'),
      `${(indexed / bare).toFixed(2)}x`,
    ]);
    await db.destroy();
  }
  process.stdout.write(
    `${rows.toLocaleString('en-US')} custody-event rows, transactions of ${BATCH}, the store's bulk path\n\n` +
      `${formatTable(['engine', 'no index rows/s', 'registry table rows/s', 'ratio'], table)}\n`,
  );
} finally {
  await cleanup.runAll();
}
