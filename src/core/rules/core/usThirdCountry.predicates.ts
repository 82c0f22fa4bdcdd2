import { departure } from '../time.js';
import type { Predicate } from '../types.js';
import {
  grantsInForce,
  isThirdCountry,
  isUsRemoval,
  outcomeOf,
  PROTECTION_TYPES,
  undecidedOf,
} from './helpers.js';
import { dvd } from './usThirdCountry.dvd.predicates.js';
import { iceFear, iceNotice, policyAssurance } from './usThirdCountry.policy.predicates.js';

/**
 * US-3C-CHAIN-REFOULEMENT. One warning per onward transfer to a country a US grant (withholding, CAT or asylum)
 * in force at departure protects the person against. INT-NONREFOULEMENT gives the violation for the same facts.
 */
const chainRefoulement: Predicate = (bundle, rule) => {
  if (isThirdCountry(bundle) !== true || !isUsRemoval(bundle)) return [];
  const at = departure(bundle);
  return (bundle.transfer.onward ?? []).flatMap((step) => {
    const grant =
      at === undefined
        ? (bundle.protectionGrants ?? []).find((item) => item.country === step.to)
        : grantsInForce(bundle, step.to, at, PROTECTION_TYPES)[0];
    if (!grant) return [];
    const facts = {
      'transfer.destination': bundle.transfer.destination,
      'onward.to': step.to,
      'onward.at': step.at,
      'grant.type': grant.type,
      'grant.grantedAt': grant.grantedAt,
      'grant.terminatedAt': grant.terminatedAt,
    };
    if (at === undefined) return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'warning', facts)];
    return [outcomeOf(rule, 'onward', facts)];
  });
};

/**
 * US-3C-RECEIVING-DETENTION. The three facts (held on arrival, at US request, credible torture reports) are the
 * trigger: one known false or null, or none recorded, and the rule does not apply; some recorded and the others
 * absent, and it cannot decide. Designees under the Alien Enemies Act stay in US constructive custody.
 */
const receivingDetention: Predicate = (bundle, rule) => {
  if (isThirdCountry(bundle) !== true || !isUsRemoval(bundle)) return [];
  const { transfer } = bundle;
  const facility = transfer.receivingFacility;
  const elements: Array<[boolean | null | undefined, string]> = [
    [transfer.detainedOnArrival, 'transfer.detainedOnArrival'],
    [transfer.atSendingStateRequest, 'transfer.atSendingStateRequest'],
    [
      facility === null ? null : facility?.credibleTortureReports,
      'transfer.receivingFacility.credibleTortureReports',
    ],
  ];
  if (elements.some(([value]) => value === false || value === null)) return [];
  const missing = elements.filter(([value]) => value === undefined).map(([, path]) => path);
  if (missing.length === elements.length) return [];
  const designee = (bundle.person?.aeaDesignatedAt ?? null) !== null || transfer.authority === 'AEA';
  const facts = {
    'transfer.destination': transfer.destination,
    'transfer.authority': transfer.authority,
    'person.aeaDesignatedAt': bundle.person?.aeaDesignatedAt,
    'receivingFacility.name': facility?.name,
    ...Object.fromEntries(elements.map(([value, path]) => [path, value])),
  };
  if (missing.length)
    return [undecidedOf(rule, 'unknown', missing, designee ? 'violation' : 'warning', facts)];
  return [outcomeOf(rule, designee ? 'aeaConstructiveCustody' : 'heldAtRequest', facts)];
};

/** The predicates of the US third-country rules, by rule id. */
export const US_THIRD_COUNTRY_PREDICATES: Record<string, Predicate> = {
  'US-3C-DVD': dvd,
  'US-3C-POLICY-ASSURANCE': policyAssurance,
  'US-3C-ICE-NOTICE': iceNotice,
  'US-3C-ICE-FEAR': iceFear,
  'US-3C-CHAIN-REFOULEMENT': chainRefoulement,
  'US-3C-RECEIVING-DETENTION': receivingDetention,
};
