import { sql, type SqlBool } from 'kysely';
import type { LocateRequest } from '../core/ports/locator.js';
import type { AnyDb } from './entityQueries.js';

type Row = Record<string, string | null>;

export async function insertLocateRequest(db: AnyDb, request: LocateRequest): Promise<void> {
  await db
    .insertInto('locate_requests')
    .values({
      id: request.id,
      reference: request.reference,
      created_at: request.createdAt,
      name: request.name,
      birth_date: request.birthDate,
      nationality: request.nationality,
      contact: request.contact,
      language: request.language,
      address: request.address,
    })
    .execute();
}

export async function listLocateRequests(
  db: AnyDb,
  options: { limit: number; before?: { createdAt: string; id: string } | undefined },
): Promise<LocateRequest[]> {
  let builder = db.selectFrom('locate_requests').selectAll();
  if (options.before) {
    const { createdAt, id } = options.before;
    builder = builder.where(
      sql<SqlBool>`(created_at < ${createdAt} or (created_at = ${createdAt} and id < ${id}))`,
    );
  }
  const rows = (await builder
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .execute()) as Row[];
  return rows.map((row) => ({
    id: String(row.id),
    reference: String(row.reference),
    createdAt: String(row.created_at),
    name: String(row.name),
    birthDate: String(row.birth_date),
    nationality: row.nationality ?? null,
    contact: String(row.contact),
    language: String(row.language),
    address: row.address ?? null,
  }));
}
