import { FAC } from '../../public/facilities.js';
import { criminalHistory } from '../allegations.js';
import { assurance, fearClaim, notice, protectionGrant, screening } from '../legalEvents.js';
import { recordOrder } from '../orders.js';
import { atFacility, detainedInUs, monthOf, type ScenarioContext } from '../scenario.js';
import { SYN } from '../sources.js';
import { afterThirdCountry, thirdCountryTransfer, type ThirdCountryTrip } from '../thirdCountry.js';
import { DAY, HOUR, quarterHour, toMs } from '../time.js';

const WEST_AFRICA = ['NGA', 'GMB'];

/** Ghana took West Africans; the other states took anyone the US sent. */
function pickDestination(context: ScenarioContext): string {
  const { rng, identity } = context;
  if (WEST_AFRICA.includes(identity.nationality) && rng.chance(0.75)) return 'GHA';
  const destination = rng.weighted([
    ['SSD', 22],
    ['SWZ', 16],
    ['RWA', 14],
    ['UGA', 12],
    ['HND', 12],
    ['CRI', 6],
    ['PAN', 6],
    ['XKX', 5],
    ['MEX', 7],
  ] as const);
  return destination === identity.nationality ? 'SSD' : destination;
}

/** Why a third country: most had protection against return home; a few against the destination itself. */
function protection(context: ScenarioContext, destination: string): void {
  const { rng, facts, identity } = context;
  const year = String(rng.int(2014, 2024));
  if (rng.chance(0.5))
    facts.legalEvent(
      protectionGrant(
        rng.pick(['CAT_deferral', 'INA241b3', 'CAT_withholding'] as const),
        identity.nationality,
        year,
      ),
    );
  if (rng.chance(0.05)) facts.legalEvent(protectionGrant('CAT_deferral', destination, year));
}

/** A diplomatic assurance from the destination: blanket for the group, individual, or none. */
function assuranceFor(context: ScenarioContext, destination: string, departureMs: number): void {
  const kind = context.rng.weighted([
    ['blanket', 30],
    ['individual', 15],
    ['none', 55],
  ] as const);
  if (kind === 'none') return;
  const deemedCredibleAt = `${new Date(departureMs - context.rng.int(2, 20) * DAY).toISOString().slice(0, 10)}T15:00:00Z`;
  context.facts.legalEvent(assurance(destination, kind, deemedCredibleAt), [SYN.docket, SYN.generator]);
}

/** Hours between notice and departure, spread over the thresholds of US-3C-ICE-NOTICE (6 h, 24 h). */
function noticeHours(context: ScenarioContext): number | null {
  const band = context.rng.weighted([
    ['none', 20],
    ['under_6', 20],
    ['6_to_24', 20],
    ['over_24', 40],
  ] as const);
  switch (band) {
    case 'none':
      return null;
    case 'under_6':
      return context.rng.int(1, 5);
    case '6_to_24':
      return context.rng.int(7, 22);
    case 'over_24':
      return context.rng.int(26, 120);
  }
}

/** A fear of the destination, raised before departure, with a screening pending, positive, late or prompt. */
function fearOfDestination(
  context: ScenarioContext,
  facilityId: string,
  raisedMs: number,
  departureMs: number,
  destination: string,
) {
  const { rng, facts } = context;
  facts.legalEvent(fearClaim(atFacility(facilityId, raisedMs), destination));
  const referredMs = raisedMs + HOUR;
  const outcome = rng.weighted([
    ['pending', 30],
    ['positive', 20],
    ['late_negative', 25],
    ['prompt_negative', 25],
  ] as const);
  const room = Math.max(departureMs - referredMs - HOUR, HOUR);
  const decidedMs =
    outcome === 'late_negative'
      ? referredMs + Math.max(room, 25 * HOUR)
      : referredMs + Math.min(room, 20 * HOUR);
  const decision =
    outcome === 'pending'
      ? null
      : {
          at: atFacility(facilityId, quarterHour(decidedMs)),
          outcome: outcome === 'positive' ? ('positive' as const) : ('negative' as const),
        };
  facts.legalEvent(
    screening('third_country_fear', destination, atFacility(facilityId, referredMs), decision),
  );
}

/** The notice naming the destination, in a language the person understands or not; returns its lead in hours. */
function thirdCountryNotice(
  context: ScenarioContext,
  facilityId: string,
  departureMs: number,
  destination: string,
) {
  const { rng, facts, identity } = context;
  const hours = noticeHours(context);
  if (hours === null) return null;
  const understood = rng.chance(0.75);
  const language = understood ? identity.language : identity.language === 'en' ? 'es' : 'en';
  facts.legalEvent(
    notice({
      kind: 'third_country',
      servedAt: atFacility(facilityId, quarterHour(departureMs - hours * HOUR)),
      toCounsel: identity.hasCounsel === true && rng.chance(0.5),
      language,
      namesCountry: destination,
      explainsHowToChallenge: rng.chance(0.5),
    }),
  );
  return hours;
}

/**
 * A third-country removal after the ICE memo of 2025-07-09: notice hours or days before departure (or none),
 * in a language the person understands or not, sometimes an assurance, sometimes a fear claim; Ghana sends some
 * on to their own country.
 */
export function thirdCountryAfterMemo(context: ScenarioContext): void {
  const { rng, identity } = context;
  const destination = pickDestination(context);
  const facilityId = rng.pick([FAC.krome, FAC.moshannon, FAC.otero, FAC.prairieland, FAC.portIsabel]);
  const departureMs = quarterHour(
    toMs('2025-07-10T12:00:00Z') + rng.int(0, 140) * DAY + rng.int(0, 12) * HOUR,
  );
  detainedInUs(context, facilityId, departureMs - rng.int(30, 400) * DAY);
  recordOrder(
    context,
    rng.weighted([
      ['final', 60],
      ['waived', 25],
      ['reinstated', 15],
    ] as const),
    departureMs,
    facilityId,
    [identity.nationality],
  );
  protection(context, destination);
  assuranceFor(context, destination, departureMs);
  const hours = thirdCountryNotice(context, facilityId, departureMs, destination);
  if (rng.chance(0.35)) {
    const raisedMs = departureMs - Math.max(2, (hours ?? 12) - 1) * HOUR;
    fearOfDestination(context, facilityId, raisedMs, departureMs, destination);
  }
  criminalHistory(context, { convicted: 0.4, dismissed: 0.05 });
  const sentOn = destination === 'GHA' && WEST_AFRICA.includes(identity.nationality) && rng.chance(0.5);
  const onward = sentOn ? { month: monthOf(departureMs + 32 * DAY), to: identity.nationality } : undefined;
  const exigent = hours !== null && hours >= 6 && hours < 24 && rng.chance(0.3) ? true : undefined;
  const trip: ThirdCountryTrip = { destination, facilityId, departureMs, onward, exigent };
  thirdCountryTransfer(context, trip);
  afterThirdCountry(context, trip);
}
