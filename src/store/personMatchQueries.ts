import { sql } from 'kysely';
import type {
  CannotLink,
  MatchExplanation,
  MatchQuery,
  MatchStatus,
  PersonMatch,
} from '../core/ports/personLinkage.js';
import type { AnyDb } from './entityQueries.js';

type MatchRow = Record<string, string | number | null>;

/** The row of a match: its explanation as JSON text, the rest as columns. */
export function matchRow(match: PersonMatch): MatchRow {
  return {
    id: match.id,
    version: match.version,
    record_id: match.recordId,
    person_id: match.personId,
    candidate_person_id: match.candidatePersonId,
    candidate_record_id: match.candidateRecordId,
    probability: match.probability,
    explanation: JSON.stringify(match.explanation),
    status: match.status,
    created_at: match.createdAt,
    decided_by: match.decidedBy,
    decided_at: match.decidedAt,
    reason: match.reason,
  };
}

function nullableText(value: string | number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

export function matchFromRow(row: MatchRow): PersonMatch {
  return {
    id: String(row.id),
    version: Number(row.version),
    recordId: String(row.record_id),
    personId: String(row.person_id),
    candidatePersonId: String(row.candidate_person_id),
    candidateRecordId: String(row.candidate_record_id),
    probability: Number(row.probability),
    explanation: JSON.parse(String(row.explanation)) as MatchExplanation,
    status: String(row.status) as MatchStatus,
    createdAt: String(row.created_at),
    decidedBy: nullableText(row.decided_by),
    decidedAt: nullableText(row.decided_at),
    reason: nullableText(row.reason),
  };
}

export async function insertMatch(db: AnyDb, match: PersonMatch): Promise<void> {
  await db.insertInto('person_matches').values(matchRow(match)).execute();
}

export async function getMatch(db: AnyDb, id: string): Promise<PersonMatch | undefined> {
  const row = await db.selectFrom('person_matches').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? matchFromRow(row as MatchRow) : undefined;
}

/** A page of matches in id order, by status when asked (index person_matches_status: status, id). */
export async function listMatches(
  db: AnyDb,
  query: MatchQuery,
): Promise<{ items: PersonMatch[]; next: string | null }> {
  let builder = db
    .selectFrom('person_matches')
    .selectAll()
    .orderBy('id')
    .limit(query.limit + 1);
  if (query.status) builder = builder.where('status', '=', query.status);
  if (query.after) builder = builder.where('id', '>', query.after);
  const involving = query.involvingRecords;
  if (involving) {
    if (involving.length === 0) return { items: [], next: null };
    builder = builder.where((expression) =>
      expression.or([
        expression('record_id', 'in', involving),
        expression('candidate_record_id', 'in', involving),
      ]),
    );
  }
  const rows = (await builder.execute()) as MatchRow[];
  const items = rows.slice(0, query.limit).map(matchFromRow);
  return { items, next: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Writes `after` only if the row still has `before`'s version; false when another write came first. */
export async function compareAndSetMatch(
  db: AnyDb,
  before: PersonMatch,
  after: PersonMatch,
): Promise<boolean> {
  const { id: _id, created_at: _created, ...changes } = matchRow(after);
  const result = await db
    .updateTable('person_matches')
    .set(changes)
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Both directions of every pair, so a check reads one index whichever side it starts from. */
export async function addCannotLinks(db: AnyDb, links: readonly CannotLink[]): Promise<void> {
  const rows = links.flatMap((link) => [
    { record_id: link.recordId, other_record_id: link.otherRecordId, match_id: link.matchId },
    { record_id: link.otherRecordId, other_record_id: link.recordId, match_id: link.matchId },
  ]);
  for (let start = 0; start < rows.length; start += 2000) {
    await db
      .insertInto('person_cannot_links')
      .values(rows.slice(start, start + 2000))
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }
}

/**
 * Whether any record of one person has a cannot-link with any record of the other: from the first person's
 * records (index on person_id) to their cannot-links (primary key) to the other records (primary key).
 */
export async function personsCannotLink(
  db: AnyDb,
  personId: string,
  otherPersonId: string,
): Promise<boolean> {
  const result = await sql<{ found: number }>`
    select 1 as found
    from person_records mine
    join person_cannot_links link on link.record_id = mine.id
    join person_records theirs on theirs.id = link.other_record_id
    where mine.person_id = ${personId} and theirs.person_id = ${otherPersonId}
    limit 1`.execute(db);
  return result.rows.length > 0;
}

export async function* scanMatches(db: AnyDb, batchSize: number): AsyncIterable<PersonMatch[]> {
  let after: string | undefined;
  for (;;) {
    const page = await listMatches(db, { limit: batchSize, after });
    if (page.items.length > 0) yield page.items;
    if (!page.next) return;
    after = page.next;
  }
}

/** Each pair once, as the lower record id first, in (record, other record) order. */
export async function* scanCannotLinks(db: AnyDb, batchSize: number): AsyncIterable<CannotLink[]> {
  let after = { recordId: '', otherRecordId: '' };
  for (;;) {
    const rows = (await db
      .selectFrom('person_cannot_links')
      .select(['record_id', 'other_record_id', 'match_id'])
      .whereRef('record_id', '<', 'other_record_id')
      .where((expression) =>
        expression.or([
          expression('record_id', '>', after.recordId),
          expression.and([
            expression('record_id', '=', after.recordId),
            expression('other_record_id', '>', after.otherRecordId),
          ]),
        ]),
      )
      .orderBy('record_id')
      .orderBy('other_record_id')
      .limit(batchSize)
      .execute()) as Array<{ record_id: string; other_record_id: string; match_id: string }>;
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      recordId: row.record_id,
      otherRecordId: row.other_record_id,
      matchId: row.match_id,
    }));
    const last = rows[rows.length - 1] as { record_id: string; other_record_id: string };
    after = { recordId: last.record_id, otherRecordId: last.other_record_id };
  }
}
