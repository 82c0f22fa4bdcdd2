import { sql } from 'kysely';
import type { DialectCapabilities } from './dialect.js';
import type { AnyDb } from './entityQueries.js';

/**
 * Moves up to `limit` queued read entries into the person index, oldest first; returns how many. PostgreSQL
 * claims them with `skip locked`, so processes indexing at once share the queue instead of waiting; SQLite has
 * one writer at a time. Either way an entry leaves the queue in the same transaction as it enters the index.
 */
export async function indexPersonReads(
  db: AnyDb,
  dialect: DialectCapabilities,
  limit: number,
): Promise<number> {
  if (dialect.name === 'postgres') {
    const result = await sql<{ seq: string }>`
      with claimed as (
        delete from person_read_queue
        where seq in (select seq from person_read_queue order by seq limit ${limit} for update skip locked)
        returning seq
      )
      insert into person_read_index (person_id, seq)
      select entries.entity_id, entries.seq from claimed join audit_entries entries on entries.seq = claimed.seq
      on conflict do nothing
      returning seq`.execute(db);
    return result.rows.length;
  }
  return db.transaction().execute(async (transaction) => {
    const queued = await sql<{ seq: number }>`
      select seq from person_read_queue order by seq limit ${limit}`.execute(transaction);
    const seqs = queued.rows.map((row) => Number(row.seq));
    if (seqs.length === 0) return 0;
    const last = seqs.at(-1) as number;
    // CROSS JOIN makes SQLite read the (short) queue first (left to itself it scanned the whole log below `last`);
    // PostgreSQL plans it as any inner join.
    await sql`insert or ignore into person_read_index (person_id, seq)
      select entries.entity_id, entries.seq from person_read_queue queue
      cross join audit_entries entries on entries.seq = queue.seq where queue.seq <= ${last}`.execute(
      transaction,
    );
    await sql`delete from person_read_queue where seq <= ${last}`.execute(transaction);
    return seqs.length;
  });
}

/**
 * The sequence numbers of every audit entry about an entity: its changes through the (partial) entity index, and,
 * for a person, the reads of their data, indexed or still queued.
 */
export function entityEntrySeqs(entityId: string) {
  return sql<{ seq: number | string }>`
    select seq from audit_entries where entity_id = ${entityId} and action <> 'read'
    union all
    select seq from person_read_index where person_id = ${entityId}
    union all
    select queue.seq from person_read_queue queue
      cross join audit_entries entries
      where entries.seq = queue.seq and entries.entity_id = ${entityId}`;
}
