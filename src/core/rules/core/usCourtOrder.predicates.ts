import type { Bundle } from '../bundle.js';
import { departure, handOver, ms } from '../time.js';
import type { Facts, Outcome, Predicate, RuleDefinition } from '../types.js';
import { inDvdClass, isUsRemoval, outcomeOf, undecidedOf } from './helpers.js';
import { type CourtOrder, dvdClassMissingFacts, hasOwnRule, isAeaDesignee } from './usHelpers.js';

/** Whether the person is within an order's scope; the paths that would tell when it cannot be said. */
function inScope(order: CourtOrder, bundle: Bundle): boolean | { missing: string[] } {
  switch (order.scope) {
    case 'this_person':
      return true;
    case 'aea_designees':
      return isAeaDesignee(bundle);
    case 'class_c': {
      const member = inDvdClass(bundle);
      return member === undefined ? { missing: dvdClassMissingFacts(bundle) } : member;
    }
  }
}

/**
 * The moment the order is judged at: the departure, or, for a person already in the air when the order was
 * made, the hand-over to foreign custody (RULES.md). `null` when nothing is left to judge (handed over never, or
 * not known to be in US hands after the order); the paths that would tell when unknown.
 */
function judgedMoment(
  bundle: Bundle,
  start: number,
): { at: number; value: string | null | undefined } | null | { missing: string[] } {
  const left = departure(bundle);
  if (left === undefined) return { missing: ['transfer.departureAt'] };
  if (left >= start) return { at: left, value: bundle.transfer.departureAt };
  if (bundle.transfer.custodyTransferAt === undefined) return { missing: ['transfer.custodyTransferAt'] };
  const handed = handOver(bundle);
  return handed === undefined ? null : { at: handed, value: bundle.transfer.custodyTransferAt };
}

/** Which end came first, when it came after the moment judged (a later stay or vacatur, noted on the finding). */
function laterEnd(order: CourtOrder): '' | 'LaterStayed' | 'LaterVacated' {
  const stayed = ms(order.stayedAt);
  const vacated = ms(order.vacatedAt);
  if (stayed === undefined && vacated === undefined) return '';
  return vacated === undefined || (stayed !== undefined && stayed <= vacated)
    ? 'LaterStayed'
    : 'LaterVacated';
}

function orderFacts(bundle: Bundle, order: CourtOrder): Facts {
  return {
    'order.id': order.id,
    'order.case': order.case,
    'order.court': order.court,
    'order.scope': order.scope,
    'order.oralAt': order.oralAt,
    'order.writtenAt': order.writtenAt,
    'order.stayedAt': order.stayedAt,
    'order.vacatedAt': order.vacatedAt,
    'transfer.departureAt': bundle.transfer.departureAt,
    'transfer.custodyTransferAt': bundle.transfer.custodyTransferAt,
  };
}

/**
 * One order: in force from its written form (or its oral form, when given first or only) until the earlier of
 * its stay or vacatur; the moment judged inside → violation, contested when only the oral order was in force.
 * An absent stay or vacatur is taken as none: the order's end is not a safeguard, and an unknown end never
 * shortens the protection the order gives.
 */
function judgeOrder(bundle: Bundle, rule: RuleDefinition, order: CourtOrder, index: number): Outcome[] {
  const scope = inScope(order, bundle);
  if (scope === false) return [];
  const facts = orderFacts(bundle, order);
  const scopeMissing = scope === true ? [] : scope.missing;
  if (order.oralAt === undefined && order.writtenAt === undefined) {
    const missing = [`courtOrders[${index}].writtenAt`, `courtOrders[${index}].oralAt`, ...scopeMissing];
    return [undecidedOf(rule, 'unknown', missing, 'violation', facts)];
  }
  const oral = ms(order.oralAt);
  const written = ms(order.writtenAt);
  const starts = [oral, written].filter((start): start is number => start !== undefined);
  if (!starts.length) return [];
  const start = Math.min(...starts);
  const ends = [ms(order.stayedAt), ms(order.vacatedAt)].filter((end): end is number => end !== undefined);
  const end = ends.length ? Math.min(...ends) : undefined;
  const moment = judgedMoment(bundle, start);
  if (moment === null) return [];
  if ('missing' in moment)
    return [undecidedOf(rule, 'unknown', [...moment.missing, ...scopeMissing], 'violation', facts)];
  if (moment.at < start || (end !== undefined && moment.at >= end)) return [];
  const judged = { ...facts, judgedAt: moment.value };
  if (scopeMissing.length) return [undecidedOf(rule, 'unknown', scopeMissing, 'violation', judged)];
  const kind = written !== undefined && moment.at >= written ? 'inForce' : 'oralOnly';
  return [outcomeOf(rule, `${kind}${laterEnd(order)}`, judged)];
}

/** US-COURT-ORDER: every court order no specific rule covers (RULES.md, "Specific before generic"). */
const courtOrder: Predicate = (bundle, rule) => {
  if (!isUsRemoval(bundle)) return [];
  return (bundle.courtOrders ?? []).flatMap((order, index) =>
    hasOwnRule(order) ? [] : judgeOrder(bundle, rule, order, index),
  );
};

export const COURT_ORDER_PREDICATES: Record<string, Predicate> = {
  'US-COURT-ORDER': courtOrder,
};
