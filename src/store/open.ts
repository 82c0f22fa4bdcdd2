import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Store } from '../core/ports/store.js';
import { POSTGRES, SQLITE } from './dialect.js';
import { KyselyStore } from './kyselyStore.js';
import { SqliteBulkInsert } from './bulkInsert.js';
import { withStatementCache } from './statementCache.js';
import { postgresHotQueries } from './hotQueries.js';

export type StoreConfig =
  | {
      kind: 'sqlite';
      file: string;
      /**
       * Tuned for one long bulk import rather than serving: the file is read through the page cache instead of
       * being mapped into the process (its pages would count as the importer's memory), and the write-ahead log
       * is copied back into the file every 80 MB instead of every 4 MB (a third less time on a large import).
       */
      bulk?: boolean;
    }
  | { kind: 'postgres'; url: string; poolSize?: number };

/** Opens the configured database and applies pending migrations. */
export async function openStore(config: StoreConfig, clock: () => Date = () => new Date()): Promise<Store> {
  const store =
    config.kind === 'sqlite'
      ? openSqlite(config.file, clock, config.bulk ?? false)
      : openPostgres(config, clock);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openSqlite(file: string, clock: () => Date, bulk: boolean): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  // WAL lets readers go on while one writer commits; busy_timeout makes a second process wait instead of failing.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // A 64 MiB page cache and memory-mapped reads: the default 2 MiB cache thrashes on a registry of 1 GB.
  database.pragma('cache_size = -65536');
  database.pragma(`mmap_size = ${bulk ? 0 : 1073741824}`);
  if (bulk) database.pragma('wal_autocheckpoint = 20000');
  return new KyselyStore(
    new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }),
    SQLITE,
    clock,
    undefined,
    new SqliteBulkInsert(database),
  );
}

function openPostgres(config: { url: string; poolSize?: number }, clock: () => Date): Store {
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
  // A connection the server ends (a restart, an administrator, a dropped database) is an error event on the pool
  // when idle, and on the connection itself while the pool closes it; unheard, either would end the process. The
  // pool discards such a connection (the next query opens another), and a query running on it fails with its
  // own error, so there is nothing more to do with the event.
  const auditPool = new pg.Pool({
    connectionString: config.url,
    max: 2,
    options: '-c synchronous_commit=off',
  });
  for (const each of [pool, auditPool]) {
    each.on('error', () => undefined);
    each.on('connect', (client) => client.on('error', () => undefined));
  }
  return new KyselyStore(
    new Kysely({ dialect: new PostgresDialect({ pool }) }),
    POSTGRES,
    clock,
    () => auditPool.end(),
    undefined,
    postgresHotQueries(pool, auditPool),
  );
}
