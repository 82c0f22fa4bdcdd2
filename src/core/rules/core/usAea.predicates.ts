import { departure, handOver, inWindow } from '../time.js';
import type { Facts, Predicate } from '../types.js';
import { judgedAt, outcomeOf, thresholdOf, undecidedOf, windowOf } from './helpers.js';
import { AEA_NOTICE_PREDICATES } from './usAeaNotice.predicates.js';
import { identifies, isAeaDesignee, underAge } from './usHelpers.js';

/** The nationality Proclamation 10903 reaches: part of its definition, not a threshold the pack could move. */
const PROCLAMATION_NATIONALITY = 'VEN';

/** A person flag as a plain yes/no for the finding; absent stays unknown. */
function yes(value: boolean | null | undefined): boolean | undefined {
  return value === undefined ? undefined : value === true;
}

/**
 * US-AEA-SCOPE: every AEA removal yields the contested warning; a person outside the proclamation also a
 * violation, or, when no known fact puts them outside but some are missing, an info with those facts. A partial
 * birth date decides the age only when every day it may denote gives the same answer.
 */
const aeaScope: Predicate = (bundle, rule) => {
  if (bundle.transfer.authority !== 'AEA') return [];
  const person = bundle.person ?? {};
  const at = judgedAt(bundle);
  const under =
    person.birthDate === undefined || at === undefined
      ? undefined
      : underAge(person.birthDate, at, thresholdOf(rule, 'minimumAgeYears'));
  const venezuelan = person.nationalities?.some((nationality) => nationality === PROCLAMATION_NATIONALITY);
  const resident = yes(person.lawfulPermanentResident);
  const citizen = yes(person.usCitizen);
  const facts: Facts = {
    'person.nationalities': person.nationalities,
    'person.birthDate': person.birthDate,
    underMinimumAgeAtDeparture: under,
    'person.lawfulPermanentResident': resident,
    'person.usCitizen': citizen,
    'transfer.departureAt': bundle.transfer.departureAt,
  };
  const ageMissing =
    under !== undefined
      ? []
      : [
          ...(person.birthDate === undefined || at !== undefined ? ['person.birthDate'] : []),
          ...(at === undefined ? ['transfer.departureAt'] : []),
        ];
  const missing = [
    ...(venezuelan === undefined ? ['person.nationalities'] : []),
    ...ageMissing,
    ...(resident === undefined ? ['person.lawfulPermanentResident'] : []),
    ...(citizen === undefined ? ['person.usCitizen'] : []),
  ];
  const outside = venezuelan === false || under === true || resident === true || citizen === true;
  const scope = outside
    ? [outcomeOf(rule, 'outsideProclamation', facts)]
    : missing.length
      ? [undecidedOf(rule, 'unknown', missing, 'violation', facts)]
      : [];
  const invocation = outcomeOf(rule, 'invocationContested', {
    'transfer.authority': 'AEA',
    'transfer.departureAt': bundle.transfer.departureAt,
  });
  return [...scope, invocation];
};

/**
 * US-AEA-JGG-TRO. The order in force for the person: for a named plaintiff (a `this_person` order identifying
 * J.G.G.) the order of the morning; for any other designee the oral, then the written class-wide order. The
 * windows' instants come from the rule's data; the bundle's order entry only says who the person is.
 */
const jggTro: Predicate = (bundle, rule) => {
  const namedPlaintiff = (bundle.courtOrders ?? []).some(
    (order) => order.scope === 'this_person' && identifies(order, 'jgg'),
  );
  const aeaDesignee = isAeaDesignee(bundle);
  if (!namedPlaintiff && !aeaDesignee) return [];
  const oralOrder = windowOf(rule, 'oralOrder');
  const writtenOrder = windowOf(rule, 'writtenOrder');
  const written = namedPlaintiff ? windowOf(rule, 'namedPlaintiffs') : writtenOrder;
  const oral = namedPlaintiff ? undefined : oralOrder;
  const first = oral ?? written;
  const words = {
    namedPlaintiffsFrom: windowOf(rule, 'namedPlaintiffs').from ?? '',
    oralOrderFrom: oralOrder.from ?? '',
    writtenOrderFrom: writtenOrder.from ?? '',
    vacatedAt: writtenOrder.to ?? '',
  };
  const facts: Facts = {
    namedPlaintiff,
    aeaDesignee,
    'person.aeaDesignatedAt': bundle.person?.aeaDesignatedAt,
    'transfer.departureAt': bundle.transfer.departureAt,
    'transfer.custodyTransferAt': bundle.transfer.custodyTransferAt,
    orderFrom: first.from,
  };
  const left = departure(bundle);
  if (left === undefined)
    return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts, words)];
  if (inWindow(left, written)) return [outcomeOf(rule, 'departedUnderWrittenOrder', facts, words)];
  if (oral && inWindow(left, oral)) return [outcomeOf(rule, 'departedUnderOralOrder', facts, words)];
  if (first.from === undefined || left >= Date.parse(first.from)) return [];
  if (bundle.transfer.custodyTransferAt === undefined)
    return [undecidedOf(rule, 'unknown', ['transfer.custodyTransferAt'], 'violation', facts, words)];
  const handed = handOver(bundle);
  if (handed === undefined || !inWindow(handed, first)) return [];
  return [outcomeOf(rule, 'handedOverAfterOrder', facts, words)];
};

/** The predicates of the Alien Enemies Act rules, by rule id. */
export const US_AEA_PREDICATES: Record<string, Predicate> = {
  'US-AEA-SCOPE': aeaScope,
  'US-AEA-JGG-TRO': jggTro,
  ...AEA_NOTICE_PREDICATES,
};
