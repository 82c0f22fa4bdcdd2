import type { CustodyEvent, KindName, Transfer } from '../entities/index.js';
import { notFound } from '../errors.js';
import type { EntityReader, Stored } from '../ports/store.js';
import { presentEntity, sourceVisible, WITHHELD, type Presented } from '../presenters/entityPresenter.js';
import type { Role } from '../roles.js';
import type { Finding, RulePack } from '../rules/types.js';
import { presentFinding } from '../presenters/findingPresenter.js';
import type { Instant } from '../values/instant.js';
import { earliestDay, latestDay, type PartialDate } from '../values/partialDate.js';
import { byPerson, listAll } from './listAll.js';
import { conflictsAmong, personConflicts } from './listConflicts.js';

/** A source as cited beside a fact. */
export interface Citation {
  id: string;
  title: string;
  publisher: string;
  url?: string | undefined;
  fictional: boolean;
  /** The source is above the caller's clearance: cited by id only. */
  withheld?: true;
}

interface Dated {
  date?: PartialDate | undefined;
  at?: Instant | undefined;
}

/** The interval of days an item may denote (an instant is a point), for ordering. */
function span(item: Dated): { lo: string; hi: string } {
  if (item.at) return { lo: item.at.utc, hi: item.at.utc };
  // Days as instants from their first to their last millisecond, so an instant within a day sorts inside it.
  if (item.date)
    return { lo: `${earliestDay(item.date)}T00:00:00.000Z`, hi: `${latestDay(item.date)}T23:59:59.999Z` };
  return { lo: '~', hi: '~' };
}

/** Orders by earliest possible moment, then the more precise first; undated items last. */
function compareDated(left: Dated, right: Dated): number {
  const a = span(left);
  const b = span(right);
  return a.lo.localeCompare(b.lo) || a.hi.localeCompare(b.hi);
}

/**
 * The sources cited beside facts, as the role may see them: a source above the role's clearance (confidential,
 * for viewers) is cited by id only, its title, publisher and address withheld; the fact stays visible.
 */
async function citations(
  reader: EntityReader,
  sourceIds: Iterable<string>,
  role: Role,
): Promise<Map<string, Citation>> {
  const sources = await reader.getMany('source', [...new Set(sourceIds)]);
  return new Map(
    sources.map((source) => [
      source.id,
      sourceVisible(source.data, role)
        ? {
            id: source.id,
            title: source.data.title,
            publisher: source.data.publisher,
            url: source.data.url,
            fictional: source.data.fictional,
          }
        : {
            id: source.id,
            title: WITHHELD,
            publisher: WITHHELD,
            fictional: source.data.fictional,
            withheld: true,
          },
    ]),
  );
}

function cite(map: Map<string, Citation>, sourceIds: readonly string[]): Citation[] {
  return sourceIds.flatMap((id) => map.get(id) ?? []);
}

/** "Where is this person now?": the latest custody event, with its date and sources. */
export function latestCustodyEvent(
  events: Array<Stored<'custodyEvent'>>,
): Stored<'custodyEvent'> | undefined {
  return [...events].sort((left, right) => compareDated(left.data, right.data)).at(-1);
}

/**
 * The step of the timeline that says where the person is now: the latest custody event, or the latest completed
 * transfer when it is later (a completed transfer into a facility is custody there from the hand-over, though no
 * custody event records it). Among steps of the same moment a custody event wins: it says more.
 */
export function latestStep(events: Array<Stored<'custodyEvent'>>, transfers: Array<Stored<'transfer'>>) {
  const event = latestCustodyEvent(events);
  const transfer = [...transfers]
    .filter((candidate) => candidate.data.status === 'completed')
    .sort((left, right) => compareDated(transferDating(left.data), transferDating(right.data)))
    .at(-1);
  if (!transfer) return event ? { event } : undefined;
  if (event && compareDated(transferDating(transfer.data), event.data) <= 0) return { event };
  return { transfer };
}

/** When a transfer put the person in the receiving state's custody, as precisely as known. */
function transferDating(transfer: Transfer): { date: PartialDate; at?: Instant | undefined } {
  return { date: transfer.date, at: transfer.custodyTransferAt ?? transfer.departureAt };
}

/**
 * A person with their records, current whereabouts and the contradictions between their facts, as the role may
 * see them. `now` is the clock's time (a completed transfer must not depart after it).
 */
export async function getPerson(reader: EntityReader, personId: string, role: Role, now: Date = new Date()) {
  const person = await reader.get('person', personId);
  if (!person) throw notFound('person', personId);
  const records = await listAll(reader, 'personRecord', byPerson(personId));
  const custodyEvents = await listAll(reader, 'custodyEvent', byPerson(personId));
  const transfers = await listAll(reader, 'transfer', byPerson(personId));
  const latest = latestStep(custodyEvents, transfers);
  const step = latest?.event ?? latest?.transfer;
  const sourceMap = await citations(
    reader,
    [...records, ...(step ? [step] : [])].flatMap((item) => item.data.sourceIds),
    role,
  );
  const facilityId = latest?.event?.data.facilityId ?? latest?.transfer?.data.toFacilityId;
  const facility = facilityId ? await reader.get('facility', facilityId) : undefined;
  return {
    ...presentEntity('person', person, role),
    records: records.map((record) => ({
      ...presentEntity('personRecord', record, role),
      sources: cite(sourceMap, record.data.sourceIds),
    })),
    whereabouts: latest?.event
      ? whereabouts(latest.event.data, latest.event, facility, sourceMap, role)
      : latest?.transfer
        ? derivedWhereabouts(latest.transfer, facility, sourceMap, role)
        : null,
    conflicts: await conflictsAmong(reader, { records, custodyEvents, transfers }, { now, role }),
  };
}

