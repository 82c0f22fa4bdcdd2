import type { Actor, AuditEntry } from '../core/ports/store.js';
import type { AnyDb } from './entityQueries.js';
import type { HotQueries } from './hotQueries.js';

export type AuditRow = Record<string, string | number | null>;

/** Audit entries as rows, each with its actor: the user, how they were authenticated, and their role. */
export function auditRows(
  entries: ReadonlyArray<{
    actor: Actor;
    entry: Omit<AuditEntry, 'seq' | 'actorId' | 'actorRole' | 'actorVia'>;
  }>,
): AuditRow[] {
  return entries.map(({ actor, entry }) => ({
    at: entry.at,
    actor_id: actor.id,
    actor_role: actor.role,
    actor_via: actor.via ?? null,
    action: entry.action,
    kind: entry.kind,
    entity_id: entry.entityId,
    version: entry.version,
    before_data: entry.before === null ? null : JSON.stringify(entry.before),
    after_data: entry.after === null ? null : JSON.stringify(entry.after),
  }));
}

/** Appends rows in statements of at most 1,000 rows (inside the caller's transaction, if any). */
export async function insertAuditRows(db: AnyDb, rows: readonly AuditRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insertInto('audit_entries')
      .values(rows.slice(start, start + 1000))
      .execute();
  }
}

const COLUMNS = [
  'at',
  'actor_id',
  'actor_role',
  'actor_via',
  'action',
  'kind',
  'entity_id',
  'version',
  'before_data',
  'after_data',
] as const;

/**
 * PostgreSQL takes a batch of any size as one array per column: one named statement, parsed once per connection,
 * whatever the number of rows.
 */
const APPEND_UNNEST = `insert into audit_entries (${COLUMNS.join(', ')})
  select * from unnest(${COLUMNS.map((column, index) => `$${index + 1}::${column === 'version' ? 'int' : 'text'}[]`).join(', ')})`;

/** Appends rows of reads on the hot path: one statement per batch, outside any transaction. */
export async function appendAuditRowsHot(
  hot: HotQueries,
  dialect: 'sqlite' | 'postgres',
  rows: readonly AuditRow[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    if (dialect === 'postgres') {
      await hot.rows(
        'custodia_append_audit',
        APPEND_UNNEST,
        COLUMNS.map((column) => chunk.map((row) => row[column] ?? null)),
      );
      continue;
    }
    let parameter = 0;
    const tuples = chunk.map(() => `(${COLUMNS.map(() => `$${(parameter += 1)}`).join(', ')})`);
    await hot.rows(
      'custodia_append_audit_values',
      `insert into audit_entries (${COLUMNS.join(', ')}) values ${tuples.join(', ')}`,
      chunk.flatMap((row) => COLUMNS.map((column) => row[column] ?? null)),
    );
  }
}
