import type { Application } from '../../src/app.js';
import { KIND_ORDER, type KindName } from '../../src/core/entities/index.js';
import type { Stored } from '../../src/core/ports/store.js';

/**
 * Every stored fact as `kind id → data`, without what differs between two runs of the same import (the source's
 * random id, timestamps): two stores hold the same facts exactly when these maps are equal.
 */
export async function factsOf(application: Application): Promise<Map<string, unknown>> {
  const facts = new Map<string, unknown>();
  for (const kind of KIND_ORDER) {
    if (kind === 'source') continue;
    for await (const page of application.store.scan(kind, 1000)) {
      for (const entity of page) {
        const { sourceIds: _sources, origin, ...data } = entity.data as Record<string, unknown>;
        const row = (origin as { row?: number } | undefined)?.row;
        facts.set(`${kind} ${entity.id}`, { ...data, row, version: entity.version });
      }
    }
  }
  return facts;
}

/** The first page (up to 1,000) of a kind's entities, in id order. */
export async function firstPage<K extends KindName>(
  application: Application,
  kind: K,
): Promise<Array<Stored<K>>> {
  for await (const page of application.store.scan(kind, 1000)) return page;
  return [];
}
