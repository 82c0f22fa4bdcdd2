import { countryInfo, resolveCountry } from '../../core/values/country.js';
import { AGR } from '../public/agreementsUs.js';
import { FAC } from '../public/facilities.js';
import type { Random } from './random.js';
import { abroad, atFacility, leftUs, reportedInMonth, monthOf, type ScenarioContext } from './scenario.js';
import { countryLocal, DAY, HOUR } from './time.js';

/** The US arrangement each receiving state was reported to have in 2025. */
export const AGREEMENT_FOR: Record<string, string> = {
  SLV: AGR.usSlv,
  PAN: AGR.usPan,
  CRI: AGR.usCri,
  GTM: AGR.usGtm,
  HND: AGR.usHnd,
  XKX: AGR.usXkx,
  SSD: AGR.usSsd,
  SWZ: AGR.usSwz,
  RWA: AGR.usRwa,
  UGA: AGR.usUga,
  GHA: AGR.usGha,
};

const RECEIVING_FACILITY: Record<string, string> = {
  CRI: FAC.catem,
  PAN: FAC.panamaHotel,
  SWZ: FAC.eswatiniPrison,
};

/** `Government of Eswatini`, from the country tables. */
export function governmentOf(code: string): string {
  const resolved = resolveCountry(code);
  return resolved ? `Government of ${countryInfo(resolved).nameEn}` : 'receiving-state authorities';
}

/** A fact that is sometimes recorded true, sometimes recorded false, and sometimes not recorded at all. */
export function flag(rng: Random, whenTrue: number, whenFalse: number): boolean | undefined {
  const roll = rng.next();
  if (roll < whenTrue) return true;
  return roll < whenTrue + whenFalse ? false : undefined;
}

export interface ThirdCountryTrip {
  destination: string;
  facilityId: string;
  departureMs: number;
  movementId?: string;
  onward?: { month: string; to: string };
  exigent?: boolean;
}

/**
 * The transfer to a third country with the facts the transfer rules read, recorded unevenly on purpose: each
 * safeguard is known met, known missing, or unknown.
 */
export function thirdCountryTransfer(context: ScenarioContext, trip: ThirdCountryTrip): string {
  const { rng, facts, identity } = context;
  const handoverMs = trip.departureMs + rng.int(6, 20) * HOUR;
  const toFacilityId = RECEIVING_FACILITY[trip.destination];
  const transferId = facts.transfer({
    movementId: trip.movementId,
    agreementId: AGREEMENT_FOR[trip.destination],
    legalBasis: 'INA241',
    fromCountry: 'USA',
    toCountry: trip.destination,
    fromFacilityId: trip.facilityId,
    toFacilityId,
    date: atFacility(trip.facilityId, trip.departureMs).slice(0, 10),
    departureAt: atFacility(trip.facilityId, trip.departureMs),
    custodyTransferAt: countryLocal(handoverMs, trip.destination),
    exigent: trip.exigent,
    attorneyAccess: trip.exigent
      ? true
      : identity.hasCounsel === true
        ? flag(rng, 0.6, 0.3)
        : flag(rng, 0, 0.5),
    detainedOnArrival: flag(rng, 0.75, 0.1),
    atSendingStateRequest: flag(rng, 0.6, 0.05),
    individualAssessment: flag(rng, 0.15, 0.5),
    admittedToReceivingState: flag(rng, 0.2, 0.3),
    asylumProcedureAvailable: flag(rng, 0.15, 0.35),
    onwardReturnProtection: flag(rng, 0.1, 0.4),
    onward: trip.onward ? [{ date: trip.onward.month, to: trip.onward.to }] : undefined,
  });
  leftUs(context, transferId, trip.facilityId, trip.departureMs);
  abroad(context, 'detained', trip.destination, handoverMs, {
    facilityId: toFacilityId,
    custodian: governmentOf(trip.destination),
    transferId,
  });
  return transferId;
}

/** Where the person is now: still held, released, sent on, or lost track of. */
export function afterThirdCountry(context: ScenarioContext, trip: ThirdCountryTrip): void {
  const { rng } = context;
  if (trip.onward) {
    reportedInMonth(context, 'returned', trip.onward.month, {
      country: trip.onward.to,
      custodian: governmentOf(trip.onward.to),
    });
    return;
  }
  const outcome = rng.weighted([
    ['still_held', 45],
    ['released', 30],
    ['unknown', 25],
  ] as const);
  const later = monthOf(trip.departureMs + rng.int(35, 120) * DAY);
  if (outcome === 'released') reportedInMonth(context, 'released', later, { country: trip.destination });
  if (outcome === 'unknown')
    reportedInMonth(context, 'whereabouts_unknown', later, { note: 'No contact since arrival.' });
}
