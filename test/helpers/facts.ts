import type { Application } from '../../src/app.js';
import { KIND_ORDER } from '../../src/core/entities/index.js';

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
