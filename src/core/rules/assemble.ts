import type {
  Agreement,
  CustodyEvent,
  Facility,
  LegalEvent,
  Movement,
  PersonRecord,
  Transfer,
} from '../entities/index.js';
import type { Instant } from '../values/instant.js';
import { earliestDay, type PartialDate } from '../values/partialDate.js';

/** The stored facts about a person: their records, legal events and custody (with the facilities it names). */
export interface PersonFacts {
  personRecords: PersonRecord[];
  legalEvents: Array<{ id: string; data: LegalEvent }>;
  custodyEvents: CustodyEvent[];
  facilities: ReadonlyMap<string, Facility>;
}

/** The stored facts a transfer's bundle is assembled from: the person's, and what the transfer names. */
export interface TransferFacts extends PersonFacts {
  transfer: { id: string; data: Transfer };
  agreement?: { id: string; data: Agreement } | undefined;
  movement?: Movement | undefined;
}

type Json = Record<string, unknown>;

const utc = (instant: Instant | null | undefined) => (instant === null ? null : instant?.utc);

/** Leaves out what is undefined, so an unknown fact stays absent from the bundle rather than becoming null. */
function defined(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** A flag known from several records: true if any says so, else known false if any says false or null. */
function combinedFlag(records: PersonRecord[], read: (record: PersonRecord) => boolean | null | undefined) {
  const values = records.map(read).filter((value) => value !== undefined);
  if (values.length === 0) return undefined;
  return values.some((value) => value === true) ? true : values.includes(false) ? false : null;
}

function mostPrecise(dates: Array<PartialDate | undefined>): PartialDate | undefined {
  return dates
    .filter((date): date is PartialDate => Boolean(date))
    .sort((left, right) => right.length - left.length)[0];
}

function person(facts: PersonFacts): Json {
  const records = facts.personRecords;
  const designations = facts.legalEvents.flatMap(({ data }) =>
    data.type === 'aea_designation' ? [data.designatedAt.utc] : [],
  );
  return defined({
    nationalities: records.some((record) => record.nationalities.length)
      ? [...new Set(records.flatMap((record) => record.nationalities))]
      : undefined,
    birthDate: mostPrecise(records.map((record) => record.birthDate)),
    lawfulPermanentResident: combinedFlag(records, (record) => record.lawfulPermanentResident),
    usCitizen: combinedFlag(records, (record) => record.usCitizen),
    languages: records.some((record) => record.languages.length)
      ? [...new Set(records.flatMap((record) => record.languages))]
      : undefined,
    hasCounsel: combinedFlag(records, (record) => record.hasCounsel),
    unaccompaniedChild: combinedFlag(records, (record) => record.unaccompaniedChild),
    aeaDesignatedAt: designations.sort()[0],
    confinement: confinement(facts),
  });
}

function eventTime(event: CustodyEvent): string {
  return event.at?.utc ?? `${earliestDay(event.date)}T00:00:00.000Z`;
}

/** Periods in custody at facilities with a known judicial district, from one custody event to the next. */
function confinement(facts: PersonFacts): Json[] | undefined {
  const ordered = [...facts.custodyEvents].sort((left, right) =>
    eventTime(left).localeCompare(eventTime(right)),
  );
  const periods: Json[] = [];
  ordered.forEach((event, index) => {
    const district = event.facilityId ? facts.facilities.get(event.facilityId)?.district : undefined;
    if (!district || !['detained', 'transferred'].includes(event.type)) return;
    const next = ordered[index + 1];
    periods.push({ district, from: eventTime(event), to: next ? eventTime(next) : null });
  });
  return periods.length ? periods : undefined;
}

/** The latest removal order issued by the transfer's departure (or the latest one, if dates do not tell). */
function removalOrder(facts: PersonFacts, departure: string | undefined): Json | undefined {
  const orders = facts.legalEvents
    .map(({ data }) => data)
    .filter(
      (event): event is Extract<LegalEvent, { type: 'removal_order' }> => event.type === 'removal_order',
    )
    .sort((left, right) => earliestDay(left.date).localeCompare(earliestDay(right.date)));
  const before = departure
    ? orders.filter((order) => earliestDay(order.date) <= departure.slice(0, 10))
    : orders;
  const order = before.at(-1) ?? orders.at(-1);
  if (!order) return undefined;
  return defined({
    authority: order.authority,
    issuedAt: utc(order.issuedAt),
    finalAt: utc(order.finalAt),
    countriesNamed: order.countriesNamed,
    countriesIdentifiedInWriting: order.countriesIdentifiedInWriting,
    appealWaived: order.appealWaived,
  });
}

/** The legal events of the person as the bundle's lists; an empty list is left out (unknown), never asserted. */
function legalLists(facts: PersonFacts): Json {
  const lists: Record<string, Json[]> = {};
  const add = (name: string, entry: Json) => (lists[name] ??= []).push(defined(entry));
  for (const { id, data } of facts.legalEvents) {
    switch (data.type) {
      case 'appeal':
        add('appeals', { forum: data.forum, filedAt: data.filedAt.utc, decidedAt: utc(data.decidedAt) });
        break;
      case 'stay':
        add('stays', { kind: data.stayKind, court: data.court, from: data.from.utc, to: utc(data.to) });
        break;
      case 'petition_for_review':
        add('petitionsForReview', { court: data.court, filedAt: data.filedAt.utc });
        break;
      case 'protection_grant':
        add('protectionGrants', {
          type: data.grantType,
          country: data.country,
          grantedAt: data.grantedAt,
          terminatedAt: data.terminatedAt,
        });
        break;
      case 'court_order':
        add('courtOrders', {
          id: data.orderKey ?? id,
          case: data.case,
          court: data.court,
          oralAt: utc(data.oralAt),
          writtenAt: utc(data.writtenAt),
          scope: data.scope,
          stayedAt: utc(data.stayedAt),
          vacatedAt: utc(data.vacatedAt),
        });
        break;
      case 'notice_served':
        add('notices', {
          servedAt: data.servedAt.utc,
          toPerson: data.toPerson,
          toCounsel: data.toCounsel,
          language: data.language,
          namesCountry: data.namesCountry,
          explainsHowToChallenge: data.explainsHowToChallenge,
          kind: data.noticeKind,
        });
        break;
      case 'fear_claim':
        add('fearClaims', { raisedAt: data.raisedAt.utc, country: data.country });
        break;
      case 'screening':
        add('screenings', {
          kind: data.screeningKind,
          referredAt: utc(data.referredAt),
          decidedAt: utc(data.decidedAt),
          outcome: data.outcome,
          country: data.country,
        });
        break;
      case 'reopen_motion':
        add('reopenMotions', { filedAt: data.filedAt.utc, by: data.by });
        break;
      case 'assurance':
        add('assurances', {
          country: data.country,
          kind: data.assuranceKind,
          deemedCredibleAt: utc(data.deemedCredibleAt),
        });
        break;
      case 'removal_order':
      case 'aea_designation':
      case 'habeas_petition':
        break;
    }
  }
  return lists;
}

function transferPart(facts: TransferFacts, departure: string | undefined): Json {
  const { data } = facts.transfer;
  const facility = data.toFacilityId ? facts.facilities.get(data.toFacilityId) : undefined;
  return defined({
    authority: data.legalBasis,
    from: data.fromCountry,
    destination: data.toCountry,
    departureAt: departure,
    custodyTransferAt: utc(data.custodyTransferAt),
    exigent: data.exigent,
    attorneyAccess: data.attorneyAccess,
    detainedOnArrival: data.detainedOnArrival,
    atSendingStateRequest: data.atSendingStateRequest,
    receivingFacility: facility
      ? defined({
          name: facility.name,
          country: facility.country,
          credibleTortureReports: facility.credibleTortureReports,
        })
      : undefined,
    individualAssessment: data.individualAssessment,
    statusDecisionAt: utc(data.statusDecisionAt),
    onward: data.onward?.map((step) => ({ at: step.date, to: step.to })),
    agreement: facts.agreement
      ? defined({ id: facts.agreement.id, legallyBinding: facts.agreement.data.legallyBinding })
      : undefined,
    interimMeasureInForce: data.interimMeasureInForce,
    admittedToReceivingState: data.admittedToReceivingState,
    asylumProcedureAvailable: data.asylumProcedureAvailable,
    onwardReturnProtection: data.onwardReturnProtection,
  });
}

/**
 * The case bundle (RULES.md, v1) of a stored transfer. Only facts on record go in: what the registry does not
 * know stays absent, so the rules report it missing rather than assume it. The departure is the transfer's
 * instant, else its movement's, else its date when that is a full day.
 */
export function assembleBundle(facts: TransferFacts): Json {
  const { data } = facts.transfer;
  const departure =
    data.departureAt?.utc ??
    facts.movement?.departure.at?.utc ??
    (data.date.length === 10 ? data.date : undefined);
  return defined({
    version: 1,
    person: person(facts),
    removalOrder: removalOrder(facts, departure),
    ...legalLists(facts),
    transfer: transferPart(facts, departure),
  });
}

/** The person's part of a bundle, without a transfer: what deadlines are computed from before any removal. */
export function assemblePersonBundle(facts: PersonFacts): Json {
  return defined({
    version: 1,
    person: person(facts),
    removalOrder: removalOrder(facts, undefined),
    ...legalLists(facts),
  });
}
