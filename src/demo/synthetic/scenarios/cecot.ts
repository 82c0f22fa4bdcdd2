import { AGR } from '../../public/agreementsUs.js';
import { FAC } from '../../public/facilities.js';
import { MOV } from '../../public/movements.js';
import { allegeGang, criminalHistory } from '../allegations.js';
import { aeaDesignation, fearClaim, habeasPetition, jggOrder, notice, removalOrder } from '../legalEvents.js';
import {
  abroad,
  atFacility,
  detainedInUs,
  leftUs,
  reportedInMonth,
  type ScenarioContext,
} from '../scenario.js';
import type { Random } from '../random.js';
import { SYN } from '../sources.js';
import { DAY, HOUR, quarterHour, toMs, usLocal } from '../time.js';

/**
 * The fictional cases of the March 2025 flights to CECOT. The departure instants are fictional (the public
 * movements carry none) and are chosen to fall around the J.G.G. orders: before the oral order (22:45Z), between
 * the oral and the written order (23:26Z), and after it.
 */
export interface Flight {
  movementId: string;
  departure: string;
  handover: string;
}

const CECOT_FLIGHTS: readonly [Flight, Flight, Flight] = [
  {
    movementId: MOV.cecotFlight1,
    departure: '2025-03-15T17:25:00-05:00',
    handover: '2025-03-15T19:30:00-06:00',
  },
  {
    movementId: MOV.cecotFlight2,
    departure: '2025-03-15T17:55:00-05:00',
    handover: '2025-03-15T20:00:00-06:00',
  },
  {
    movementId: MOV.cecotFlight3,
    departure: '2025-03-15T19:37:00-05:00',
    handover: '2025-03-15T21:45:00-06:00',
  },
];

/** One of the three flights, by weight. */
export function pickCecotFlight(rng: Random, weights: readonly [number, number, number]): Flight {
  return rng.weighted(CECOT_FLIGHTS.map((flight, index) => [flight, weights[index] ?? 0] as const));
}

const EARLIER_FACILITIES = [FAC.bluebonnet, FAC.prairieland, FAC.otero, FAC.portIsabel, FAC.krome] as const;

/** Held first somewhere in the US, then gathered at El Valle the day before the flights. */
export function beforeTheFlight(
  context: ScenarioContext,
  departureMs: number,
): { facilityId: string; heldMs: number } {
  const facilityId = context.rng.pick(EARLIER_FACILITIES);
  const heldMs = quarterHour(departureMs - context.rng.int(20, 240) * DAY - context.rng.int(0, 12) * HOUR);
  detainedInUs(context, facilityId, heldMs);
  detainedInUs(context, FAC.elValle, quarterHour(departureMs - context.rng.int(20, 40) * HOUR));
  return { facilityId, heldMs };
}

/** The flight to CECOT: the transfer, leaving US custody, and the hand-over to Salvadoran custody. */
export function flyToCecot(context: ScenarioContext, flight: Flight, legalBasis: 'AEA' | 'INA241'): string {
  const { rng } = context;
  const transferId = context.facts.transfer({
    movementId: flight.movementId,
    agreementId: AGR.usSlv,
    legalBasis,
    fromCountry: 'USA',
    toCountry: 'SLV',
    fromFacilityId: FAC.elValle,
    toFacilityId: FAC.cecot,
    date: '2025-03-15',
    departureAt: flight.departure,
    custodyTransferAt: flight.handover,
    detainedOnArrival: true,
    atSendingStateRequest: rng.chance(0.8) ? true : undefined,
    attorneyAccess: rng.weighted([
      [false, 50],
      [undefined, 40],
      [true, 10],
    ] as const),
    individualAssessment: rng.chance(0.6) ? false : undefined,
  });
  leftUs(context, transferId, FAC.elValle, toMs(flight.departure));
  abroad(context, 'detained', 'SLV', toMs(flight.handover), {
    facilityId: FAC.cecot,
    custodian: 'Government of El Salvador',
    transferId,
  });
  return transferId;
}

/** After CECOT: most Venezuelans were sent to Venezuela in the exchange of 2025-07-18; some are unaccounted for. */
export function afterCecot(context: ScenarioContext): void {
  const outcome = context.rng.weighted([
    ['exchange', 85],
    ['unknown', 8],
    ['still_held', 7],
  ] as const);
  if (outcome === 'unknown') {
    reportedInMonth(context, 'whereabouts_unknown', '2025-07', {
      note: 'The family has had no news since March.',
    });
    return;
  }
  if (outcome === 'still_held') return;
  const departure = '2025-07-18T10:30:00-06:00';
  const transferId = context.facts.transfer(
    {
      movementId: MOV.exchange,
      legalBasis: 'OTHER',
      fromCountry: 'SLV',
      toCountry: 'VEN',
      fromFacilityId: FAC.cecot,
      date: '2025-07-18',
      departureAt: departure,
      custodyTransferAt: '2025-07-18T15:10:00-04:00',
      note: 'Exchange of detainees between El Salvador, the United States and Venezuela.',
    },
    [SYN.generator],
  );
  abroad(context, 'transferred', 'SLV', toMs(departure), { facilityId: FAC.cecot, transferId });
  abroad(context, 'returned', 'VEN', toMs('2025-07-18T15:10:00-04:00'), {
    custodian: 'Government of Venezuela',
    transferId,
  });
}

/** The AEA notice, when there was one: in English or Spanish, hours before the flight, never saying how to challenge. */
function aeaNotice(context: ScenarioContext, departureMs: number): void {
  const variant = context.rng.weighted([
    ['none', 50],
    ['english_hours', 30],
    ['spanish_day', 20],
  ] as const);
  if (variant === 'none') return;
  const hours = variant === 'english_hours' ? context.rng.int(3, 10) : context.rng.int(12, 20);
  context.facts.legalEvent(
    notice({
      kind: 'aea',
      servedAt: atFacility(FAC.elValle, departureMs - hours * HOUR),
      toCounsel: false,
      language: variant === 'english_hours' ? 'en' : 'es',
      explainsHowToChallenge: false,
    }),
    [SYN.ngo],
  );
}

/** A Venezuelan (now and then someone outside the proclamation) removed under the Alien Enemies Act. */
export function aeaMarchFlight(context: ScenarioContext): void {
  const { rng, facts } = context;
  const flight = pickCecotFlight(rng, [45, 45, 10]);
  const departureMs = toMs(flight.departure);
  beforeTheFlight(context, departureMs);
  if (rng.chance(0.2))
    facts.legalEvent(fearClaim(atFacility(FAC.otero, departureMs - rng.int(90, 400) * DAY), 'VEN'));
  if (rng.chance(0.9)) {
    const designatedAt = atFacility(FAC.elValle, quarterHour(departureMs - rng.int(8, 36) * HOUR));
    facts.legalEvent(aeaDesignation(designatedAt), [SYN.manifest]);
    facts.legalEvent(removalOrder('AEA', designatedAt, designatedAt, []));
  }
  aeaNotice(context, departureMs);
  facts.legalEvent(jggOrder());
  allegeGang(context, 'Tren de Aragua', '2025-03');
  criminalHistory(context, { convicted: 0.14, dismissed: 0.06 });
  flyToCecot(context, flight, 'AEA');
  if (rng.chance(0.25)) {
    const filedAt = usLocal(departureMs + rng.int(3, 20) * DAY, 'eastern');
    facts.legalEvent(habeasPetition('D.D.C.', filedAt, `1:25-cv-${rng.int(800, 1999)} (fictional)`));
  }
  afterCecot(context);
}
