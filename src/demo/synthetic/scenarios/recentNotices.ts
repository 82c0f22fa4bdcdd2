import { FAC } from '../../public/facilities.js';
import { allegeGang, criminalHistory } from '../allegations.js';
import {
  aeaDesignation,
  fearClaim,
  habeasPetition,
  notice,
  protectionGrant,
  removalOrder,
  screening,
} from '../legalEvents.js';
import { atFacility, detainedInUs, type ScenarioContext } from '../scenario.js';
import { SYN } from '../sources.js';
import { thirdCountryTransfer } from '../thirdCountry.js';
import { DAY, HOUR, dayOf } from '../time.js';

/**
 * Recent notices and arrivals, dated back from the seeding time (`context.anchor`) so that the short clocks are
 * running when the demo is opened: the D.V.D. periods after a third-country notice and a negative fear finding,
 * ICE's notice and screening hours, the Costa Rican status decision, the AEA notice in D. Colo. Every offset is
 * drawn from the person's own generator, whatever the anchor.
 */

const MINUTE = 60_000;
const FACILITIES = [FAC.krome, FAC.moshannon, FAC.otero, FAC.prairieland] as const;
const DESTINATIONS = ['SSD', 'SWZ', 'GHA', 'RWA', 'UGA', 'HND', 'MEX'] as const;

/**
 * An old final order to a country that does not take the person back (with deferral of removal there, for
 * some), and detention again since a few weeks ago: the clocks of the order ran out long ago.
 */
function oldOrderAndRedetention(context: ScenarioContext, facilityId: string): void {
  const { rng, facts, identity, anchor } = context;
  const finalMs = anchor - rng.int(400, 1500) * DAY - rng.int(0, 8) * HOUR;
  const issuedAt = atFacility(facilityId, finalMs - 30 * DAY);
  const finalAt = atFacility(facilityId, finalMs);
  facts.legalEvent(removalOrder('INA240', issuedAt, finalAt, [identity.nationality], false));
  if (rng.chance(0.5))
    facts.legalEvent(protectionGrant('CAT_deferral', identity.nationality, dayOf(finalAt)));
  detainedInUs(context, facilityId, anchor - rng.int(10, 60) * DAY - rng.int(0, 8) * HOUR);
}

function destinationFor(context: ScenarioContext): string {
  const destinations = DESTINATIONS.filter((code) => code !== context.identity.nationality);
  return context.rng.pick(destinations);
}

function thirdCountryNotice(context: ScenarioContext, facilityId: string, servedMs: number, country: string) {
  const { rng, facts, identity } = context;
  facts.legalEvent(
    notice({
      kind: 'third_country',
      servedAt: atFacility(facilityId, servedMs),
      toCounsel: identity.hasCounsel === true,
      language: rng.chance(0.6) ? identity.language : 'en',
      namesCountry: country,
      explainsHowToChallenge: rng.chance(0.5),
    }),
  );
}

/**
 * A third-country notice served yesterday (20 to 40 hours ago), a fear of that country raised, and a negative
 * screening 6 to 15 hours after the notice. Open: dvd-meaningful-opportunity (8 to 9 days left) and
 * dvd-negative-fear-finding (13 to 15 days). ICE's 24-hour notice clock is ending or has just ended; the
 * screening, decided within hours, closed its own.
 */
export function thirdCountryNoticeYesterday(context: ScenarioContext): void {
  const { rng, facts, anchor } = context;
  const facilityId = rng.pick(FACILITIES);
  oldOrderAndRedetention(context, facilityId);
  const country = destinationFor(context);
  const servedMs = anchor - rng.int(20, 40) * HOUR;
  thirdCountryNotice(context, facilityId, servedMs, country);
  const raisedMs = servedMs + rng.int(1, 4) * HOUR;
  facts.legalEvent(fearClaim(atFacility(facilityId, raisedMs), country));
  const referredMs = raisedMs + HOUR;
  const decision = {
    at: atFacility(facilityId, referredMs + rng.int(4, 10) * HOUR),
    outcome: 'negative' as const,
  };
  facts.legalEvent(screening('third_country_fear', country, atFacility(facilityId, referredMs), decision));
  criminalHistory(context, { convicted: 0.4, dismissed: 0.05 });
}

