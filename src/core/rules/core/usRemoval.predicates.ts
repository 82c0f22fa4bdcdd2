import type { Bundle } from '../bundle.js';
import { ms } from '../time.js';
import type { Outcome, Predicate, RuleDefinition } from '../types.js';
import {
  grantsInForce,
  isUsRemoval,
  judgedAt,
  outcomeOf,
  undecided,
  undecidedOf,
  WITHHOLDING_TYPES,
  CAT_TYPES,
} from './helpers.js';
import { COURT_ORDER_PREDICATES } from './usCourtOrder.predicates.js';
import { REMOVAL_ORDER_PREDICATES } from './usRemovalOrder.predicates.js';
import { REMOVAL_SAFEGUARD_PREDICATES } from './usRemovalSafeguards.predicates.js';

/** US-241B3-PROTECTED-COUNTRY. CAT grants defer to US-CAT-ASSURANCE when an assurance for the destination exists. */
const protectedCountry: Predicate = (bundle) => {
  const destination = bundle.transfer.destination;
  const assured = (bundle.assurances ?? []).some((assurance) => assurance.country === destination);
  const types = WITHHOLDING_TYPES.filter(
    (type) => !(assured && (CAT_TYPES as readonly string[]).includes(type)),
  );
  const at = judgedAt(bundle);
  if (at === undefined) {
    const grant = (bundle.protectionGrants ?? []).find(
      (item) => item.country === destination && types.includes(item.type as never),
    );
    return grant
      ? [
          undecided(['transfer.departureAt'], 'violation', {
            'transfer.destination': destination,
            'grant.type': grant.type,
            'grant.grantedAt': grant.grantedAt,
          }),
        ]
      : [];
  }
  return grantsInForce(bundle, destination, at, types)
    .slice(0, 1)
    .map((grant) => ({
      outcome: 'violation',
      facts: {
        'transfer.destination': destination,
        'transfer.departureAt': bundle.transfer.departureAt,
        'grant.type': grant.type,
        'grant.grantedAt': grant.grantedAt,
        'grant.terminatedAt': grant.terminatedAt,
      },
    }));
};

/**
 * How the removal relied on the assurances recorded for the destination. An individual assurance accepted by
 * departure is what 8 CFR 208.18(c) allows (warning), so it is looked for first; then undecidable ones (kind, or
 * acceptance, not recorded); then a blanket one (violation); else only individual assurances not accepted by
 * departure remain: the catalogue's "none" (violation), since no assurance had been accepted for the person.
 */
function assuranceOutcome(bundle: Bundle, rule: RuleDefinition, at: number, facts: Record<string, unknown>) {
  const destination = bundle.transfer.destination;
  const recorded = (bundle.assurances ?? [])
    .map((assurance, index) => ({ assurance, index }))
    .filter(({ assurance }) => assurance.country === destination);
  const accepted = (deemed: string | null | undefined) => {
    const when = ms(deemed);
    return when !== undefined && when <= at;
  };
  const described = (assurance: (typeof recorded)[number]['assurance']) => ({
    ...facts,
    'assurance.kind': assurance.kind,
    'assurance.deemedCredibleAt': assurance.deemedCredibleAt,
  });
  const individual = recorded.find(
    ({ assurance }) => assurance.kind === 'individual' && accepted(assurance.deemedCredibleAt),
  );
  if (individual) return outcomeOf(rule, 'individual', described(individual.assurance));
  const missing = recorded.flatMap(({ assurance, index }) => {
    if (assurance.kind === undefined) return [`assurances[${index}].kind`];
    if (assurance.kind === 'individual' && assurance.deemedCredibleAt === undefined)
      return [`assurances[${index}].deemedCredibleAt`];
    return [];
  });
  if (missing.length) return undecidedOf(rule, 'unknown', missing, 'violation', facts);
  const blanket = recorded.find(({ assurance }) => assurance.kind === 'blanket');
  if (blanket) return outcomeOf(rule, 'blanket', described(blanket.assurance));
  const [notAccepted] = recorded;
  return outcomeOf(rule, 'notAccepted', notAccepted ? described(notAccepted.assurance) : facts);
}

/** US-CAT-ASSURANCE: only when an assurance for the destination is recorded (else US-241B3 decides). */
const catAssurance: Predicate = (bundle, rule): Outcome[] => {
  const destination = bundle.transfer.destination;
  const assured = (bundle.assurances ?? []).some((assurance) => assurance.country === destination);
  if (!destination || !assured || !isUsRemoval(bundle)) return [];
  const at = judgedAt(bundle);
  if (at === undefined) {
    const grant = (bundle.protectionGrants ?? []).find(
      (item) => item.country === destination && (CAT_TYPES as readonly string[]).includes(item.type),
    );
    const facts = { 'transfer.destination': destination, 'grant.type': grant?.type };
    return grant ? [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts)] : [];
  }
  const [grant] = grantsInForce(bundle, destination, at, CAT_TYPES);
  if (!grant) return [];
  const facts = {
    'transfer.destination': destination,
    'transfer.departureAt': bundle.transfer.departureAt,
    'grant.type': grant.type,
    'grant.grantedAt': grant.grantedAt,
  };
  return [assuranceOutcome(bundle, rule, at, facts)];
};

/** The predicates of the US removal-law rules, by rule id. */
export const US_REMOVAL_PREDICATES: Record<string, Predicate> = {
  'US-241B3-PROTECTED-COUNTRY': protectedCountry,
  'US-CAT-ASSURANCE': catAssurance,
  ...REMOVAL_ORDER_PREDICATES,
  ...COURT_ORDER_PREDICATES,
  ...REMOVAL_SAFEGUARD_PREDICATES,
};
