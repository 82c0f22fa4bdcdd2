import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';

/**
 * Imports: one row per file taken in (its source, checksum, profile, progress and checkpoint), and the report of
 * each, a line per problem row. Both are written in the same transaction as each batch of facts, so a killed
 * import resumes from its last committed batch with its report intact.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const text = sql.raw(dialect.textType);
  await sql`create table imports (
      id ${text} primary key,
      source_id ${text} not null,
      dataset ${text} not null,
      profile ${text} not null,
      checksum ${text} not null,
      file_name ${text} not null,
      size bigint not null,
      status ${text} not null,
      actor_id ${text} not null,
      actor_role ${text} not null,
      started_at ${text} not null,
      updated_at ${text} not null,
      finished_at ${text},
      position bigint not null,
      batches integer not null,
      counts ${text} not null,
      options ${text} not null,
      error ${text},
      owner ${text}
    )`.execute(db);
  // Importing the same file again (same content, data set and profile) finds the earlier import. Not unique:
  // rejected attempts and dry runs are kept beside the import that landed.
  await db.schema
    .createIndex('imports_identity')
    .on('imports')
    .columns(['checksum', 'dataset', 'profile'])
    .execute();
  await db.schema.createIndex('imports_started').on('imports').columns(['started_at', 'id']).execute();
  await sql`create table import_problems (
      import_id ${text} not null,
      seq integer not null,
      sheet ${text},
      "row" bigint not null,
      column_name ${text},
      "value" ${text},
      reason ${text} not null,
      severity ${text} not null,
      primary key (import_id, seq)
    )`.execute(db);
}
