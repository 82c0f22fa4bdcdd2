import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';

/**
 * Reads of person data are the most frequent audit entries, and indexing each by person as it is written cost an
 * audited read a tenth of its time (a random leaf of a large index written for every row: 24 µs of 32 per row on
 * SQLite, bench:access). So the entity index now covers changes only, and reads are indexed by person in bulk,
 * after the fact: a trigger queues every read entry as it is inserted (in the same statement, whoever inserts
 * it), and the API indexes the queue in batches (src/store/personReads.ts). "Who looked at this person" reads
 * the index and the queue together, so it never misses a read that is not indexed yet.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const text = sql.raw(dialect.textType);
  await sql`drop index audit_entries_entity`.execute(db);
  await sql`create index audit_entries_entity on audit_entries (entity_id, seq) where action <> 'read'`.execute(
    db,
  );
  const covering =
    dialect.coveringPrimaryKey === 'include'
      ? sql`primary key (person_id, seq))`
      : sql`primary key (person_id, seq)) without rowid`;
  await sql`create table person_read_index (person_id ${text} not null, seq bigint not null, ${covering}`.execute(
    db,
  );
  await sql`create table person_read_queue (seq bigint primary key)`.execute(db);
  if (dialect.name === 'postgres') {
    await sql`create function custodia_queue_person_read() returns trigger language plpgsql as $$
      begin
        insert into person_read_queue (seq) values (new.seq);
        return null;
      end $$`.execute(db);
    await sql`create trigger audit_entries_person_read after insert on audit_entries
      for each row when (new.action = 'read') execute function custodia_queue_person_read()`.execute(db);
  } else {
    await sql`create trigger audit_entries_person_read after insert on audit_entries
      when new.action = 'read'
      begin
        insert into person_read_queue (seq) values (new.seq);
      end`.execute(db);
  }
  await sql`insert into person_read_index (person_id, seq)
    select entity_id, seq from audit_entries where action = 'read'`.execute(db);
}
