import type { Facility, KindName } from '../entities/index.js';
import type { Condition, EntityReader, Stored, TransferEvaluation, UnitOfWork } from '../ports/store.js';
import { assembleBundle, type PersonFacts, type TransferFacts } from '../rules/assemble.js';
import type { Bundle } from '../rules/bundle.js';
import { decideBundle } from '../rules/engine.js';
import type { Predicate, RulePack } from '../rules/types.js';
import { canonical } from '../values/canonical.js';
import { earliestDay, latestDay } from '../values/partialDate.js';
import { listAll } from './listAll.js';

/** The rule pack in force and its predicates. */
export interface Rules {
  pack: RulePack;
  predicates: Record<string, Predicate>;
}

const BATCH = 500;

async function byPersons<K extends 'personRecord' | 'legalEvent' | 'custodyEvent'>(
  reader: EntityReader,
  kind: K,
  personIds: string[],
): Promise<Map<string, Array<Stored<K>>>> {
  const map = new Map<string, Array<Stored<K>>>();
  for (let start = 0; start < personIds.length; start += BATCH) {
    const condition: Condition = {
      op: 'in',
      column: 'person_id',
      values: personIds.slice(start, start + BATCH),
    };
    for (const item of await listAll(reader, kind, [condition])) {
      const personId = (item.data as { personId: string }).personId;
      map.set(personId, [...(map.get(personId) ?? []), item]);
    }
  }
  return map;
}

/** The person-level facts of these persons (records, legal events, custody with its facilities), by person. */
export async function gatherPersonFacts(
  reader: EntityReader,
  personIds: string[],
): Promise<Map<string, PersonFacts>> {
  const [records, legalEvents, custodyEvents] = await Promise.all([
    byPersons(reader, 'personRecord', personIds),
    byPersons(reader, 'legalEvent', personIds),
    byPersons(reader, 'custodyEvent', personIds),
  ]);
  const facilityIds = new Set<string>();
  for (const events of custodyEvents.values())
    for (const event of events) if (event.data.facilityId) facilityIds.add(event.data.facilityId);
  const facilities = new Map<string, Facility>(
    (await reader.getMany('facility', [...facilityIds])).map((facility) => [facility.id, facility.data]),
  );
  return new Map(
    personIds.map((personId) => [
      personId,
      {
        personRecords: (records.get(personId) ?? []).map((record) => record.data),
        legalEvents: (legalEvents.get(personId) ?? []).map((event) => ({ id: event.id, data: event.data })),
        custodyEvents: (custodyEvents.get(personId) ?? []).map((event) => event.data),
        facilities,
      },
    ]),
  );
}

/** Everything the bundles of these transfers need, read in a few set-based queries rather than per transfer. */
export async function gatherFacts(
  reader: EntityReader,
  transfers: Array<Stored<'transfer'>>,
): Promise<TransferFacts[]> {
  const persons = await gatherPersonFacts(reader, [
    ...new Set(transfers.map((transfer) => transfer.data.personId)),
  ]);
  const facilityIds = transfers.flatMap((transfer) => transfer.data.toFacilityId ?? []);
  const receiving = new Map(
    (await reader.getMany('facility', facilityIds)).map((facility) => [facility.id, facility.data]),
  );
  const agreements = new Map(
    (
      await reader.getMany(
        'agreement',
        transfers.flatMap((transfer) => transfer.data.agreementId ?? []),
      )
    ).map((item) => [item.id, item]),
  );
  const movements = new Map(
    (
      await reader.getMany(
        'movement',
        transfers.flatMap((transfer) => transfer.data.movementId ?? []),
      )
    ).map((item) => [item.id, item]),
  );
  return transfers.map((transfer) => {
    const person = persons.get(transfer.data.personId) as PersonFacts;
    return {
      ...person,
      facilities: new Map([...person.facilities, ...receiving]),
      transfer: { id: transfer.id, data: transfer.data },
      agreement: transfer.data.agreementId ? agreements.get(transfer.data.agreementId) : undefined,
      movement: transfer.data.movementId ? movements.get(transfer.data.movementId)?.data : undefined,
    };
  });
}

/** The bundle of a transfer as canonical JSON text: equal texts mean equal facts. */
export function bundleText(facts: TransferFacts): string {
  return JSON.stringify(canonical(assembleBundle(facts)));
}

