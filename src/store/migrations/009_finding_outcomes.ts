import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';

/**
 * The outcome of each finding as a column: the legal authority a finding rests on (in force, or later stayed or
 * vacated) is a property of its rule's outcome, and figures keep the two apart, grouping in SQL.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  await sql`alter table findings add column outcome ${sql.raw(dialect.textType)}`.execute(db);
  const outcome =
    dialect.name === 'postgres' ? sql`(data::json)->>'outcome'` : sql`json_extract(data, '$.outcome')`;
  await sql`update findings set outcome = ${outcome}`.execute(db);
}
