import type Database from 'better-sqlite3';
import { sql } from 'kysely';
import type { AnyDb } from './entityQueries.js';
import type { Row } from './rows.js';

/**
 * The fastest way each engine takes many new rows inside a transaction that is already open: on SQLite, cached
 * prepared statements of many rows each, run on the connection the transaction holds; on PostgreSQL, one
 * `INSERT … SELECT FROM unnest(…)` per chunk, a column per array parameter, whatever the number of rows.
 */
export interface BulkInsert {
  insert(db: AnyDb, table: string, rows: readonly Row[]): Promise<void>;
}

/** Rows per SQLite statement: 64 rows of 20 columns stay far below the 32,766-variable limit. */
const SQLITE_ROWS_PER_STATEMENT = 64;

/**
 * SQLite: better-sqlite3 runs synchronously on the one connection Kysely's transaction holds (Kysely serialises
 * its use of it), so statements prepared on the raw handle run inside that transaction.
 */
export class SqliteBulkInsert implements BulkInsert {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly database: Database.Database) {}

  insert(_db: AnyDb, table: string, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    const columns = Object.keys(rows[0] as Row);
    const values: Array<string | number | null> = [];
    let start = 0;
    for (; start + SQLITE_ROWS_PER_STATEMENT <= rows.length; start += SQLITE_ROWS_PER_STATEMENT) {
      values.length = 0;
      for (let index = start; index < start + SQLITE_ROWS_PER_STATEMENT; index += 1) {
        pushValues(values, rows[index] as Row, columns);
      }
      this.statement(table, columns, SQLITE_ROWS_PER_STATEMENT).run(values);
    }
    const single = this.statement(table, columns, 1);
    for (; start < rows.length; start += 1) {
      values.length = 0;
      pushValues(values, rows[start] as Row, columns);
      single.run(values);
    }
    return Promise.resolve();
  }

  private statement(table: string, columns: readonly string[], count: number): Database.Statement {
    const cacheKey = `${table}|${columns.join(',')}|${count}`;
    let statement = this.statements.get(cacheKey);
    if (!statement) {
      const tuple = `(${columns.map(() => '?').join(',')})`;
      statement = this.database.prepare(
        `insert into "${table}" (${columns.map((column) => `"${column}"`).join(',')}) values ${Array.from({ length: count }, () => tuple).join(',')}`,
      );
      this.statements.set(cacheKey, statement);
    }
    return statement;
  }
}

function pushValues(values: Array<string | number | null>, row: Row, columns: readonly string[]): void {
  for (const column of columns) values.push(row[column] ?? null);
}

/** Rows per PostgreSQL statement: large enough to amortise the round trip, small enough to keep memory flat. */
const POSTGRES_ROWS_PER_STATEMENT = 5000;

/**
 * PostgreSQL: the rows travel as one JSON parameter that the server turns into rows of the table's own type
 * (`json_populate_recordset`): one statement per chunk, the text built by V8's JSON serialiser and read by the
 * server's JSON parser, with none of the per-value escaping of array parameters.
 */
export const postgresBulkInsert: BulkInsert = {
  async insert(db, table, rows) {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0] as Row);
    for (let start = 0; start < rows.length; start += POSTGRES_ROWS_PER_STATEMENT) {
      const chunk = JSON.stringify(rows.slice(start, start + POSTGRES_ROWS_PER_STATEMENT));
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
        select ${sql.join(columns.map((column) => sql.ref(column)))}
        from json_populate_recordset(null::${sql.table(table)}, ${chunk}::json)`.execute(db);
    }
  },
};
