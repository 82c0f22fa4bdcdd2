import { kindOf, type EntityDataByKind, type KindName, type PersonRecord } from '../entities/index.js';
import { invalidInput, notFound } from '../errors.js';
import type { Stored, UnitOfWork } from '../ports/store.js';
import type { UseCaseContext } from './context.js';
import { assertReferencesExist } from './references.js';
import { parseOrThrow } from './validate.js';
import { affectedTransfers, bundleRelevant, refreshEvaluations } from './findings.js';
import { canonical } from '../values/canonical.js';
import { decideArrival, queueMatches } from './linkPersonRecord.js';
import { fromFictionalSources } from './personMembership.js';
import { conflictsInvolving } from '../conflicts/detect.js';
import { movementArrivesBeforeDeparture } from '../conflicts/transferRules.js';
import type { Conflict } from '../conflicts/types.js';
import { personConflicts } from './listConflicts.js';

const sameJson = (left: unknown, right: unknown) =>
  JSON.stringify(canonical(left)) === JSON.stringify(canonical(right));

/**
 * Records a new fact. A person record that names no person is linked on arrival (linkPersonRecord.ts): it joins
 * the person it surely matches, or gets a new person of its own, with any likely persons queued for review.
 */
export async function createEntity<K extends KindName>(
  context: UseCaseContext,
  kindName: K,
  input: unknown,
): Promise<Stored<K>> {
  const kind = kindOf(kindName);
  const data = parseOrThrow(kind.schema, input);
  return context.store.transaction(context.actor, async (unitOfWork) => {
    await assertReferencesExist(unitOfWork, data);
    const stored =
      kindName === 'personRecord'
        ? ((await insertPersonRecord(context, unitOfWork, data as PersonRecord)) as Stored<K>)
        : await unitOfWork.insert(kindName, { id: context.newId(kind.prefix), data });
    await refreshFindings(context, unitOfWork, kindName, [stored]);
    return stored;
  });
}

async function insertPersonRecord(
  context: UseCaseContext,
  unitOfWork: UnitOfWork,
  record: PersonRecord,
): Promise<Stored<'personRecord'>> {
  const recordId = context.newId(kindOf('personRecord').prefix);
  // A personId given with the record is the editor's decision: no linkage.
  if (record.personId) return unitOfWork.insert('personRecord', { id: recordId, data: record });
  const fictional = await fromFictionalSources(unitOfWork, record.sourceIds);
  const arrival = await decideArrival(unitOfWork, record, fictional);
  const personId =
    arrival.personId ??
    (await unitOfWork.insert('person', { id: context.newId(kindOf('person').prefix), data: { fictional } }))
      .id;
  const stored = await unitOfWork.insert('personRecord', { id: recordId, data: { ...record, personId } });
  await queueMatches(context, unitOfWork, stored, arrival.review);
  return stored;
}

/**
 * Replaces an entity's data (`mode: replace`) or merges top-level fields into it (`mode: merge`), only if the
 * caller saw the current version: a stale version fails with version_conflict and changes nothing.
 */
export async function updateEntity<K extends KindName>(
  context: UseCaseContext,
  kindName: K,
  id: string,
  request: { version: number; data: unknown; mode: 'replace' | 'merge' },
): Promise<Stored<K>> {
  const kind = kindOf(kindName);
  return context.store.transaction(context.actor, async (unitOfWork) => {
    // An id that names nothing is not found whatever the body says: facts are never deleted.
    const current = await unitOfWork.get(kindName, id);
    if (!current) throw notFound(kind.label, id);
    let input = request.data;
    if (request.mode === 'merge' && typeof input === 'object' && input !== null && !Array.isArray(input)) {
      input = { ...(current.data as object), ...(input as object) };
    }
    const data = parseOrThrow(kind.schema, input) as EntityDataByKind[K];
    if (kindName === 'personRecord' && !(data as PersonRecord).personId) {
      throw invalidInput([{ path: ['personId'], message: 'a stored person record must keep its personId' }]);
    }
    await assertReferencesExist(unitOfWork, data);
    const updated = await unitOfWork.update(kindName, id, request.version, data);
    if (sameJson(bundleRelevant(kindName, current.data), bundleRelevant(kindName, updated.data)) === false) {
      await refreshFindings(context, unitOfWork, kindName, [current, updated]);
    }
    return updated;
  });
}

/** Withdraws a fact with a reason. Nothing is deleted: the fact stays, marked retracted, and the audit keeps why. */
export async function retractEntity<K extends KindName>(
  context: UseCaseContext,
  kindName: K,
  id: string,
  request: { version: number; reason: string },
): Promise<Stored<K>> {
  if (request.reason.trim().length < 3) {
    throw invalidInput([
      { path: ['reason'], message: 'say why the fact is retracted (at least 3 characters)' },
    ]);
  }
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const retracted = await unitOfWork.retract(kindName, id, request.version, request.reason.trim());
    await refreshFindings(context, unitOfWork, kindName, [retracted]);
    return retracted;
  });
}

/**
 * Findings are recomputed in the same transaction as the change of a fact they depend on, so no request after
 * the change can be served a finding computed from the facts before it.
 */
async function refreshFindings(
  context: UseCaseContext,
  unitOfWork: UnitOfWork,
  kind: KindName,
  entities: Stored[],
) {
  const transferIds = await affectedTransfers(unitOfWork, kind, entities);
  await refreshEvaluations(unitOfWork, transferIds, context.rules, context.clock().toISOString());
}

/**
 * What a write of a fact left contradicting it, for the write's answer: the conflicts of the fact's person that
 * name the fact, or a movement's own. The write stands whatever they are (sources can be wrong; the conflict says
 * which facts to check). Undefined for kinds no conflict is about (sources, agreements, facilities, counts).
 */
export async function conflictsOfWrite(
  context: UseCaseContext,
  kindName: KindName,
  stored: Stored,
): Promise<Conflict[] | undefined> {
  if (kindName === 'movement') return movementArrivesBeforeDeparture(stored as Stored<'movement'>);
  if (!kindOf(kindName).personal) return undefined;
  const personId = (stored.data as { personId?: string }).personId;
  if (!personId) return [];
  const conflicts = await personConflicts(context.store, personId, {
    now: context.clock(),
    role: context.actor.role,
  });
  return conflictsInvolving(conflicts, stored.id);
}
