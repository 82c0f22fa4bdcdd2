import { CompiledQuery } from 'kysely';
import type pg from 'pg';
import type { AnyDb } from './entityQueries.js';

export type HotRow = Record<string, string | number | null>;

/**
 * Queries on the path of every request: who is calling (a session or token and its user), and the audit of what
 * they read. Written once as SQL text with `$1…` parameters and run without the query builder; PostgreSQL keeps
 * each as a named statement per connection, parsed and planned once (a third of such a query's cost), SQLite
 * through the statement cache. Kept to a few fixed queries, each named in the file that owns its text.
 */
export interface HotQueries {
  rows(name: string, text: string, values: readonly unknown[]): Promise<HotRow[]>;
}

/**
 * `auditPool` carries only the audit of reads, on connections with asynchronous commit: such a row is written to
 * the log at once and flushed to disk within a fraction of a second rather than before the answer, the same
 * durability SQLite gives every write in WAL mode with `synchronous = NORMAL`. Waiting for the disk on every read
 * made an audited read a third slower under load (bench:access); changes to the registry keep synchronous commit.
 */
export function postgresHotQueries(pool: pg.Pool, auditPool: pg.Pool = pool): HotQueries {
  return {
    async rows(name, text, values) {
      const target = name.startsWith('custodia_append_audit') ? auditPool : pool;
      const result = await target.query<HotRow>({ name, text, values: [...values] });
      return result.rows;
    },
  };
}

/** SQLite takes `?` for each parameter in order; the texts use each `$n` once, in order. */
export function sqliteHotQueries(db: AnyDb): HotQueries {
  const texts = new Map<string, string>();
  return {
    async rows(_name, text, values) {
      let sqliteText = texts.get(text);
      if (sqliteText === undefined) {
        sqliteText = text.replace(/\$\d+(::[a-z]+\[\])?/g, '?');
        texts.set(text, sqliteText);
      }
      const result = await db.executeQuery<HotRow>(CompiledQuery.raw(sqliteText, [...values]));
      return result.rows;
    },
  };
}