function facilityOf(facility: Stored<'facility'> | undefined) {
  return facility ? { id: facility.id, name: facility.data.name, country: facility.data.country } : null;
}

function whereabouts(
  event: CustodyEvent,
  stored: Stored<'custodyEvent'>,
  facility: Stored<'facility'> | undefined,
  sourceMap: Map<string, Citation>,
  role: Role,
) {
  return {
    status: event.type,
    date: event.date,
    at: event.at ?? null,
    country: event.country ?? facility?.data.country ?? null,
    facility: facilityOf(facility),
    custodian: event.custodian ?? null,
    derived: null,
    event: presentEntity('custodyEvent', stored, role),
    sources: cite(sourceMap, event.sourceIds),
  };
}

/** Whereabouts worked out from a completed transfer (no custody event records the hand-over), marked so. */
function derivedWhereabouts(
  stored: Stored<'transfer'>,
  facility: Stored<'facility'> | undefined,
  sourceMap: Map<string, Citation>,
  role: Role,
) {
  const transfer = stored.data;
  return {
    status: 'transferred' as const,
    date: transfer.date,
    at: transfer.custodyTransferAt ?? transfer.departureAt ?? null,
    country: transfer.toCountry,
    facility: facilityOf(facility),
    custodian: null,
    derived: { from: 'transfer' as const, transferId: stored.id },
    event: presentEntity('transfer', stored, role),
    sources: cite(sourceMap, transfer.sourceIds),
  };
}

/** The kinds of fact a timeline holds, in the order facts of the same moment are listed. */
export const TIMELINE_KINDS = [
  'custodyEvent',
  'transfer',
  'legalEvent',
  'allegation',
] as const satisfies readonly KindName[];
type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  kind: TimelineKind;
  type: string;
  date: PartialDate | null;
  at: Instant | null;
  entity: Presented;
  sources: Citation[];
  /** For transfers: the rules' findings, with when and under which pack version they were computed. */
  findings?: Finding[];
  findingsEvaluatedAt?: string;
  packVersion?: string;
}

function timelineDating(kind: TimelineKind, stored: Stored<TimelineKind>): Dated & { type: string } {
  const data = stored.data;
  switch (kind) {
    case 'custodyEvent': {
      const event = data as Stored<'custodyEvent'>['data'];
      return { date: event.date, at: event.at, type: event.type };
    }
    case 'transfer': {
      const transfer = data as Stored<'transfer'>['data'];
      return { date: transfer.date, at: transfer.departureAt, type: transfer.legalBasis };
    }
    case 'legalEvent': {
      const event = data as Stored<'legalEvent'>['data'];
      return { date: event.date, type: event.type };
    }
    case 'allegation': {
      const allegation = data as Stored<'allegation'>['data'];
      return { date: allegation.date, type: `${allegation.kind}:${allegation.category}` };
    }
  }
}

/**
 * Custody events, transfers, legal events and allegations of a person, in time order, each with its sources, and
 * the contradictions between the person's facts (judged at `now`, the clock's time).
 */
export async function getPersonTimeline(
  reader: EntityReader,
  personId: string,
  role: Role,
  pack: RulePack,
  now: Date = new Date(),
) {
  const person = await reader.get('person', personId);
  if (!person) throw notFound('person', personId);
  const groups = await Promise.all(
    TIMELINE_KINDS.map(async (kind) => ({ kind, items: await listAll(reader, kind, byPerson(personId)) })),
  );
  const entries = groups.flatMap(({ kind, items }) =>
    items.map((stored) => ({
      kind,
      stored: stored as Stored<TimelineKind>,
      dating: timelineDating(kind, stored),
    })),
  );
  const sourceMap = await citations(
    reader,
    entries.flatMap((entry) => entry.stored.data.sourceIds),
    role,
  );
  entries.sort(
    (left, right) =>
      compareDated(left.dating, right.dating) ||
      TIMELINE_KINDS.indexOf(left.kind) - TIMELINE_KINDS.indexOf(right.kind),
  );
  const transferIds = entries.filter((entry) => entry.kind === 'transfer').map((entry) => entry.stored.id);
  const evaluations = new Map(
    (await reader.getEvaluations(transferIds)).map((evaluation) => [evaluation.transferId, evaluation]),
  );
  const items: TimelineItem[] = entries.map(({ kind, stored, dating }) => {
    const evaluation = kind === 'transfer' ? evaluations.get(stored.id) : undefined;
    return {
      kind,
      type: dating.type,
      date: dating.date ?? null,
      at: dating.at ?? null,
      entity: presentEntity(kind, stored, role),
      sources: cite(sourceMap, stored.data.sourceIds),
      ...(evaluation
        ? {
            findings: evaluation.findings.map((finding) => presentFinding(finding, pack, role)),
            findingsEvaluatedAt: evaluation.evaluatedAt,
            packVersion: evaluation.packVersion,
          }
        : {}),
    };
  });
  return { personId, items, conflicts: await personConflicts(reader, personId, { now, role }) };
}
