import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';
import { INDEXED_COLUMNS, INTEGER_COLUMNS, TABLE_COLUMNS } from '../schema.js';

/** The registry's tables: one per entity kind, each with its data as JSON text and its index columns. */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const text = sql.raw(dialect.textType);
  for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', text, (column) => column.primaryKey())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addColumn('created_at', text, (column) => column.notNull())
      .addColumn('updated_at', text, (column) => column.notNull())
      .addColumn('retracted_at', text)
      .addColumn('retraction_reason', text)
      .addColumn('date_lo', text)
      .addColumn('date_hi', text)
      .addColumn('sort_date', text, (column) => column.notNull())
      .addColumn('source_ids', text)
      .addColumn('data', text, (column) => column.notNull());
    for (const column of columns)
      builder = builder.addColumn(column, INTEGER_COLUMNS.has(column) ? 'bigint' : text);
    await builder.execute();
    await db.schema.createIndex(`${table}_sort_date`).on(table).columns(['sort_date', 'id']).execute();
    await db.schema.createIndex(`${table}_created_at`).on(table).columns(['created_at', 'id']).execute();
    for (const column of INDEXED_COLUMNS[table] ?? []) {
      await db.schema.createIndex(`${table}_${column}`).on(table).column(column).execute();
    }
  }
  await sql`create table audit_entries (
      seq ${sql.raw(dialect.serialPrimaryKey)},
      at text not null,
      actor_id text not null,
      actor_role text not null,
      action text not null,
      kind text not null,
      entity_id text not null,
      version integer not null,
      before_data text,
      after_data text
    )`.execute(db);
  await db.schema
    .createIndex('audit_entries_entity')
    .on('audit_entries')
    .columns(['entity_id', 'seq'])
    .execute();
}
