/**
 * How far a reported count is matched by individual transfers in the registry: the persons identified by name in
 * the count's scope, against the number the source reported. Only the dimensions the count states narrow the
 * scope (a count that names no basis takes transfers of every basis), and only completed transfers moved anyone.
 */
import { SMALL_COUNT_THRESHOLD } from '../access/disclosure.js';
import type { ReportedCount } from '../entities/index.js';
import type { Condition, EntityReader, Stored } from '../ports/store.js';
import { listAllIn } from '../usecases/listAll.js';
import { earliestDay, latestDay } from '../values/partialDate.js';

/** The dimensions a count states, as its scope: what a transfer must match to fall in it. */
export interface CountScope {
  dateFrom: string;
  dateTo: string;
  fromCountry?: string;
  toCountry: string;
  agreementId?: string;
  movementId?: string;
  facilityId?: string;
  basis?: string;
  /** The person's records must give one of these nationalities. */
  nationalities?: string[];
}

export function scopeOf(count: ReportedCount): CountScope {
  const scope: CountScope = {
    dateFrom: earliestDay(count.dateFrom),
    dateTo: latestDay(count.dateTo ?? count.dateFrom),
    toCountry: count.toCountry,
  };
  if (count.fromCountry) scope.fromCountry = count.fromCountry;
  if (count.agreementId) scope.agreementId = count.agreementId;
  if (count.movementId) scope.movementId = count.movementId;
  if (count.facilityId) scope.facilityId = count.facilityId;
  if (count.basis) scope.basis = count.basis;
  if (count.nationalities.length > 0) scope.nationalities = [...count.nationalities];
  return scope;
}

/** The persons with transfers in a scope, and those who would be but whose records give no nationality. */
export interface InScope {
  transfers: number;
  /** Person id → their transfers in the scope, persons in id order. */
  persons: Map<string, Array<Stored<'transfer'>>>;
  nationalityUnknown: number;
}

const eq = (column: string, value: string): Condition => ({ op: 'eq', column, value });

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The persons identified in the registry within the count's scope (see the module comment). */
export async function identifiedInScope(reader: EntityReader, scope: CountScope): Promise<InScope> {
  const conditions: Condition[] = [eq('status', 'completed'), eq('to_country', scope.toCountry)];
  if (scope.fromCountry) conditions.push(eq('from_country', scope.fromCountry));
  if (scope.agreementId) conditions.push(eq('agreement_id', scope.agreementId));
  if (scope.movementId) conditions.push(eq('movement_id', scope.movementId));
  if (scope.facilityId) conditions.push(eq('to_facility_id', scope.facilityId));
  if (scope.basis) conditions.push(eq('legal_basis', scope.basis));
  // The store dates a transfer by its departure instant in UTC where known; sources date counts by the local day.
  // The store narrows by a day either side, and the transfer's own date (as the source gave it) decides.
  const candidates = await transfersAround(reader, conditions, scope);
  const inDates = candidates.filter(
    ({ data }) => earliestDay(data.date) >= scope.dateFrom && latestDay(data.date) <= scope.dateTo,
  );
  const byPerson = new Map<string, Array<Stored<'transfer'>>>();
  for (const transfer of inDates)
    byPerson.set(transfer.data.personId, [...(byPerson.get(transfer.data.personId) ?? []), transfer]);
  let nationalityUnknown = 0;
  if (scope.nationalities) {
    const wanted = new Set(scope.nationalities);
    const known = await nationalitiesOf(reader, [...byPerson.keys()]);
    for (const personId of [...byPerson.keys()]) {
      const nationalities = known.get(personId) ?? new Set<string>();
      if ([...nationalities].some((nationality) => wanted.has(nationality))) continue;
      if (nationalities.size === 0) nationalityUnknown += 1;
      byPerson.delete(personId);
    }
  }
  const persons = new Map([...byPerson].sort(([left], [right]) => (left < right ? -1 : 1)));
  return {
    transfers: [...persons.values()].reduce((sum, list) => sum + list.length, 0),
    persons,
    nationalityUnknown,
  };
}

/** Current transfers matching the conditions and dated around the scope's days, page by page. */
async function transfersAround(
  reader: EntityReader,
  conditions: Condition[],
  scope: CountScope,
): Promise<Array<Stored<'transfer'>>> {
  const all: Array<Stored<'transfer'>> = [];
  let after: { sortValue: string | null; id: string } | undefined;
  do {
    const page = await reader.list('transfer', {
      conditions,
      dateRange: { from: shiftDay(scope.dateFrom, -1), to: shiftDay(scope.dateTo, 1), mode: 'overlaps' },
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

/** Every nationality the current records of each person give. */
async function nationalitiesOf(reader: EntityReader, personIds: string[]): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  for (const record of await listAllIn(reader, 'personRecord', 'person_id', personIds)) {
    const personId = record.data.personId;
    if (!personId) continue;
    const set = found.get(personId) ?? new Set<string>();
    record.data.nationalities.forEach((nationality) => set.add(nationality));
    found.set(personId, set);
  }
  return found;
}

/** Reported persons as a range: one count's number (min = max), or a figure's range; null bounds when unknown. */
export interface ReportedRange {
  min: number | null;
  max: number | null;
}

/**
 * Identified against reported: the share (identified / reported; a range when the reported number is one), never
 * capped at 1, and whether more persons were identified than any source reported.
 */
export function shareOf(identified: number, reported: ReportedRange) {
  const { min, max } = reported;
  if (min === null || max === null) return { share: null, moreIdentifiedThanReported: false };
  const ratio = (of: number) => (of === 0 ? null : identified / of);
  return {
    share: min === max ? ratio(max) : { min: ratio(max), max: ratio(min) },
    moreIdentifiedThanReported: identified > max,
  };
}

/**
 * Identified persons as the public may see them: a number from 1 to 4 is suppressed, and with it the share and
 * the comparison with the reported number, which would give it back.
 */
export function publicIdentified(identified: number, reported: ReportedRange) {
  if (identified > 0 && identified < SMALL_COUNT_THRESHOLD)
    return { identified: null, suppressed: true, share: null, moreIdentifiedThanReported: null };
  return { identified, suppressed: false, ...shareOf(identified, reported) };
}
