import { ID_PREFIXES } from '../entities/index.js';
import { invalidInput, type Issue } from '../errors.js';
import type { Stored } from '../ports/store.js';
import type { UseCaseContext } from './context.js';
import {
  factsOf,
  fromFictionalSources,
  moveFacts,
  moveRecords,
  recordsOf,
  refreshPersonsFindings,
  requireLivePerson,
  touchPerson,
  type PersonFact,
} from './personMembership.js';

/** A reviewer's split: these records (and facts) of the person become a new person. */
export interface SplitRequest {
  recordIds: readonly string[];
  /** Allegations, legal events, transfers or custody events of the person that go with the records. */
  factIds?: readonly string[] | undefined;
  reason: string;
  /** The version of the person as the reviewer read it; a stale one fails with version_conflict. */
  version?: number | undefined;
}

export interface SplitResult {
  person: Stored<'person'>;
  created: Stored<'person'>;
  moved: { recordIds: string[]; factIds: string[] };
}

function pick<T extends { id: string }>(
  items: readonly T[],
  ids: readonly string[],
  field: string,
  issues: Issue[],
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id, index) => {
    const item = byId.get(id);
    if (!item)
      issues.push({
        path: [field, index],
        message: `${id} is not a current ${field.slice(0, -3)} of this person`,
      });
    return item ? [item] : [];
  });
}

/** The records and facts the request names, or invalid_input naming each that is not the person's. */
function chooseMoving(
  records: ReadonlyArray<Stored<'personRecord'>>,
  facts: readonly PersonFact[],
  request: SplitRequest,
): { moving: Array<Stored<'personRecord'>>; movingFacts: PersonFact[] } {
  const issues: Issue[] = [];
  const moving = pick(records, [...new Set(request.recordIds)], 'recordIds', issues);
  const factsById = facts.map((fact) => ({ ...fact, id: fact.stored.id }));
  const movingFacts: PersonFact[] = pick(factsById, [...new Set(request.factIds ?? [])], 'factIds', issues);
  if (issues.length === 0 && moving.length === records.length) {
    issues.push({ path: ['recordIds'], message: 'a split must leave at least one record with the person' });
  }
  if (issues.length > 0) throw invalidInput(issues, 'the split is not valid');
  return { moving, movingFacts };
}

/**
 * Moves the listed records (and facts) of a person to a new person, each move audited; the new person's note
 * says where it came from and why. The reverse of a merge: splitting off the records a merge moved restores the
 * clustering before it. At least one record must stay.
 */
export async function splitPerson(
  context: UseCaseContext,
  personId: string,
  request: SplitRequest,
): Promise<SplitResult> {
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const person = await requireLivePerson(unitOfWork, personId, request.version);
    const records = await recordsOf(unitOfWork, personId);
    const { moving, movingFacts } = chooseMoving(records, await factsOf(unitOfWork, personId), request);
    const fictional = await fromFictionalSources(
      unitOfWork,
      moving.flatMap((record) => record.data.sourceIds),
    );
    const created = await unitOfWork.insert('person', {
      id: context.newId(ID_PREFIXES.person),
      data: { fictional, note: `split from ${personId}: ${request.reason.trim()}` },
    });
    await moveRecords(unitOfWork, moving, created.id);
    await moveFacts(unitOfWork, movingFacts, created.id);
    const touched = await touchPerson(unitOfWork, person, await stillFictional(unitOfWork, records, moving));
    await refreshPersonsFindings(context, unitOfWork, [personId, created.id]);
    return {
      person: touched,
      created,
      moved: {
        recordIds: moving.map((record) => record.id),
        factIds: movingFacts.map((fact) => fact.stored.id),
      },
    };
  });
}

/** Whether the records that stay all come from fictional sources. */
function stillFictional(
  reader: Parameters<typeof fromFictionalSources>[0],
  records: ReadonlyArray<Stored<'personRecord'>>,
  moving: ReadonlyArray<Stored<'personRecord'>>,
): Promise<boolean> {
  const staying = records.filter((record) => !moving.includes(record));
  return fromFictionalSources(
    reader,
    staying.flatMap((record) => record.data.sourceIds),
  );
}
