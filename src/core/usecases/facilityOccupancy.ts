import { notFound } from '../errors.js';
import type { EntityReader, Stored } from '../ports/store.js';
import { assertMayRead } from '../presenters/entityPresenter.js';
import type { Role } from '../roles.js';
import { earliestDay, type PartialDate } from '../values/partialDate.js';
import { listAll, listAllIn } from './listAll.js';
import { latestStep } from './personViews.js';

/** Persons read per query when their facts are gathered: well below every engine's limit on bound parameters. */
const CHUNK = 500;

/** Custody event types that leave the person held where the event says. */
const HOLDING = new Set(['detained', 'transferred']);

/** A person held in the facility now, and since when (the step that put them there, as the source dated it). */
export interface HeldPerson {
  personId: string;
  since: string;
  /** The step is a completed transfer into the facility, not a custody event there. */
  derived: boolean;
}

export interface FacilityOccupancy {
  facilityId: string;
  /** Persons whose whereabouts now (their latest custody event or completed transfer) is this facility. */
  heldNow: number;
  persons: HeldPerson[];
  /** Persons who arrived (custody event or completed transfer into it), by the month they arrived; each once a month. */
  arrivalsByMonth: Array<{ key: string; value: number }>;
}

function byPersonId<T extends { data: { personId: string } }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.data.personId, [...(map.get(item.data.personId) ?? []), item]);
  return map;
}

/**
 * Who is held in a facility now, and who arrived there month by month, for roles that may see persons. A person is
 * held there when the step that says where they are now (the same as their page's whereabouts) puts them there:
 * a detention or transfer event at the facility, or a completed transfer into it with nothing later.
 */
export async function facilityOccupancy(
  reader: EntityReader,
  facilityId: string,
  role: Role,
): Promise<FacilityOccupancy> {
  assertMayRead('custodyEvent', role);
  if (!(await reader.get('facility', facilityId))) throw notFound('facility', facilityId);
  const eventsThere = await listAll(reader, 'custodyEvent', [
    { op: 'eq', column: 'facility_id', value: facilityId },
  ]);
  const transfersThere = (
    await listAll(reader, 'transfer', [{ op: 'eq', column: 'to_facility_id', value: facilityId }])
  ).filter((transfer) => transfer.data.status === 'completed');

  const arrivals = new Map<string, Set<string>>();
  const arrive = (personId: string, date: PartialDate) => {
    const month = earliestDay(date).slice(0, 7);
    arrivals.set(month, (arrivals.get(month) ?? new Set()).add(personId));
  };
  for (const event of eventsThere)
    if (HOLDING.has(event.data.type)) arrive(event.data.personId, event.data.date);
  for (const transfer of transfersThere) arrive(transfer.data.personId, transfer.data.date);

  const candidates = [
    ...new Set([...eventsThere, ...transfersThere].map((item) => item.data.personId)),
  ].sort();
  const persons: HeldPerson[] = [];
  for (let start = 0; start < candidates.length; start += CHUNK) {
    const values = candidates.slice(start, start + CHUNK);
    const events = byPersonId(await listAllIn(reader, 'custodyEvent', 'person_id', values));
    const transfers = byPersonId(await listAllIn(reader, 'transfer', 'person_id', values));
    for (const personId of values) {
      const step = latestStep(events.get(personId) ?? [], transfers.get(personId) ?? []);
      const held = heldBy(step, facilityId);
      if (held) persons.push({ personId, ...held });
    }
  }
  return {
    facilityId,
    heldNow: persons.length,
    persons,
    arrivalsByMonth: [...arrivals]
      .sort(([left], [right]) => (left < right ? -1 : 1))
      .map(([key, people]) => ({ key, value: people.size })),
  };
}

function heldBy(
  step: { event?: Stored<'custodyEvent'>; transfer?: Stored<'transfer'> } | undefined,
  facilityId: string,
): { since: string; derived: boolean } | undefined {
  if (step?.event) {
    const { data } = step.event;
    return data.facilityId === facilityId && HOLDING.has(data.type)
      ? { since: data.date, derived: false }
      : undefined;
  }
  if (step?.transfer?.data.toFacilityId === facilityId)
    return { since: step.transfer.data.date, derived: true };
  return undefined;
}
