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

/**
 * A `transferred` event tied to a transfer that leaves this very facility records the person going, not coming:
 * the demo and hand-entered cases write it so ("left US custody on a transfer"), while ICE's stint releases write
 * `transferred` for a book-in by transfer (no transfer tied). Neither an arrival nor a stay.
 */
function isDeparture(
  event: Stored<'custodyEvent'>,
  facilityId: string,
  transfers: ReadonlyMap<string, Stored<'transfer'>>,
): boolean {
  const { type, transferId } = event.data;
  return (
    type === 'transferred' &&
    transferId !== undefined &&
    transfers.get(transferId)?.data.fromFacilityId === facilityId
  );
}

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
 * a detention or transfer event at the facility (not a departure from it), or a completed transfer into it with
 * nothing later.
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
  const tied = new Map<string, Stored<'transfer'>>();
  const tiedIds = [...new Set(eventsThere.flatMap((event) => event.data.transferId ?? []))];
  for (let start = 0; start < tiedIds.length; start += CHUNK)
    for (const transfer of await reader.getMany('transfer', tiedIds.slice(start, start + CHUNK)))
      tied.set(transfer.id, transfer);
  for (const event of eventsThere)
    if (HOLDING.has(event.data.type) && !isDeparture(event, facilityId, tied))
      arrive(event.data.personId, event.data.date);
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
      const own = transfers.get(personId) ?? [];
      const step = latestStep(events.get(personId) ?? [], own);
      const held = heldBy(step, facilityId, new Map(own.map((transfer) => [transfer.id, transfer])));
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
  transfers: ReadonlyMap<string, Stored<'transfer'>>,
): { since: string; derived: boolean } | undefined {
  if (step?.event) {
    const { data } = step.event;
    return data.facilityId === facilityId &&
      HOLDING.has(data.type) &&
      !isDeparture(step.event, facilityId, transfers)
      ? { since: data.date, derived: false }
      : undefined;
  }
  if (step?.transfer?.data.toFacilityId === facilityId)
    return { since: step.transfer.data.date, derived: true };
  return undefined;
}
