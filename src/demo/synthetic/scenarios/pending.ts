import { AGR } from '../../public/agreementsUs.js';
import { FAC } from '../../public/facilities.js';
import { allegeGang, criminalHistory } from '../allegations.js';
import {
  aarpOrder,
  aeaDesignation,
  fearClaim,
  habeasPetition,
  notice,
  protectionGrant,
  removalOrder,
  screening,
} from '../legalEvents.js';
import { atFacility, detainedInUs, reportedInMonth, type ScenarioContext } from '../scenario.js';
import { SYN } from '../sources.js';
import { DAY, HOUR, quarterHour, toMs } from '../time.js';

const DISTRICT: Record<string, string> = {
  [FAC.bluebonnet]: 'N.D. Tex.',
  [FAC.prairieland]: 'N.D. Tex.',
  [FAC.aurora]: 'D. Colo.',
  [FAC.moshannon]: 'W.D. Pa.',
};

function designate(context: ScenarioContext, facilityId: string, ms: number): void {
  const designatedAt = atFacility(facilityId, quarterHour(ms));
  context.facts.legalEvent(aeaDesignation(designatedAt), [SYN.manifest]);
  context.facts.legalEvent(removalOrder('AEA', designatedAt, designatedAt, []));
}

/**
 * Venezuelans held at Bluebonnet (N.D. Tex.) who were served AEA notices in English on 2025-04-18 and put on
 * buses, until the Supreme Court's order in A.A.R.P. v. Trump halted the removal.
 */
export function aeaHaltedInApril(context: ScenarioContext): void {
  const { rng, facts } = context;
  const noticeMs = toMs('2025-04-18T09:00:00-05:00') + rng.int(0, 8) * HOUR;
  detainedInUs(
    context,
    rng.pick([FAC.otero, FAC.prairieland, FAC.portIsabel]),
    noticeMs - rng.int(40, 200) * DAY,
  );
  detainedInUs(context, FAC.bluebonnet, noticeMs - rng.int(5, 30) * DAY);
  designate(context, FAC.bluebonnet, noticeMs - rng.int(10, 30) * HOUR);
  if (rng.chance(0.8)) {
    const servedAt = atFacility(FAC.bluebonnet, noticeMs);
    facts.legalEvent(
      notice({ kind: 'aea', servedAt, toCounsel: false, language: 'en', explainsHowToChallenge: false }),
    );
  }
  facts.legalEvent(aarpOrder());
  if (rng.chance(0.6)) {
    const filedAt = atFacility(FAC.bluebonnet, noticeMs + rng.int(2, 10) * HOUR);
    facts.legalEvent(habeasPetition('N.D. Tex.', filedAt, `1:25-cv-${rng.int(50, 99)} (fictional)`));
  }
  allegeGang(context, 'Tren de Aragua', '2025-04');
  criminalHistory(context, { convicted: 0.1, dismissed: 0.05 });
  facts.transfer({
    agreementId: AGR.usSlv,
    legalBasis: 'AEA',
    fromCountry: 'USA',
    toCountry: 'SLV',
    fromFacilityId: FAC.bluebonnet,
    toFacilityId: FAC.cecot,
    status: 'halted',
    date: '2025-04-18',
    note: 'Taken to buses bound for the airport; the removal was halted overnight.',
  });
}

/**
 * Venezuelans designated under the AEA after the Supreme Court required notice (2025-05-16): a removal scheduled
 * from D. Colo., W.D. Pa. or N.D. Tex. with a notice of 7 to 20 days, some under a court order naming them.
 */
