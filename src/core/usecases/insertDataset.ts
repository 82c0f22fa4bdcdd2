import { KIND_ORDER, kindOf, type EntityDataByKind, type KindName } from '../entities/index.js';
import type { UseCaseContext } from './context.js';
import { assertReferencesExist } from './references.js';
import { parseOrThrow } from './validate.js';
import { refreshEvaluations, transfersOfPersons } from './findings.js';

/** Entities with ids chosen by their maker (demo data, fixtures), by kind. */
export type Dataset = { [K in KindName]?: Array<{ id: string; data: EntityDataByKind[K] }> };

/**
 * Records a prepared set of entities in one transaction, kinds in dependency order, each validated and audited
 * like any other write. Returns how many of each kind were recorded.
 */
export async function insertDataset(
  context: UseCaseContext,
  dataset: Dataset,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await context.store.transaction(context.actor, async (unitOfWork) => {
    for (const kindName of KIND_ORDER) {
      const kind = kindOf(kindName);
      const entities = (dataset[kindName] ?? []) as Array<{ id: string; data: unknown }>;
      const parsed = entities.map((entity, index) =>
        parseOrThrow(kind.schema, entity.data, [kind.collection, index]),
      );
      // One existence check per kind, not per entity: the paths it reports start with the entity's index.
      await assertReferencesExist(unitOfWork, parsed);
      for (const [index, entity] of entities.entries()) {
        await unitOfWork.insert(kindName, {
          id: entity.id,
          data: parsed[index] as EntityDataByKind[typeof kindName],
        });
      }
      counts[kind.collection] = entities.length;
    }
    // Findings of every transfer the dataset touches: its own, and those of the persons it adds facts about.
    const personIds = new Set<string>();
    for (const kindName of KIND_ORDER) {
      for (const entity of (dataset[kindName] ?? []) as Array<{ data: { personId?: string } }>) {
        if (entity.data.personId) personIds.add(entity.data.personId);
      }
    }
    const transferIds = await transfersOfPersons(unitOfWork, [...personIds]);
    await refreshEvaluations(unitOfWork, transferIds, context.rules, context.clock().toISOString());
  });
  return counts;
}