/**
 * A third-country notice served 2 to 4 hours ago and a fear of that country raised, its screening pending. Open:
 * ice-third-country-notice-6h (2 to 4 hours left), ice-third-country-notice-24h (20 to 22 hours),
 * ice-fear-screening-decision (20 to 24 hours) and dvd-meaningful-opportunity (almost 10 days).
 */
export function thirdCountryNoticeHoursAgo(context: ScenarioContext): void {
  const { rng, facts, anchor } = context;
  const facilityId = rng.pick(FACILITIES);
  oldOrderAndRedetention(context, facilityId);
  const country = destinationFor(context);
  const servedMs = anchor - rng.int(2, 4) * HOUR;
  thirdCountryNotice(context, facilityId, servedMs, country);
  const raisedMs = servedMs + rng.int(1, 4) * 15 * MINUTE;
  facts.legalEvent(fearClaim(atFacility(facilityId, raisedMs), country));
  facts.legalEvent(
    screening('third_country_fear', country, atFacility(facilityId, raisedMs + 15 * MINUTE), null),
  );
  criminalHistory(context, { convicted: 0.4, dismissed: 0.05 });
}

/**
 * Ordered removed at the border weeks ago, told 6 to 48 hours before that the flight goes to Costa Rica, and
 * handed over at CATEM 1 to 9 days ago, no status decision recorded (left unknown rather than null, since
 * CR-RECEIVING-DETENTION reads null as a breach whatever the date). Open: costa-rica-status-decision (5 to 14
 * days left); the notice clocks have closed, run out or ended by the departure.
 */
export function arrivedInCostaRica(context: ScenarioContext): void {
  const { rng, facts, identity, anchor } = context;
  const facilityId = FAC.portIsabel;
  const departureMs = anchor - rng.int(2, 9) * DAY - rng.int(0, 8) * HOUR;
  const detainedMs = departureMs - rng.int(12, 40) * DAY;
  detainedInUs(context, facilityId, detainedMs);
  const issuedAt = atFacility(facilityId, detainedMs + rng.int(1, 6) * DAY + rng.int(0, 8) * HOUR);
  facts.legalEvent(removalOrder('ER235b1', issuedAt, issuedAt, [identity.nationality]));
  thirdCountryNotice(context, facilityId, departureMs - rng.int(6, 48) * HOUR, 'CRI');
  criminalHistory(context, { convicted: 0.05, dismissed: 0.02 });
  thirdCountryTransfer(context, { destination: 'CRI', facilityId, departureMs });
}

/**
 * A Venezuelan held in Aurora (D. Colo.), designated under the Alien Enemies Act and served notice 2 to 6 days
 * ago, with how to challenge it, in Spanish. Open: aea-notice-21-days (15 to 19 days left); the 24-hour floor has
 * run.
 */
export function aeaNoticeInColorado(context: ScenarioContext): void {
  const { rng, facts, identity, anchor } = context;
  const facilityId = FAC.aurora;
  const servedMs = anchor - rng.int(2, 6) * DAY - rng.int(0, 8) * HOUR;
  detainedInUs(context, facilityId, servedMs - rng.int(30, 200) * DAY);
  const designatedAt = atFacility(facilityId, servedMs - rng.int(2, 48) * HOUR);
  facts.legalEvent(aeaDesignation(designatedAt), [SYN.manifest]);
  facts.legalEvent(removalOrder('AEA', designatedAt, designatedAt, []));
  facts.legalEvent(
    notice({
      kind: 'aea',
      servedAt: atFacility(facilityId, servedMs),
      toCounsel: identity.hasCounsel === true,
      language: 'es',
      explainsHowToChallenge: true,
    }),
  );
  if (rng.chance(0.5)) {
    const filedAt = atFacility(facilityId, servedMs + rng.int(6, 30) * HOUR);
    facts.legalEvent(habeasPetition('D. Colo.', filedAt, `cv-${rng.int(1000, 2999)} (fictional)`));
  }
  allegeGang(context, 'Tren de Aragua', dayOf(designatedAt));
  criminalHistory(context, { convicted: 0.12, dismissed: 0.05 });
}
