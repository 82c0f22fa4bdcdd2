import type { Bundle } from '../bundle.js';
import { DAY, ms } from '../time.js';
import type { Facts, Outcome, Predicate, RuleDefinition } from '../types.js';
import { isUsRemoval, judgedAt, outcomeOf, thresholdOf, undecidedOf } from './helpers.js';

type Appeal = NonNullable<Bundle['appeals']>[number];

/**
 * Appeals to the Board of Immigration Appeals (8 CFR 1003.6(a) stays only those): `appeals` holds administrative
 * appeals, so an appeal with no forum recorded is taken to be one.
 */
function isBoardAppeal(appeal: Appeal): boolean {
  return appeal.forum === undefined || /\bBIA\b|board of immigration appeals/i.test(appeal.forum);
}

/**
 * Where an appeal stood at an instant: pending (filed by then, from inclusive, and not decided by then, to
 * exclusive), decided by then, not (yet) filed, or unknown with the paths that would tell.
 */
function appealAt(
  appeal: Appeal,
  index: number,
  at: number,
): 'pending' | 'decided' | 'notFiled' | { missing: string } {
  const decided = ms(appeal.decidedAt);
  if (decided !== undefined && decided <= at) return 'decided';
  if (appeal.filedAt === null) return 'notFiled';
  const filed = ms(appeal.filedAt);
  if (filed === undefined) return { missing: `appeals[${index}].filedAt` };
  if (filed > at) return 'notFiled';
  if (appeal.decidedAt === undefined) return { missing: `appeals[${index}].decidedAt` };
  return 'pending';
}

function appealFacts(appeal: Appeal): Facts {
  return {
    'appeal.forum': appeal.forum,
    'appeal.filedAt': appeal.filedAt,
    'appeal.decidedAt': appeal.decidedAt,
  };
}

/**
 * The appeal window of an INA §240 order (the only appealable kind to the Board): inside it, removal needs a
 * waiver, unless an appeal already decided made the order final (8 U.S.C. §1101(a)(47)(B)).
 */
function appealWindow(bundle: Bundle, rule: RuleDefinition, at: number, facts: Facts): Outcome[] {
  const order = bundle.removalOrder ?? {};
  if (order.appealWaived === true || (order.authority !== undefined && order.authority !== 'INA240'))
    return [];
  const issued = ms(order.issuedAt);
  if (issued === undefined)
    return [undecidedOf(rule, 'unknown', ['removalOrder.issuedAt'], 'violation', facts)];
  if (at >= issued + thresholdOf(rule, 'appealWindowDays') * DAY) return [];
  const missing = [
    ...(order.authority === undefined ? ['removalOrder.authority'] : []),
    ...(order.appealWaived === undefined ? ['removalOrder.appealWaived'] : []),
  ];
  if (missing.length) return [undecidedOf(rule, 'unknown', missing, 'violation', facts)];
  return [outcomeOf(rule, 'insideAppealWindow', facts)];
}

/**
 * US-FINAL-ORDER, for removals under ordinary immigration law (transfer.authority INA241). An AEA "order" is no
 * order under that law, so it counts as none. A pending appeal is judged before the window: it is the more
 * specific fact, and once an appeal is filed the window no longer decides.
 */
const finalOrder: Predicate = (bundle, rule) => {
  if (bundle.transfer.authority !== 'INA241') return [];
  const order = bundle.removalOrder;
  const facts: Facts = {
    'transfer.authority': 'INA241',
    'transfer.departureAt': bundle.transfer.departureAt,
  };
  if (order === undefined) return [undecidedOf(rule, 'unknown', ['removalOrder'], 'violation', facts)];
  const orderFacts: Facts = {
    ...facts,
    'removalOrder.authority': order === null ? null : order.authority,
    'removalOrder.issuedAt': order?.issuedAt,
    'removalOrder.appealWaived': order?.appealWaived,
  };
  if (order === null || order.authority === 'NONE' || order.authority === 'AEA' || order.issuedAt === null)
    return [outcomeOf(rule, 'noOrder', orderFacts)];
  const at = judgedAt(bundle);
  if (at === undefined)
    return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', orderFacts)];
  const issued = ms(order.issuedAt);
  if (issued !== undefined && issued > at) return [outcomeOf(rule, 'orderAfterDeparture', orderFacts)];
  const states = (bundle.appeals ?? [])
    .map((appeal, index) => ({ appeal, state: appealAt(appeal, index, at) }))
    .filter(({ appeal }) => isBoardAppeal(appeal));
  const pending = states.find(({ state }) => state === 'pending');
  if (pending) return [outcomeOf(rule, 'appealPending', { ...orderFacts, ...appealFacts(pending.appeal) })];
  const missing = states.flatMap(({ state }) => (typeof state === 'object' ? [state.missing] : []));
  if (missing.length) return [undecidedOf(rule, 'unknown', missing, 'violation', orderFacts)];
  if (states.some(({ state }) => state === 'decided')) return [];
  return appealWindow(bundle, rule, at, orderFacts);
};

