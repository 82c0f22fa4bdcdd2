import { sql, type RawBuilder } from 'kysely';
import type { PersonRecord } from '../core/entities/index.js';
import { personRecordKeys } from '../core/linkage/searchKeys.js';
import type { KeyHit } from '../core/ports/personLinkage.js';
import type { Stored } from '../core/ports/store.js';
import type { AnyDb } from './entityQueries.js';

/** One row of person_record_keys. */
export interface KeyRow {
  key: string;
  record_id: string;
  person_id: string;
}

const INSERT_CHUNK = 2000;
const DELETE_CHUNK = 1000;

/**
 * The rows a record is stored under: none when it is retracted (it is no candidate for anything) or names no
 * person yet; otherwise one per search key (src/core/linkage/searchKeys.ts).
 */
export function keyRowsOf(stored: Stored<'personRecord'>): KeyRow[] {
  const personId = stored.data.personId;
  if (stored.retracted || !personId) return [];
  return personRecordKeys(stored.data).map((key) => ({ key, record_id: stored.id, person_id: personId }));
}

/**
 * The candidate lookup, one statement for all keys: for each key, its first `perKey` rows, each part a range
 * scan of the primary key (key, record_id) that stops after `perKey` entries, answered from the index alone
 * (SQLite: a WITHOUT ROWID table; PostgreSQL: person_id INCLUDEd in the key's index). A surname shared by a
 * hundred thousand records costs `perKey` index entries, not a hundred thousand.
 *
 * ```sql
 * select * from (select "key", record_id, person_id from person_record_keys where "key" = $1 limit $2) as hits
 * union all
 * select * from (select "key", record_id, person_id from person_record_keys where "key" = $3 limit $4) as hits
 * …
 * ```
 */
export function keyLookupQuery(keys: readonly string[], perKey: number): RawBuilder<KeyRow> {
  const parts = keys.map(
    (key) =>
      sql`select * from (select "key", record_id, person_id from person_record_keys where "key" = ${key} limit ${perKey}) as hits`,
  );
  return sql<KeyRow>`${sql.join(parts, sql` union all `)}`;
}

/** Runs {@link keyLookupQuery} in statements of at most 100 keys. */
export async function personRecordsByKeys(
  db: AnyDb,
  keys: readonly string[],
  perKey: number,
): Promise<KeyHit[]> {
  const unique = [...new Set(keys)];
  const hits: KeyHit[] = [];
  for (let start = 0; start < unique.length; start += 100) {
    const result = await keyLookupQuery(unique.slice(start, start + 100), perKey).execute(db);
    for (const row of result.rows)
      hits.push({ key: row.key, recordId: row.record_id, personId: row.person_id });
  }
  return hits;
}

export async function insertKeyRows(db: AnyDb, rows: readonly KeyRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await db
      .insertInto('person_record_keys')
      .values(rows.slice(start, start + INSERT_CHUNK))
      .execute();
  }
}

export async function deleteKeyRows(db: AnyDb, recordIds: readonly string[]): Promise<void> {
  for (let start = 0; start < recordIds.length; start += DELETE_CHUNK) {
    await db
      .deleteFrom('person_record_keys')
      .where('record_id', 'in', recordIds.slice(start, start + DELETE_CHUNK))
      .execute();
  }
}

function sameRows(left: readonly KeyRow[], right: readonly KeyRow[]): boolean {
  return (
    left.length === right.length &&
    left.every((row, index) => row.key === right[index]?.key && row.person_id === right[index]?.person_id)
  );
}

/**
 * Keeps a record's keys in step with a change of it (an update, a retraction): rewritten when its keys or its
 * person changed, left alone otherwise.
 */
export async function syncKeyRows(
  db: AnyDb,
  before: Stored<'personRecord'>,
  after: Stored<'personRecord'>,
): Promise<void> {
  const next = keyRowsOf(after);
  if (sameRows(keyRowsOf(before), next)) return;
  await deleteKeyRows(db, [after.id]);
  await insertKeyRows(db, next);
}

/**
 * Computes the keys of every stored person record afresh: the backfill of migration 004, and what a later
 * migration calls when searchKeys.ts changes what keys a record gets.
 */
export async function rebuildPersonRecordKeys(db: AnyDb): Promise<number> {
  await db.deleteFrom('person_record_keys').execute();
  let after = '';
  let records = 0;
  for (;;) {
    const rows = (await db
      .selectFrom('person_records')
      .select(['id', 'data', 'retracted_at'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute()) as Array<{ id: string; data: string; retracted_at: string | null }>;
    if (rows.length === 0) return records;
    const keyRows = rows.flatMap((row) =>
      keyRowsOf({
        id: row.id,
        data: JSON.parse(row.data) as PersonRecord,
        retracted: row.retracted_at ? { at: row.retracted_at, reason: '' } : null,
      } as Stored<'personRecord'>),
    );
    await insertKeyRows(db, keyRows);
    records += rows.length;
    after = rows[rows.length - 1]?.id ?? after;
  }
}
