import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';
import type { AnyDb } from '../entityQueries.js';
import { rebuildPersonRecordKeys } from '../personKeysQueries.js';

/**
 * Person linkage: the search keys of person records (derived data, rebuilt here for the records already stored),
 * the review queue of scored matches, and the reviewers' cannot-links between records.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  await createKeyTable(db, dialect);
  await createMatchTables(db, dialect);
  await rebuildPersonRecordKeys(db as AnyDb);
}

/** Looked up by key only, a range of the primary key: the table is its own covering index. */
async function createKeyTable(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const text = sql.raw(dialect.textType);
  const covering =
    dialect.coveringPrimaryKey === 'include'
      ? sql`primary key ("key", record_id) include (person_id))`
      : sql`primary key ("key", record_id)) without rowid`;
  await sql`create table person_record_keys (
      "key" ${text} not null,
      record_id ${text} not null,
      person_id ${text} not null,
      ${covering}`.execute(db);
  // Rewriting a record's keys when it changes finds them by record.
  await db.schema
    .createIndex('person_record_keys_record')
    .on('person_record_keys')
    .column('record_id')
    .execute();
}

async function createMatchTables(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const text = sql.raw(dialect.textType);
  await db.schema
    .createTable('person_matches')
    .addColumn('id', text, (column) => column.primaryKey())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('record_id', text, (column) => column.notNull())
    .addColumn('person_id', text, (column) => column.notNull())
    .addColumn('candidate_person_id', text, (column) => column.notNull())
    .addColumn('candidate_record_id', text, (column) => column.notNull())
    .addColumn('probability', 'double precision', (column) => column.notNull())
    .addColumn('explanation', text, (column) => column.notNull())
    .addColumn('status', text, (column) => column.notNull())
    .addColumn('created_at', text, (column) => column.notNull())
    .addColumn('decided_by', text)
    .addColumn('decided_at', text)
    .addColumn('reason', text)
    .execute();
  await db.schema
    .createIndex('person_matches_status')
    .on('person_matches')
    .columns(['status', 'id'])
    .execute();
  await db.schema.createIndex('person_matches_record').on('person_matches').column('record_id').execute();
  await db.schema
    .createIndex('person_matches_candidate_record')
    .on('person_matches')
    .column('candidate_record_id')
    .execute();
  await db.schema
    .createTable('person_cannot_links')
    .addColumn('record_id', text, (column) => column.notNull())
    .addColumn('other_record_id', text, (column) => column.notNull())
    .addColumn('match_id', text, (column) => column.notNull())
    .addPrimaryKeyConstraint('person_cannot_links_pk', ['record_id', 'other_record_id'])
    .execute();
}
