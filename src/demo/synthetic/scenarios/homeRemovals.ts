import { FAC } from '../../public/facilities.js';
import { allegeGang, criminalHistory } from '../allegations.js';
import {
  fearClaim,
  petitionForReview,
  protectionGrant,
  removalOrder,
  screening,
  stay,
} from '../legalEvents.js';
import { recordOrder, removalNotice } from '../orders.js';
import { abroad, atFacility, detainedInUs, leftUs, type ScenarioContext } from '../scenario.js';
import { countryLocal, DAY, HOUR, quarterHour, toMs } from '../time.js';

/** What goes right or wrong in an ordinary removal home; most go right. */
const VARIANTS = [
  ['clean', 50],
  ['expedited_fear_screened', 8],
  ['expedited_fear_pending', 6],
  ['reinstated_fear_unscreened', 5],
  ['inside_window', 7],
  ['appeal_pending', 6],
  ['judicial_stay', 5],
  ['petition_only', 8],
  ['protected_home', 5],
] as const;

type Variant = (typeof VARIANTS)[number][0];

const CIRCUIT: Record<string, string> = {
  [FAC.portIsabel]: '5th Cir.',
  [FAC.elValle]: '5th Cir.',
  [FAC.prairieland]: '5th Cir.',
  [FAC.otero]: '10th Cir.',
  [FAC.krome]: '11th Cir.',
};

/** A summary order with a fear claim: screened in time, still pending, or never referred. */
function summaryOrderWithFear(
  context: ScenarioContext,
  variant: Variant,
  facilityId: string,
  departureMs: number,
) {
  const { rng, facts, identity } = context;
  const issuedMs = quarterHour(departureMs - rng.int(12, 30) * DAY);
  const authority = variant === 'reinstated_fear_unscreened' ? 'REINST241a5' : 'ER235b1';
  const issuedAt = atFacility(facilityId, issuedMs);
  facts.legalEvent(removalOrder(authority, issuedAt, issuedAt, [identity.nationality]));
  const raisedAt = atFacility(facilityId, issuedMs + rng.int(1, 6) * HOUR);
  facts.legalEvent(fearClaim(raisedAt, identity.nationality));
  if (variant === 'reinstated_fear_unscreened') return;
  const kind = authority === 'ER235b1' ? 'credible_fear' : 'reasonable_fear';
  const referredAt = atFacility(facilityId, issuedMs + rng.int(1, 3) * DAY);
  const decidedMs = issuedMs + rng.int(4, 10) * DAY;
  const decision =
    variant === 'expedited_fear_screened'
      ? { at: atFacility(facilityId, decidedMs), outcome: 'negative' as const }
      : null;
  facts.legalEvent(screening(kind, identity.nationality, referredAt, decision));
}

function recordLegalHistory(
  context: ScenarioContext,
  variant: Variant,
  facilityId: string,
  departureMs: number,
) {
  const { rng, facts, identity } = context;
  const named = [identity.nationality];
  switch (variant) {
    case 'expedited_fear_screened':
    case 'expedited_fear_pending':
    case 'reinstated_fear_unscreened':
      return summaryOrderWithFear(context, variant, facilityId, departureMs);
    case 'inside_window':
    case 'appeal_pending':
      return recordOrder(context, variant, departureMs, facilityId, named);
    case 'judicial_stay':
      recordOrder(context, 'final', departureMs, facilityId, named);
      facts.legalEvent(
        stay(
          'judicial',
          atFacility(facilityId, departureMs - rng.int(1, 10) * DAY),
          CIRCUIT[facilityId] ?? '5th Cir.',
        ),
      );
      return;
    case 'petition_only':
      recordOrder(context, 'final', departureMs, facilityId, named);
      facts.legalEvent(
        petitionForReview(
          CIRCUIT[facilityId] ?? '5th Cir.',
          atFacility(facilityId, departureMs - rng.int(10, 40) * DAY),
        ),
      );
      return;
    case 'protected_home':
      recordOrder(context, 'final', departureMs, facilityId, named);
      facts.legalEvent(protectionGrant('INA241b3', identity.nationality, String(rng.int(2015, 2022))));
      return;
    case 'clean':
      return recordOrder(context, rng.chance(0.7) ? 'final' : 'waived', departureMs, facilityId, named);
  }
}

function allegations(context: ScenarioContext): void {
  const central = ['SLV', 'HND', 'GTM'].includes(context.identity.nationality);
  if (central && context.rng.chance(0.12))
    allegeGang(context, context.rng.pick(['MS-13', 'Barrio 18']), '2025');
  criminalHistory(context, { convicted: 0.3, dismissed: 0.08 });
}

/**
 * A national removed to their own country under ordinary immigration law, with no agreement and no third
 * country: the clean baseline, with a minority of cases that break one safeguard each.
 */
export function removalHome(context: ScenarioContext): void {
  const { rng, facts, identity } = context;
  const variant = rng.weighted(VARIANTS);
  const facilityId = rng.pick([FAC.portIsabel, FAC.elValle, FAC.prairieland, FAC.otero, FAC.krome]);
  const departureMs = quarterHour(
    toMs('2025-01-21T13:00:00Z') + rng.int(0, 300) * DAY + rng.int(0, 10) * HOUR,
  );
  detainedInUs(context, facilityId, departureMs - rng.int(35, 300) * DAY);
  recordLegalHistory(context, variant, facilityId, departureMs);
  if (rng.chance(0.8)) {
    removalNotice(context, facilityId, departureMs, rng.int(24, 96), {
      language: identity.language,
      namesCountry: identity.nationality,
    });
  }
  allegations(context);
  const handoverMs = departureMs + rng.int(3, 6) * HOUR;
  const transferId = facts.transfer({
    legalBasis: 'INA241',
    fromCountry: 'USA',
    toCountry: identity.nationality,
    fromFacilityId: facilityId,
    date: atFacility(facilityId, departureMs).slice(0, 10),
    departureAt: atFacility(facilityId, departureMs),
    custodyTransferAt: countryLocal(handoverMs, identity.nationality),
    detainedOnArrival: rng.chance(0.3) ? false : undefined,
    attorneyAccess: identity.hasCounsel,
  });
  leftUs(context, transferId, facilityId, departureMs);
  abroad(context, 'returned', identity.nationality, handoverMs, {
    custodian: 'National migration authority',
    transferId,
  });
}