export function aeaScheduledLater(context: ScenarioContext): void {
  const { rng, facts } = context;
  const facilityId = rng.weighted([
    [FAC.aurora, 40],
    [FAC.moshannon, 30],
    [FAC.prairieland, 30],
  ] as const);
  const district = DISTRICT[facilityId] ?? 'D. Colo.';
  const departureMs = quarterHour(
    toMs('2025-05-26T14:00:00Z') + rng.int(0, 35) * DAY + rng.int(0, 10) * HOUR,
  );
  const noticeMs = departureMs - rng.int(7, 20) * DAY;
  detainedInUs(context, facilityId, noticeMs - rng.int(30, 200) * DAY);
  designate(context, facilityId, noticeMs - rng.int(2, 48) * HOUR);
  const servedAt = atFacility(facilityId, quarterHour(noticeMs));
  facts.legalEvent(
    notice({
      kind: 'aea',
      servedAt,
      toCounsel: context.identity.hasCounsel === true,
      language: 'es',
      explainsHowToChallenge: true,
    }),
  );
  if (rng.chance(0.5)) habeasWithOrder(context, district, facilityId, noticeMs, departureMs);
  allegeGang(context, 'Tren de Aragua', '2025-05');
  criminalHistory(context, { convicted: 0.12, dismissed: 0.05 });
  facts.transfer({
    agreementId: AGR.usSlv,
    legalBasis: 'AEA',
    fromCountry: 'USA',
    toCountry: 'SLV',
    fromFacilityId: facilityId,
    toFacilityId: FAC.cecot,
    status: 'planned',
    date: atFacility(facilityId, departureMs).slice(0, 10),
    departureAt: atFacility(facilityId, departureMs),
    note: 'Scheduled removal; not known to have departed.',
  });
}

/** A habeas petition in the district of detention and, for some, a TRO that names the petitioner. */
function habeasWithOrder(
  context: ScenarioContext,
  court: string,
  facilityId: string,
  noticeMs: number,
  departureMs: number,
) {
  const { rng, facts } = context;
  const filedMs = quarterHour(noticeMs + rng.int(1, 4) * DAY);
  facts.legalEvent(
    habeasPetition(court, atFacility(facilityId, filedMs), `1:25-cv-${rng.int(1000, 2999)} (fictional)`),
  );
  if (!rng.chance(0.6)) return;
  const writtenAt = atFacility(facilityId, Math.min(filedMs + rng.int(1, 3) * DAY, departureMs - DAY));
  facts.legalEvent({
    type: 'court_order',
    date: writtenAt.slice(0, 10),
    orderKey: `tro-${context.facts.personId}`,
    case: `${context.identity.family[0] ?? 'Doe'} v. Noem (fictional)`,
    court,
    orderKind: 'temporary_restraining_order',
    writtenAt,
    scope: 'this_person',
    stayedAt: null,
    vacatedAt: null,
  });
}

/**
 * Held long after a final order to a country that does not take its nationals back, and served a notice naming
 * a third country: no transfer yet, so the timeline shows where they are and what is pending.
 */
export function awaitingThirdCountryRemoval(context: ScenarioContext): void {
  const { rng, facts, identity } = context;
  const facilityId = rng.pick([FAC.krome, FAC.moshannon, FAC.otero, FAC.aurora]);
  const finalMs = toMs('2024-06-01T15:00:00Z') + rng.int(0, 200) * DAY;
  detainedInUs(context, facilityId, finalMs - rng.int(30, 200) * DAY);
  const issuedAt = atFacility(facilityId, finalMs - 30 * DAY);
  facts.legalEvent(
    removalOrder('INA240', issuedAt, atFacility(facilityId, finalMs), [identity.nationality], false),
  );
  if (rng.chance(0.4))
    facts.legalEvent(protectionGrant('CAT_deferral', identity.nationality, String(rng.int(2016, 2023))));
  const destination = rng.pick(['SSD', 'SWZ', 'GHA', 'RWA', 'UGA']);
  const noticeMs = quarterHour(toMs('2025-08-04T14:00:00Z') + rng.int(0, 60) * DAY);
  const language = rng.chance(0.5) ? 'en' : identity.language;
  facts.legalEvent(
    notice({
      kind: 'third_country',
      servedAt: atFacility(facilityId, noticeMs),
      toCounsel: false,
      language,
      namesCountry: destination,
    }),
  );
  if (rng.chance(0.6)) {
    const raisedAt = atFacility(facilityId, noticeMs + rng.int(1, 20) * HOUR);
    facts.legalEvent(fearClaim(raisedAt, destination));
    facts.legalEvent(screening('third_country_fear', destination, raisedAt, null));
  }
  if (rng.chance(0.3))
    reportedInMonth(context, 'released', '2025-11', {
      country: 'USA',
      note: 'Released on an order of supervision.',
    });
}