/** Stays recorded in force at departure (from inclusive, to exclusive; no end = open), and undecidable ones. */
function recordedStays(bundle: Bundle, at: number) {
  const inForce: Outcome['facts'][] = [];
  const missing: string[] = [];
  (bundle.stays ?? []).forEach((stay, index) => {
    const to = ms(stay.to);
    if (to !== undefined && to <= at) return;
    if (stay.from === undefined) return void missing.push(`stays[${index}].from`);
    const from = ms(stay.from);
    if (from === undefined || from > at) return;
    inForce.push({
      'stay.kind': stay.kind,
      'stay.court': stay.court,
      'stay.from': stay.from,
      'stay.to': stay.to,
    });
  });
  return { inForce, missing };
}

/**
 * Automatic stays the bundle implies: a pending Board appeal (8 CFR 1003.6(a)) and a motion to reopen filed by
 * the person, the bundle's only reopen motion that stays removal (the in-absentia case); motions have no decision
 * date in bundle v1, so one filed before departure is still pending then.
 */
function impliedStays(bundle: Bundle, at: number, facts: Facts) {
  const outcomes: Array<{ outcome: string; facts: Facts }> = [];
  const missing: string[] = [];
  (bundle.appeals ?? []).forEach((appeal, index) => {
    if (!isBoardAppeal(appeal)) return;
    const state = appealAt(appeal, index, at);
    if (state === 'pending')
      outcomes.push({ outcome: 'appealStay', facts: { ...facts, ...appealFacts(appeal) } });
    else if (typeof state === 'object') missing.push(state.missing);
  });
  (bundle.reopenMotions ?? []).forEach((motion, index) => {
    if (motion.filedAt === null || motion.by === 'DHS') return;
    const filed = ms(motion.filedAt);
    if (filed !== undefined && filed > at) return;
    if (filed === undefined) return void missing.push(`reopenMotions[${index}].filedAt`);
    if (motion.by === undefined) return void missing.push(`reopenMotions[${index}].by`);
    outcomes.push({ outcome: 'reopenStay', facts: { ...facts, 'reopenMotion.filedAt': motion.filedAt } });
  });
  return { outcomes, missing };
}

/**
 * US-STAY. One finding per stay in force. An automatic stay recorded in `stays` is the same stay a pending appeal
 * or motion implies, so the implied ones are only looked for when no automatic stay is recorded in force.
 */
const stay: Predicate = (bundle, rule) => {
  if (!isUsRemoval(bundle)) return [];
  const at = judgedAt(bundle);
  const facts: Facts = { 'transfer.departureAt': bundle.transfer.departureAt };
  if (at === undefined) {
    const triggered =
      (bundle.stays ?? []).length > 0 ||
      (bundle.appeals ?? []).some(isBoardAppeal) ||
      (bundle.reopenMotions ?? []).some((motion) => motion.by !== 'DHS');
    return triggered ? [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts)] : [];
  }
  const recorded = recordedStays(bundle, at);
  const outcomes = recorded.inForce.map((stayFacts) =>
    outcomeOf(rule, 'stayInForce', { ...facts, ...stayFacts }),
  );
  const missing = [...recorded.missing];
  if (!recorded.inForce.some((stayFacts) => stayFacts['stay.kind'] === 'automatic')) {
    const implied = impliedStays(bundle, at, facts);
    outcomes.push(...implied.outcomes.map((item) => outcomeOf(rule, item.outcome, item.facts)));
    missing.push(...implied.missing);
  }
  if (outcomes.length) return outcomes;
  if (missing.length) return [undecidedOf(rule, 'unknown', missing, 'violation', facts)];
  const petition = (bundle.petitionsForReview ?? []).find((item) => {
    const filed = ms(item.filedAt);
    return filed !== undefined && filed <= at;
  });
  if (!petition) return [];
  return [
    outcomeOf(rule, 'petitionOnly', {
      ...facts,
      'petition.court': petition.court,
      'petition.filedAt': petition.filedAt,
    }),
  ];
};

export const REMOVAL_ORDER_PREDICATES: Record<string, Predicate> = {
  'US-FINAL-ORDER': finalOrder,
  'US-STAY': stay,
};
