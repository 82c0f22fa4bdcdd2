import type { Predicate } from '../types.js';
import { grantsInForce, judgedAt, undecided, WITHHOLDING_TYPES, CAT_TYPES } from './helpers.js';

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

export const US_REMOVAL_PREDICATES: Record<string, Predicate> = {
  'US-241B3-PROTECTED-COUNTRY': protectedCountry,
};
