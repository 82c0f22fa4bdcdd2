import { FAC } from '../../public/facilities.js';
import { MOV } from '../../public/movements.js';
import { criminalHistory } from '../allegations.js';
import { dvdOrder, fearClaim, notice, reopenMotion, removalOrder, screening } from '../legalEvents.js';
import { recordOrder } from '../orders.js';
import { abroad, atFacility, detainedInUs, reportedInMonth, type ScenarioContext } from '../scenario.js';
import { afterThirdCountry, thirdCountryTransfer, type ThirdCountryTrip } from '../thirdCountry.js';
import { DAY, HOUR, quarterHour, toMs } from '../time.js';

/** The February 2025 flights to Panama and Costa Rica, with fictional departure instants. */
const CENTRAL_AMERICA = {
  PAN: { movementId: MOV.panama, departure: '2025-02-12T07:30:00-06:00' },
  CRI: { movementId: MOV.costaRica, departure: '2025-02-20T06:45:00-06:00' },
} as const;

/** Picked up at the border, ordered removed within days; many said they feared return home. */
function borderCase(context: ScenarioContext, departureMs: number): void {
  const { rng, facts, identity } = context;
  const issuedMs = quarterHour(departureMs - rng.int(3, 25) * DAY);
  const issuedAt = atFacility(FAC.portIsabel, issuedMs);
  facts.legalEvent(removalOrder('ER235b1', issuedAt, issuedAt, [identity.nationality]));
  if (!rng.chance(0.6)) return;
  const raisedAt = atFacility(FAC.portIsabel, issuedMs + rng.int(1, 5) * HOUR);
  facts.legalEvent(fearClaim(raisedAt, identity.nationality));
  const screened = rng.weighted([
    ['pending', 50],
    ['negative', 20],
    ['none', 30],
  ] as const);
  if (screened === 'none') return;
  const decision = {
    at: atFacility(FAC.portIsabel, departureMs - rng.int(1, 2) * DAY),
    outcome: 'negative' as const,
  };
  facts.legalEvent(
    screening('credible_fear', identity.nationality, raisedAt, screened === 'pending' ? null : decision),
  );
}

/**
 * Asylum seekers, mostly from Asia, sent to Panama or Costa Rica in February 2025 on the public flights, held
 * in a hotel and a camp, or at CATEM, then released, sent home, or lost track of.
 */
export function centralAmericaFebruary(context: ScenarioContext): void {
  const { rng, facts, identity } = context;
  const destination = rng.chance(0.55) ? 'PAN' : 'CRI';
  const flight = CENTRAL_AMERICA[destination];
  const departureMs = toMs(flight.departure);
  detainedInUs(context, FAC.portIsabel, departureMs - rng.int(4, 30) * DAY);
  borderCase(context, departureMs);
  if (rng.chance(0.5)) {
    const servedAt = atFacility(FAC.portIsabel, departureMs - rng.int(2, 12) * HOUR);
    facts.legalEvent(
      notice({
        kind: 'third_country',
        servedAt,
        toCounsel: false,
        language: 'en',
        namesCountry: destination,
      }),
    );
  }
  const onward =
    destination === 'CRI' && rng.chance(0.2) ? { month: '2025-05', to: identity.nationality } : undefined;
  const trip: ThirdCountryTrip = {
    destination,
    facilityId: FAC.portIsabel,
    departureMs,
    movementId: flight.movementId,
    onward,
  };
  const transferId = thirdCountryTransfer(context, trip);
  if (destination === 'PAN') afterPanama(context, departureMs, transferId);
  else if (onward) afterThirdCountry(context, trip);
  else if (rng.chance(0.6)) reportedInMonth(context, 'released', '2025-07', { country: 'CRI' });
  else if (rng.chance(0.5)) reportedInMonth(context, 'whereabouts_unknown', '2025-04');
}

/** From the hotel to the camp in Darién, then released in March or lost track of. */
function afterPanama(context: ScenarioContext, departureMs: number, transferId: string): void {
  abroad(context, 'detained', 'PAN', departureMs + context.rng.int(2, 4) * DAY, {
    facilityId: FAC.darienCamp,
    custodian: 'Government of Panama',
    transferId,
  });
  if (context.rng.chance(0.8)) reportedInMonth(context, 'released', '2025-03', { country: 'PAN' });
  else reportedInMonth(context, 'whereabouts_unknown', '2025-04');
}

