import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { POSTGRES, SQLITE, type DialectCapabilities } from '../../src/store/dialect.js';
import { up } from '../../src/store/migrations/008_reported_count_relations.js';
import { migrate } from '../../src/store/migrator.js';
import { DIALECTS, freshPostgresUrl, type DialectName } from '../helpers/stores.js';

const RELATION_COLUMNS = ['part_of', 'same_event_as', 'same_persons_as'];

async function open(
  dialect: DialectName,
): Promise<{ db: Kysely<unknown>; capabilities: DialectCapabilities }> {
  if (dialect === 'sqlite')
    return {
      db: new Kysely({ dialect: new SqliteDialect({ database: new Database(':memory:') }) }),
      capabilities: SQLITE,
    };
  const pool = new pg.Pool({ connectionString: await freshPostgresUrl(), max: 2 });
  return { db: new Kysely({ dialect: new PostgresDialect({ pool }) }), capabilities: POSTGRES };
}

async function columnsOf(db: Kysely<unknown>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return (tables.find((table) => table.name === 'reported_counts')?.columns ?? []).map(
    (column) => column.name,
  );
}

describe.each(DIALECTS)('008_reported_count_relations [%s]', (dialect) => {
  let db: Kysely<unknown> | undefined;
  afterEach(async () => {
    await db?.destroy();
  });

  it('adds the relation columns and their indexes to a registry made before it, and runs again harmlessly', async () => {
    const opened = await open(dialect);
    db = opened.db;
    await migrate(db, opened.capabilities);
    // A registry as 001–007 made it before this migration: no relation columns, no indexes on them.
    for (const column of RELATION_COLUMNS) {
      await sql`drop index ${sql.ref(`reported_counts_${column}`)}`.execute(db);
      await sql`alter table reported_counts drop column ${sql.ref(column)}`.execute(db);
    }
    await sql`delete from custodia_migrations where name = '008_reported_count_relations'`.execute(db);
    expect(await columnsOf(db)).not.toContain('part_of');
    expect(await migrate(db, opened.capabilities)).toEqual(['008_reported_count_relations']);
    expect(await columnsOf(db)).toEqual(expect.arrayContaining([...RELATION_COLUMNS, 'count']));
    // And where 001 already made them (a registry created today), it changes nothing.
    await db.transaction().execute((transaction) => up(transaction, opened.capabilities));
    await sql`insert into reported_counts (id, version, created_at, updated_at, sort_date, data, count, part_of)
      values ('cnt_a', 1, 'x', 'x', 'x', '{}', null, 'cnt_b')`.execute(db);
    const rows = await sql<{
      part_of: string;
      count: unknown;
    }>`select part_of, count from reported_counts`.execute(db);
    expect(rows.rows).toEqual([{ part_of: 'cnt_b', count: null }]);
  });
});
