import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';

/**
 * Requests of the family locator: who is sought (as the family wrote it) and how to reach the asker. Kept for the
 * organisation's editors, who verify the family before disclosing anything; matches are worked out when they read.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const text = sql.raw(dialect.textType);
  await sql`create table locate_requests (
      id ${text} primary key,
      reference ${text} not null unique,
      created_at ${text} not null,
      name ${text} not null,
      birth_date ${text} not null,
      nationality ${text},
      contact ${text} not null,
      language ${text} not null,
      address ${text}
    )`.execute(db);
  await db.schema
    .createIndex('locate_requests_created')
    .on('locate_requests')
    .columns(['created_at', 'id'])
    .execute();
}