/** The windows of the D.V.D. orders that the fictional departures fall in. */
function dvdDeparture(context: ScenarioContext): { ms: number; order: 'tro' | 'injunction' } {
  const window = context.rng.weighted([
    ['tro', 20],
    ['injunction', 30],
    ['remedy', 50],
  ] as const);
  const start = { tro: '2025-03-29', injunction: '2025-04-19', remedy: '2025-05-22' }[window];
  const days = { tro: 18, injunction: 30, remedy: 30 }[window];
  const ms = quarterHour(
    toMs(`${start}T14:00:00Z`) + context.rng.int(0, days) * DAY + context.rng.int(0, 8) * HOUR,
  );
  return { ms, order: window === 'tro' ? 'tro' : 'injunction' };
}

/** Notice of the third country: none, in English to the person alone, or full notice long or short before. */
function dvdNotice(
  context: ScenarioContext,
  facilityId: string,
  departureMs: number,
  destination: string,
): number | null {
  const { rng, facts, identity } = context;
  const variant = rng.weighted([
    ['none', 25],
    ['english_only', 25],
    ['full_long', 35],
    ['full_short', 15],
  ] as const);
  if (variant === 'none') return null;
  const days =
    variant === 'english_only' ? rng.int(2, 5) : variant === 'full_long' ? rng.int(10, 20) : rng.int(3, 8);
  const servedMs = quarterHour(departureMs - days * DAY);
  const full = variant !== 'english_only';
  facts.legalEvent(
    notice({
      kind: 'third_country',
      servedAt: atFacility(facilityId, servedMs),
      toCounsel: full && identity.hasCounsel === true,
      language: full ? identity.language : 'en',
      namesCountry: destination,
      explainsHowToChallenge: full,
    }),
  );
  return servedMs;
}

/** A fear claim against the destination after the notice, screened with one of the outcomes the injunction tests. */
function dvdFear(
  context: ScenarioContext,
  facilityId: string,
  servedMs: number,
  departureMs: number,
  destination: string,
) {
  const { rng, facts } = context;
  const raisedMs = servedMs + rng.int(2, 20) * HOUR;
  facts.legalEvent(fearClaim(atFacility(facilityId, raisedMs), destination));
  const room = departureMs - raisedMs;
  const decidedMs = raisedMs + Math.min(2 * DAY, Math.floor(room / 2));
  const positive = rng.chance(0.3);
  const decision = {
    at: atFacility(facilityId, quarterHour(decidedMs)),
    outcome: positive ? ('positive' as const) : ('negative' as const),
  };
  facts.legalEvent(
    screening('reasonable_fear', destination, atFacility(facilityId, raisedMs + HOUR), decision),
  );
  if (positive && rng.chance(0.5))
    facts.legalEvent(reopenMotion(atFacility(facilityId, decidedMs + 6 * HOUR), 'DHS'));
}

/**
 * A national of one country removed to another while the D.V.D. orders were in force, with notice and fear
 * screening recorded in the ways the orders tell apart.
 */
export function thirdCountryUnderDvd(context: ScenarioContext): void {
  const { rng, facts, identity } = context;
  const destinations = ['MEX', 'GTM', 'HND', 'CRI', 'PAN'].filter((code) => code !== identity.nationality);
  const destination = rng.pick(destinations);
  const facilityId = rng.pick([FAC.portIsabel, FAC.krome, FAC.otero, FAC.prairieland]);
  const departure = dvdDeparture(context);
  detainedInUs(context, facilityId, departure.ms - rng.int(60, 300) * DAY);
  recordOrder(context, rng.chance(0.7) ? 'final' : 'waived', departure.ms, facilityId, [
    identity.nationality,
  ]);
  facts.legalEvent(dvdOrder(departure.order));
  const servedMs = dvdNotice(context, facilityId, departure.ms, destination);
  if (servedMs !== null && rng.chance(0.35))
    dvdFear(context, facilityId, servedMs, departure.ms, destination);
  criminalHistory(context, { convicted: 0.35, dismissed: 0.05 });
  const trip: ThirdCountryTrip = { destination, facilityId, departureMs: departure.ms };
  thirdCountryTransfer(context, trip);
  afterThirdCountry(context, trip);
}
