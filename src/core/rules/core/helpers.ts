import type { Bundle } from '../bundle.js';
import { departure, ms } from '../time.js';
import type { Facts, Outcome, Severity } from '../types.js';

/**
 * How a required safeguard stands: `true` → met; `null`, `false` or `[]` → breached (recorded as missing);
 * absent → unknown, which never counts as met.
 */
export function safeguard(value: unknown): 'met' | 'breached' | 'unknown' {
  if (value === undefined) return 'unknown';
  if (value === null || value === false || (Array.isArray(value) && value.length === 0)) return 'breached';
  return 'met';
}

/** The `info` outcome of a rule that cannot decide: which facts are missing and what they could make it. */
export function undecided(missingFacts: string[], potentialSeverity: Severity, facts: Facts = {}): Outcome {
  return { outcome: 'unknown', facts, missingFacts, potentialSeverity };
}

/**
 * Whether the destination is a third country for this person (not one of their nationalities). Undefined when
 * the nationalities or the destination are unknown: the trigger is then absent and third-country rules stay silent.
 */
export function isThirdCountry(bundle: Bundle): boolean | undefined {
  const nationalities = bundle.person?.nationalities;
  const destination = bundle.transfer.destination;
  if (!nationalities || nationalities.length === 0 || !destination) return undefined;
  return !nationalities.includes(destination);
}

export const WITHHOLDING_TYPES = ['INA241b3', 'CAT_withholding', 'CAT_deferral'] as const;
export const CAT_TYPES = ['CAT_withholding', 'CAT_deferral'] as const;

/** Protection grants for a country in force at a moment: granted by then and not terminated by then. */
export function grantsInForce(
  bundle: Bundle,
  country: string | undefined,
  at: number,
  types: readonly string[],
) {
  return (bundle.protectionGrants ?? []).filter((grant) => {
    if (!country || grant.country !== country || !types.includes(grant.type)) return false;
    const granted = ms(grant.grantedAt);
    const terminated = ms(grant.terminatedAt);
    return (granted === undefined || granted <= at) && (terminated === undefined || terminated > at);
  });
}

/** The moment rules are judged at, or the outcome saying it is missing. */
export function judgedAt(bundle: Bundle): number | undefined {
  return departure(bundle);
}
