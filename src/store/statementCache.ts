import type Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Statements kept per connection: the registry's queries are a few hundred distinct texts at most. */
const CAPACITY = 1000;

/**
 * better-sqlite3 through Kysely prepares every query anew; a read of a timeline is seven queries, and preparing
 * was an eighth of its time (bench:access profile). Statements are kept by their SQL text and reused; one that is
 * busy (a scan still iterating it) is not shared, a fresh one is prepared instead. SQLite re-prepares a statement
 * by itself when the schema changes, so a kept statement is never stale.
 */
export function withStatementCache(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept && !kept.busy) return kept;
      const statement = database.prepare(sql);
      if (!kept) {
        if (statements.size >= CAPACITY) statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
