import type { KindName } from '../../src/core/entities/index.js';
import type { Actor, Stored, Store, UnitOfWork } from '../../src/core/ports/store.js';
import {
  assertStoredForm,
  PERSON_KINDS,
  personBatch,
  referenceEntities,
  type Batch,
} from './syntheticRegistry.js';

const BENCH_ACTOR: Actor = { id: 'bench:loader', role: 'admin' };

export interface LoadReport {
  entities: number;
  seconds: number;
}

function restore<K extends KindName>(
  unitOfWork: UnitOfWork,
  kind: K,
  entities: Array<Stored<K>> | undefined,
) {
  return unitOfWork.restore(kind, entities ?? []);
}

/**
 * Fills an empty store with `persons` synthetic persons and their facts through the unit of work's bulk restore
 * (so every row is audited as in a real import), one transaction per batch to keep memory flat.
 */
export async function loadRegistry(
  store: Store,
  persons: number,
  options: { batchSize?: number; onProgress?: (persons: number) => void } = {},
): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 5000;
  const startedAt = performance.now();
  const references = referenceEntities();
  let entities = references.source.length + references.facility.length + references.agreement.length;
  await store.transaction(BENCH_ACTOR, async (unitOfWork) => {
    await restore(unitOfWork, 'source', references.source);
    await restore(unitOfWork, 'facility', references.facility);
    await restore(unitOfWork, 'agreement', references.agreement);
  });
  for (let start = 0; start < persons; start += batchSize) {
    const batch: Batch = personBatch(start, Math.min(batchSize, persons - start));
    if (start === 0) assertStoredForm(batch);
    await store.transaction(BENCH_ACTOR, async (unitOfWork) => {
      for (const kind of PERSON_KINDS)
        await restore(unitOfWork, kind, batch[kind] as Array<Stored> | undefined);
    });
    entities += PERSON_KINDS.reduce((sum, kind) => sum + (batch[kind]?.length ?? 0), 0);
    options.onProgress?.(Math.min(start + batchSize, persons));
  }
  return { entities, seconds: (performance.now() - startedAt) / 1000 };
}
