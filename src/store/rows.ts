import { kindOf, type EntityDataByKind, type KindName } from '../core/entities/index.js';
import type { Stored } from '../core/ports/store.js';

/** A row as the tables hold it: common columns, index columns, and the entity's data as JSON text. */
export type Row = Record<string, string | number | null>;

/** The row for an entity: its data serialised once, its index columns extracted by the kind's definition. */
export function toRow<K extends KindName>(kindName: K, stored: Stored<K>): Row {
  const kind = kindOf(kindName);
  const data = stored.data as EntityDataByKind[K];
  const dating = kind.dating(data);
  const sourceIds = (data as { sourceIds?: string[] }).sourceIds;
  const row: Row = {
    id: stored.id,
    version: stored.version,
    created_at: stored.createdAt,
    updated_at: stored.updatedAt,
    retracted_at: stored.retracted?.at ?? null,
    retraction_reason: stored.retracted?.reason ?? null,
    date_lo: dating?.lo ?? null,
    date_hi: dating?.hi ?? null,
    // Undated entities sort after dated ones ('~' follows every digit).
    sort_date: dating?.lo ?? '~',
    source_ids: sourceIds?.length ? `|${sourceIds.join('|')}|` : null,
    data: JSON.stringify(data),
  };
  for (const [column, extract] of Object.entries(kind.columns)) row[column] = extract(data);
  return row;
}

export function fromRow<K extends KindName>(row: Row): Stored<K> {
  return {
    id: String(row.id),
    version: Number(row.version),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
    retracted: row.retracted_at
      ? { at: String(row.retracted_at), reason: String(row.retraction_reason) }
      : null,
    data: JSON.parse(String(row.data)) as EntityDataByKind[K],
  };
}

/** The columns a list or get reads: never the index columns, which only serve queries. */
export const READ_COLUMNS = [
  'id',
  'version',
  'created_at',
  'updated_at',
  'retracted_at',
  'retraction_reason',
  'sort_date',
  'data',
] as const;
