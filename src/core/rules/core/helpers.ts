import { isFormerStateCode, type CountryCode } from '../../values/country.js';
import type { Bundle } from '../bundle.js';
import { departure, ms } from '../time.js';
import type { Facts, Outcome, RuleDefinition, RuleWindow, Severity } from '../types.js';

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
 * A state that no longer exists (a Soviet citizenship, a destination written `YUGOSLAVIA`) does not say which of
 * its successors is meant, so beside another country it leaves the answer unknown too.
 */
export function isThirdCountry(bundle: Bundle): boolean | undefined {
  const nationalities = bundle.person?.nationalities;
  const destination = bundle.transfer.destination;
  if (!nationalities || nationalities.length === 0 || !destination) return undefined;
  if (nationalities.includes(destination)) return false;
  const former = [destination, ...nationalities].some((code) => isFormerStateCode(code as CountryCode));
  return former ? undefined : true;
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

/** A window a rule's data must declare; its absence is a programming error in the pack, found at first use. */
export function windowOf(rule: RuleDefinition, name: string): RuleWindow {
  const window = rule.windows[name];
  if (!window) throw new Error(`rule ${rule.id} has no window "${name}"`);
  return window;
}

/** A threshold a rule's data must declare, in the unit its name ends with. */
export function thresholdOf(rule: RuleDefinition, name: string): number {
  const threshold = rule.thresholds[name];
  if (threshold === undefined) throw new Error(`rule ${rule.id} has no threshold "${name}"`);
  return threshold;
}

/**
 * Whether the United States is the sending state: the transfer leaves the USA, or (sending state not recorded) it
 * is made under INA §241 or the Alien Enemies Act. US rules stay silent for other states' transfers.
 */
export function isUsRemoval(bundle: Bundle): boolean {
  const { from, authority } = bundle.transfer;
  if (from !== undefined) return from === 'USA';
  return authority === 'INA241' || authority === 'AEA';
}

/** Orders whose holders can be in the D.V.D. class; expedited removal (ER235b1) is not among them. */
export const DVD_CLASS_ORDER_AUTHORITIES = ['INA240', 'REINST241a5', '238b'] as const;
/** The class covers removals on or after this instant (D.V.D. v. DHS, class definition). */
export const DVD_CLASS_REMOVED_FROM = '2025-02-18T00:00:00Z';

/**
 * Whether the person is in the D.V.D. class ("class C", RULES.md): a final order under INA §240, §241(a)(5) or
 * §238(b), removed on or after 2025-02-18, to a country neither named on the order nor identified in writing.
 * `countriesIdentifiedInWriting` is optional in bundle v1, so its absence means none. False as soon as one known
 * fact excludes the person; undefined when a fact the class needs is missing.
 */
export function inDvdClass(bundle: Bundle): boolean | undefined {
  const order = bundle.removalOrder;
  if (order === null) return false;
  const at = departure(bundle);
  const final = ms(order?.finalAt);
  const destination = bundle.transfer.destination;
  const authority = order?.authority;
  if (authority !== undefined && !(DVD_CLASS_ORDER_AUTHORITIES as readonly string[]).includes(authority))
    return false;
  if (at !== undefined && at < Date.parse(DVD_CLASS_REMOVED_FROM)) return false;
  if (order?.finalAt === null || (final !== undefined && at !== undefined && final > at)) return false;
  const named = [...(order?.countriesNamed ?? []), ...(order?.countriesIdentifiedInWriting ?? [])];
  if (destination !== undefined && named.includes(destination)) return false;
  if (authority === undefined || at === undefined || final === undefined) return undefined;
  if (destination === undefined || order?.countriesNamed === undefined) return undefined;
  return true;
}

/** Every protection grant type: a grant of any of them is a finding of risk in its country. */
export const PROTECTION_TYPES = [...WITHHOLDING_TYPES, 'asylum'] as const;

/**
 * Findings of risk for a country made by an instant: protection grants (any type) in force then, and positive
 * screenings for it decided by then (or with no decision time recorded: a positive outcome is itself a decision).
 * A positive screening only opens proceedings: it no longer counts once superseded by a later negative screening
 * for the same country or by a removal order issued after it (the proceedings it opened ended in an order).
 */
export function riskFindings(bundle: Bundle, country: string | undefined, at: number) {
  const grants = grantsInForce(bundle, country, at, PROTECTION_TYPES);
  const about = (bundle.screenings ?? []).filter(
    (screening) => country !== undefined && screening.country === country,
  );
  const orderIssued = ms(bundle.removalOrder?.issuedAt);
  const screenings = about.filter((screening) => {
    const decided = ms(screening.decidedAt);
    if (screening.outcome !== 'positive' || screening.decidedAt === null) return false;
    if (decided === undefined) return true;
    const superseded =
      (orderIssued !== undefined && orderIssued > decided) ||
      about.some((later) => later.outcome === 'negative' && (ms(later.decidedAt) ?? -Infinity) > decided);
    return decided <= at && !superseded;
  });
  return { grants, screenings };
}

/**
 * Words every explanation of a rule may quote from its data: each threshold by name and each window edge as
 * `{window.from}` / `{window.to}` (the day), so the text never repeats a number the data could change.
 */
export function ruleWords(rule: RuleDefinition): Record<string, string | number> {
  const words: Record<string, string | number> = { ...rule.thresholds };
  for (const [name, window] of Object.entries(rule.windows)) {
    if (window.from !== undefined) words[`${name}.from`] = window.from.slice(0, 10);
    if (window.to !== undefined) words[`${name}.to`] = window.to.slice(0, 10);
  }
  return words;
}

/** An outcome of a rule, its words carrying the rule's data (see ruleWords) and any of the predicate's own. */
export function outcomeOf(
  rule: RuleDefinition,
  outcome: string,
  facts: Facts,
  words: Record<string, string | number> = {},
): Outcome {
  return { outcome, facts, words: { ...ruleWords(rule), ...words } };
}

/** An undecidable outcome (see undecided) under a chosen name, its words carrying the rule's data. */
export function undecidedOf(
  rule: RuleDefinition,
  outcome: string,
  missingFacts: string[],
  potentialSeverity: Severity,
  facts: Facts = {},
  words: Record<string, string | number> = {},
): Outcome {
  return {
    ...outcomeOf(rule, outcome, facts, words),
    missingFacts: [...new Set(missingFacts)],
    potentialSeverity,
  };
}
