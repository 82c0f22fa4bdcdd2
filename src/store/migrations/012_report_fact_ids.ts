import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';

/**
 * The fact a line of an import's report is about, where there is one (issue 13): a row whose values were kept as
 * an alternative reading of a fact, a repeat of a reported count. The report page shows that fact, with its
 * readings, beside the line; older lines name none.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  await sql`alter table import_problems add column fact_id ${sql.raw(dialect.textType)}`.execute(db);
}