/** Evaluates one transfer's facts; the evaluation records what it was computed from. */
export function evaluateFacts(facts: TransferFacts, rules: Rules, evaluatedAt: string): TransferEvaluation {
  // Stored facts were validated on the way in and the assembly keeps their form (a test checks every demo
  // bundle against the schema), so the bundle is not validated again here: that would double the cost.
  const bundle = canonical(assembleBundle(facts)) as Bundle;
  const text = JSON.stringify(bundle);
  const { data } = facts.transfer;
  return {
    transferId: facts.transfer.id,
    personId: data.personId,
    agreementId: data.agreementId ?? null,
    destination: data.toCountry,
    dateLo: data.departureAt?.utc ?? earliestDay(data.date),
    dateHi: data.departureAt?.utc ?? latestDay(data.date),
    packVersion: rules.pack.version,
    evaluatedAt,
    bundle: text,
    findings: decideBundle(bundle, rules.pack, rules.predicates),
  };
}

/** Re-evaluates these transfers inside the unit of work; retracted or vanished ones lose their evaluation. */
export async function refreshEvaluations(
  unitOfWork: UnitOfWork,
  transferIds: readonly string[],
  rules: Rules,
  now: string,
): Promise<TransferEvaluation[]> {
  if (transferIds.length === 0) return [];
  await unitOfWork.lockTransfers(transferIds);
  const transfers = await unitOfWork.getMany('transfer', transferIds);
  const live = transfers.filter((transfer) => !transfer.retracted);
  const removed = transferIds.filter((id) => !live.some((transfer) => transfer.id === id));
  const evaluations = (await gatherFacts(unitOfWork, live)).map((facts) => evaluateFacts(facts, rules, now));
  await unitOfWork.saveEvaluations(evaluations, removed);
  return evaluations;
}

async function transferIdsWhere(reader: EntityReader, conditions: Condition[]): Promise<string[]> {
  return (await listAll(reader, 'transfer', conditions)).map((transfer) => transfer.id);
}

/** The transfers of these persons, queried in chunks so a long list stays within the engines' limits. */
export async function transfersOfPersons(
  reader: EntityReader,
  personIds: readonly string[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < personIds.length; start += BATCH) {
    ids.push(
      ...(await transferIdsWhere(reader, [
        { op: 'in', column: 'person_id', values: personIds.slice(start, start + BATCH) },
      ])),
    );
  }
  return ids;
}

/** The transfers whose bundle a change of this entity can alter (the facts a finding depends on). */
export async function affectedTransfers(
  reader: EntityReader,
  kind: KindName,
  entities: Array<Stored | undefined>,
): Promise<string[]> {
  const ids = new Set<string>();
  for (const entity of entities) {
    if (!entity) continue;
    const data = entity.data as { personId?: string };
    const where = (column: string, value: string) => transferIdsWhere(reader, [{ op: 'eq', column, value }]);
    let found: string[] = [];
    switch (kind) {
      case 'transfer':
        found = [entity.id];
        break;
      case 'personRecord':
      case 'legalEvent':
      case 'custodyEvent':
        found = data.personId ? await where('person_id', data.personId) : [];
        break;
      case 'agreement':
        found = await where('agreement_id', entity.id);
        break;
      case 'movement':
        found = await where('movement_id', entity.id);
        break;
      case 'facility': {
        const held = await listAll(reader, 'custodyEvent', [
          { op: 'eq', column: 'facility_id', value: entity.id },
        ]);
        const persons = [...new Set(held.map((event) => event.data.personId))];
        found = [
          ...(await where('to_facility_id', entity.id)),
          ...(await transfersOfPersons(reader, persons)),
        ];
        break;
      }
      case 'source':
      case 'person':
      case 'allegation':
      case 'reportedCount':
        break;
    }
    for (const id of found) ids.add(id);
  }
  return [...ids];
}

/**
 * The part of an agreement, facility or movement that bundles read. A change elsewhere (a note, a source, a
 * capacity) cannot change a finding, so it does not re-evaluate the thousands of transfers such a record touches.
 */
export function bundleRelevant(kind: KindName, data: unknown): unknown {
  switch (kind) {
    case 'agreement':
      return { legallyBinding: (data as { legallyBinding?: unknown }).legallyBinding };
    case 'facility': {
      const facility = data as Facility;
      return [facility.name, facility.country, facility.district, facility.credibleTortureReports];
    }
    case 'movement':
      return (data as { departure: { at?: unknown } }).departure.at ?? null;
    default:
      return data;
  }
}
