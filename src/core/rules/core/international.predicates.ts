import type { Bundle } from '../bundle.js';
import { departure } from '../time.js';
import type { Facts, Outcome, Predicate, RuleDefinition } from '../types.js';
import { isThirdCountry, outcomeOf, riskFindings, undecidedOf } from './helpers.js';
import { costaRicaDetention, italyAlbania, ukRwanda } from './international.regional.predicates.js';
import { TRANSFER_ARRANGEMENT_ELEMENTS } from './international.rules.js';
import { BREACHED, type Check, flagCheck, MET, missingOf } from './safeguards.js';

/** Evidence of risk in the destination calls for an individual assessment before the transfer. */
function riskNotAssessed(bundle: Bundle, rule: RuleDefinition, country: string): Outcome[] {
  const evidence = bundle.person?.riskEvidence?.find((item) => item.country === country);
  if (!evidence) return [];
  const assessed = flagCheck(bundle.transfer.individualAssessment, 'transfer.individualAssessment');
  const facts: Facts = {
    'transfer.destination': country,
    country,
    'riskEvidence.kind': evidence.kind,
    'transfer.individualAssessment': bundle.transfer.individualAssessment,
  };
  if (assessed.state === 'met') return [];
  if (assessed.state === 'breached') return [outcomeOf(rule, 'riskNotAssessed', facts)];
  return [undecidedOf(rule, 'unknown', assessed.missing, 'warning', facts)];
}

/** A risk found in the destination, or in a country the person was sent on to, before departure. */
function riskFound(bundle: Bundle, rule: RuleDefinition, destination: string): Outcome[] {
  const at = departure(bundle);
  const targets = [
    { country: destination, onwardAt: undefined as string | null | undefined, onward: false },
    ...(bundle.transfer.onward ?? [])
      .filter((step) => step.to !== destination)
      .map((step) => ({ country: step.to as string, onwardAt: step.at, onward: true })),
  ];
  return targets.flatMap(({ country, onwardAt, onward }) => {
    const facts: Facts = {
      'transfer.destination': destination,
      country,
      ...(onward ? { 'onward.at': onwardAt } : {}),
    };
    if (at === undefined) {
      const recorded =
        (bundle.protectionGrants ?? []).some((grant) => grant.country === country) ||
        riskFindings(bundle, country, Number.MAX_SAFE_INTEGER).screenings.length > 0;
      return recorded ? [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts)] : [];
    }
    const { grants, screenings } = riskFindings(bundle, country, at);
    const grant = grants[0];
    const screening = screenings[0];
    if (!grant && !screening) return [];
    facts.riskFinding = grant
      ? `${grant.type} (${grant.grantedAt ?? '?'})`
      : `${screening?.kind} = positive (${screening?.decidedAt ?? '?'})`;
    return [outcomeOf(rule, onward ? 'sentOnwardToRiskCountry' : 'sentToRiskCountry', facts)];
  });
}

/**
 * INT-NONREFOULEMENT, at any time and whatever the destination: risk evidence without an individual assessment
 * (warning), and a risk finding (protection grant in force, or positive screening not superseded) for the
 * destination or an onward country (violation, one per country; the onward case backs US-3C-CHAIN-REFOULEMENT).
 */
const nonRefoulement: Predicate = (bundle, rule) => {
  const country = bundle.transfer.destination;
  if (!country) return [];
  return [...riskNotAssessed(bundle, rule, country), ...riskFound(bundle, rule, country)];
};

/**
 * INT-TRANSFER-ARRANGEMENT, third countries only: one warning listing every element that failed, and one info
 * listing the elements the bundle leaves unknown. No arrangement at all (`agreement: null`) is not a binding one.
 * An unaccompanied child is a trigger, so its absence is not an unknown.
 */
const transferArrangement: Predicate = (bundle, rule) => {
  if (isThirdCountry(bundle) !== true) return [];
  const { transfer } = bundle;
  const agreement = transfer.agreement;
  const elements: Array<[string, unknown, Check]> = [
    ...(
      [
        'individualAssessment',
        'admittedToReceivingState',
        'asylumProcedureAvailable',
        'onwardReturnProtection',
      ] as const
    ).map((name): [string, unknown, Check] => [
      `transfer.${name}`,
      transfer[name],
      flagCheck(transfer[name], `transfer.${name}`),
    ]),
    [
      'transfer.agreement.legallyBinding',
      agreement === null ? null : agreement?.legallyBinding,
      agreement === null
        ? BREACHED
        : flagCheck(agreement?.legallyBinding, 'transfer.agreement.legallyBinding'),
    ],
    [
      'person.unaccompaniedChild',
      bundle.person?.unaccompaniedChild,
      bundle.person?.unaccompaniedChild === true ? BREACHED : MET,
    ],
  ];
  const facts: Facts = {
    'transfer.destination': transfer.destination,
    ...Object.fromEntries(elements.map(([path, value]) => [path, value])),
  };
  const failed = elements.filter(([, , check]) => check.state === 'breached').map(([path]) => path);
  const missing = elements.flatMap(([, , check]) => missingOf(check));
  const outcomes: Outcome[] = [];
  if (failed.length) {
    const labels = failed.map((path) => TRANSFER_ARRANGEMENT_ELEMENTS[path]);
    outcomes.push(
      outcomeOf(rule, 'shortfall', facts, {
        failedEn: labels.map((label) => label?.en).join('; '),
        failedEs: labels.map((label) => label?.es).join('; '),
      }),
    );
  }
  if (missing.length) outcomes.push(undecidedOf(rule, 'unknown', missing, 'warning', facts));
  return outcomes;
};

/** The predicates of the international and regional rules, by rule id. */
export const INTERNATIONAL_PREDICATES: Record<string, Predicate> = {
  'INT-NONREFOULEMENT': nonRefoulement,
  'INT-TRANSFER-ARRANGEMENT': transferArrangement,
  'UK-RWANDA': ukRwanda,
  'EU-IT-ALB': italyAlbania,
  'CR-RECEIVING-DETENTION': costaRicaDetention,
};
