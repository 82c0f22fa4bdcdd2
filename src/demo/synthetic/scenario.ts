import type { CustodyDraft, PersonFacts } from './facts.js';
import type { Identity, IdentityProfile } from './identity.js';
import type { Random } from './random.js';
import { FAC } from '../public/facilities.js';
import { countryLocal, dayOf, usLocal, type UsZone } from './time.js';

/** What a scenario builder gets for one fictional person. */
export interface ScenarioContext {
  rng: Random;
  facts: PersonFacts;
  identity: Identity;
  /**
   * The moment the demo is seeded (ms since the epoch, down to the quarter hour). The 2025 cases ignore it; the
   * recent cases date their facts back from it, so their legal clocks are open when the demo is opened.
   */
  anchor: number;
}

/** A family of fictional cases: who the persons are, and how their timelines run. */
export interface Scenario {
  name: string;
  count: number;
  profile: IdentityProfile;
  /** Sets flags on the identity before its records are written (a lawful permanent resident, a child). */
  adjust?(rng: Random, identity: Identity, position: number): void;
  build(context: ScenarioContext): void;
}

/** The US facilities of the fictional cases, with the time zone their records are written in. */
export const US_FACILITY_ZONE: Record<string, UsZone> = {
  [FAC.elValle]: 'central',
  [FAC.portIsabel]: 'central',
  [FAC.bluebonnet]: 'central',
  [FAC.prairieland]: 'central',
  [FAC.otero]: 'mountain',
  [FAC.aurora]: 'mountain',
  [FAC.moshannon]: 'eastern',
  [FAC.krome]: 'eastern',
};

/** An instant as the named US facility writes it. */
export function atFacility(facilityId: string, ms: number): string {
  return usLocal(ms, US_FACILITY_ZONE[facilityId] ?? 'central');
}

/** A custody step in US detention (ICE). */
export function detainedInUs(context: ScenarioContext, facilityId: string, ms: number): void {
  const at = atFacility(facilityId, ms);
  context.facts.custody({
    type: 'detained',
    date: dayOf(at),
    at,
    facilityId,
    country: 'USA',
    custodian: 'ICE',
  });
}

/** The person leaves US custody on a transfer. */
export function leftUs(context: ScenarioContext, transferId: string, facilityId: string, ms: number): void {
  const at = atFacility(facilityId, ms);
  context.facts.custody({
    type: 'transferred',
    date: dayOf(at),
    at,
    facilityId,
    country: 'USA',
    custodian: 'ICE',
    transferId,
  });
}

/** A custody step abroad, written in the receiving state's local time. */
export function abroad(
  context: ScenarioContext,
  type: CustodyDraft['type'],
  country: string,
  ms: number,
  extra: Partial<CustodyDraft> = {},
): void {
  const at = countryLocal(ms, country);
  context.facts.custody({ type, date: dayOf(at), at, country, ...extra });
}

/** A step known only to the month, as families often report it: no day is invented. */
export function reportedInMonth(
  context: ScenarioContext,
  type: CustodyDraft['type'],
  month: string,
  extra: Partial<CustodyDraft> = {},
): void {
  context.facts.custody({ type, date: month, ...extra });
}

/** The month of an instant in milliseconds, as `YYYY-MM`. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}
