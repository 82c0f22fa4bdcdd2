import { sql, type Kysely } from 'kysely';

/**
 * Whether a reported count was made from rows about one person each (issue 13): individual data, which the public
 * sees only through the suppressed public tables. An index column so that the public's lists leave such counts
 * out in SQL; every count stored before is an aggregate a source published (0).
 *
 * 001 creates its tables from the current column list (src/store/schema.ts), so a registry created after this
 * migration was written already has the column: it is added only where it is missing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const tables = await db.introspection.getTables();
  const columns = tables.find((table) => table.name === 'reported_counts')?.columns ?? [];
  if (!columns.some((column) => column.name === 'individual'))
    await sql`alter table reported_counts add column individual integer not null default 0`.execute(db);
}
