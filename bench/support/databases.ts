import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StoreConfig } from '../../src/store/open.js';
import type { Cleanup } from './cleanup.js';

/** A throwaway database for one benchmark run, and how `custodia serve` is pointed at it. */
export interface BenchDatabase {
  dialect: 'sqlite' | 'postgres';
  storeConfig: StoreConfig;
  serveArgs: string[];
  /** After the bulk load, before measuring: what the database would do on its own soon after a load. */
  settle(): Promise<string | undefined>;
  sizeInBytes(): Promise<number>;
}

/** A SQLite file in a new temporary directory, removed with it at cleanup. */
export function sqliteDatabase(cleanup: Cleanup): BenchDatabase {
  const directory = mkdtempSync(join(tmpdir(), 'custodia-bench-'));
  cleanup.add(`remove ${directory}`, () => rmSync(directory, { recursive: true, force: true }));
  const file = join(directory, 'bench.db');
  const size = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return {
    dialect: 'sqlite',
    storeConfig: { kind: 'sqlite', file },
    serveArgs: ['--db', file],
    // The application never runs ANALYZE or PRAGMA optimize, so neither does the benchmark. The freshly loaded
    // file is flushed now: otherwise the kernel writes it back during the first scenario, on the same cores.
    settle: async () => {
      for (const path of [file, `${file}-wal`]) {
        if (size(path) === 0) continue;
        const descriptor = openSync(path, 'r+');
        fsyncSync(descriptor);
        closeSync(descriptor);
      }
      return 'file flushed to disk after the load';
    },
    sizeInBytes: async () => size(file) + size(`${file}-wal`),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database on the server of `adminUrl`, dropped (with any sessions still on it) at cleanup. */
export async function postgresDatabase(adminUrl: string, cleanup: Cleanup): Promise<BenchDatabase> {
  const name = `custodia_bench_${randomBytes(5).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  cleanup.add(`drop database ${name}`, () =>
    withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(
      () => undefined,
    ),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    dialect: 'postgres',
    storeConfig: { kind: 'postgres', url: databaseUrl, poolSize: 4 },
    serveArgs: ['--database-url', databaseUrl],
    // Autovacuum would analyze and vacuum the freshly loaded tables within a minute or so; doing it now makes
    // the plans, and so the figures, the same from run to run.
    settle: async () => {
      await withClient(databaseUrl, async (client) => {
        await client.query('vacuum (analyze)');
        // Writes the load's dirty pages now rather than during a scenario; needs a superuser or pg_checkpoint.
        await client.query('checkpoint').catch(() => undefined);
      });
      return 'vacuum (analyze) and checkpoint after the load, as autovacuum and the checkpointer would soon do';
    },
    sizeInBytes: () =>
      withClient(databaseUrl, async (client) => {
        const result = await client.query<{ size: string }>(
          'select pg_database_size(current_database()) as size',
        );
        return Number(result.rows[0]?.size ?? 0);
      }),
  };
}
