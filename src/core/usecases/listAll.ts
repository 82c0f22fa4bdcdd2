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

export function byPerson(personId: string): Condition[] {
  return [{ op: 'eq', column: 'person_id', value: personId }];
}
