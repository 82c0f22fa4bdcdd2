import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';

const RELATION_COLUMNS = ['part_of', 'same_event_as', 'same_persons_as'] as const;

/**
 * How reported counts stand to each other (a breakdown of, the same event as, the same persons as another count),
 * as index columns, so that a figure finds every count related to the ones it adds, in both directions. No row
 * needs filling: before this migration the schema refused these fields. `count` was created nullable already, so
 * a count of unknown size (`count: null`) needs no change.
 *
 * 001 creates its tables from the current column list (src/store/schema.ts), so a registry created after this
 * migration was written already has the columns: each is added only where it is missing.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const tables = await db.introspection.getTables();
  const existing = new Set(
    tables.find((table) => table.name === 'reported_counts')?.columns.map((column) => column.name) ?? [],
  );
  for (const column of RELATION_COLUMNS) {
    if (!existing.has(column))
      await sql`alter table reported_counts add column ${sql.ref(column)} ${sql.raw(dialect.textType)}`.execute(
        db,
      );
    await db.schema
      .createIndex(`reported_counts_${column}`)
      .ifNotExists()
      .on('reported_counts')
      .column(column)
      .execute();
  }
}
