import { FAC } from '../../public/facilities.js';
import { criminalHistory } from '../allegations.js';
import { appeal, removalOrder } from '../legalEvents.js';
import { atFacility, detainedInUs, type ScenarioContext } from '../scenario.js';
import { DAY, HOUR } from '../time.js';

/**
 * Recent removal orders, dated back from the seeding time (`context.anchor`) so that the clocks an order starts
 * are running when the demo is opened: the BIA appeal window, the petition for review and the motion to reopen
 * after the order became final, and the Zadvydas period of post-order detention. Every offset is drawn from the
 * person's own generator, whatever the anchor, and keeps each clock open at the anchor with days to spare.
 */

const FACILITIES = [FAC.portIsabel, FAC.prairieland, FAC.otero, FAC.krome, FAC.moshannon] as const;

/**
 * An immigration judge's order issued 3 to 20 days ago, not yet final: the 30-day BIA appeal window is open
 * (bia-appeal, 10 to 27 days left).
 */
export function orderInsideAppealWindow(context: ScenarioContext): void {
  const { rng, facts, identity, anchor } = context;
  const facilityId = rng.pick(FACILITIES);
  detainedInUs(context, facilityId, anchor - rng.int(40, 200) * DAY);
  const issuedMs = anchor - rng.int(3, 20) * DAY - rng.int(0, 8) * HOUR;
  facts.legalEvent(
    removalOrder('INA240', atFacility(facilityId, issuedMs), null, [identity.nationality], false),
  );
  criminalHistory(context, { convicted: 0.25, dismissed: 0.05 });
}

/**
 * The BIA dismissed the appeal 4 to 20 days ago, which made the order final (8 CFR 1241.1(a)); still detained.
 * Open: petition-for-review (10 to 26 days left), motion-to-reopen (70 to 86), zadvydas (160 to 176). The appeal
 * window itself closed months ago, when the appeal was filed.
 */
export function appealRecentlyDismissed(context: ScenarioContext): void {
  const { rng, facts, identity, anchor } = context;
  const facilityId = rng.pick(FACILITIES);
  const issuedMs = anchor - rng.int(90, 160) * DAY - rng.int(0, 8) * HOUR;
  detainedInUs(context, facilityId, issuedMs - rng.int(30, 200) * DAY);
  const dismissedMs = anchor - rng.int(4, 20) * DAY - rng.int(0, 8) * HOUR;
  const dismissedAt = atFacility(facilityId, dismissedMs);
  facts.legalEvent(
    removalOrder('INA240', atFacility(facilityId, issuedMs), dismissedAt, [identity.nationality], false),
  );
  facts.legalEvent(appeal(atFacility(facilityId, issuedMs + rng.int(10, 28) * DAY), dismissedAt));
  criminalHistory(context, { convicted: 0.3, dismissed: 0.05 });
}

/**
 * A final order 100 to 170 days ago, the appeal waived, to a country that takes few of its nationals back; held
 * ever since. Open: zadvydas (9 to 80 days left); the motion-to-reopen period has run out.
 */
export function heldAfterFinalOrder(context: ScenarioContext): void {
  const { rng, facts, identity, anchor } = context;
  const facilityId = rng.pick(FACILITIES);
  const finalMs = anchor - rng.int(100, 170) * DAY - rng.int(0, 8) * HOUR;
  detainedInUs(context, facilityId, finalMs - rng.int(20, 120) * DAY);
  const finalAt = atFacility(facilityId, finalMs);
  facts.legalEvent(removalOrder('INA240', finalAt, finalAt, [identity.nationality], true));
  criminalHistory(context, { convicted: 0.35, dismissed: 0.05 });
}
