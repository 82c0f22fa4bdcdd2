import type { KindName } from '../entities/index.js';
import type { Condition, EntityReader, Stored } from '../ports/store.js';

/** Every current entity of a kind matching the conditions, page by page (for per-person views, not bulk work). */
export async function listAll<K extends KindName>(
  reader: EntityReader,
  kind: K,
  conditions: Condition[],
): Promise<Array<Stored<K>>> {
  const all: Array<Stored<K>> = [];
  let after: { sortValue: string | null; id: string } | undefined;
  do {
    const page = await reader.list(kind, {
      conditions,
      sort: { field: 'date', direction: 'asc' },
      limit: 500,
      after,
      includeRetracted: false,
    });
    all.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return all;
}

/** Ids per `in` condition: well below every engine's limit on bound parameters. */
const IN_CHUNK = 500;

/**
 * Every current entity of a kind whose `column` is one of `values`, however many values there are: one `in`
 * query per 500 values (so the cost grows with the values asked for, not with the registry).
 */
export async function listAllIn<K extends KindName>(
  reader: EntityReader,
  kind: K,
  column: string,
  values: readonly string[],
): Promise<Array<Stored<K>>> {
  const all: Array<Stored<K>> = [];
  for (let start = 0; start < values.length; start += IN_CHUNK)
    all.push(
      ...(await listAll(reader, kind, [{ op: 'in', column, values: values.slice(start, start + IN_CHUNK) }])),
    );
  return all;
}

export function byPerson(personId: string): Condition[] {
  return [{ op: 'eq', column: 'person_id', value: personId }];
}
