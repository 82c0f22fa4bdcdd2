import type { Bundle } from '../bundle.js';
import { departure, HOUR, hours, inWindow, ms } from '../time.js';
import type { Facts, Outcome, Predicate, RuleDefinition } from '../types.js';
import { isThirdCountry, isUsRemoval, outcomeOf, thresholdOf, undecidedOf, windowOf } from './helpers.js';
import {
  allOf,
  anyOf,
  asFact,
  BREACHED,
  earliestNotice,
  fearClaimsBefore,
  FEAR_SCREENING_KINDS,
  field,
  flagCheck,
  judgeScreenings,
  missingOf,
  type Screening,
  someNotice,
  unknownCheck,
} from './safeguards.js';

/** The destination of a US removal to a third country; undefined when the US-3C rules do not apply. */
function thirdCountryDestination(bundle: Bundle): string | undefined {
  const country = bundle.transfer.destination;
  return country !== undefined && isThirdCountry(bundle) === true && isUsRemoval(bundle)
    ? country
    : undefined;
}

/** Assurances from a country the State Department had deemed credible by an instant (in the bundle's order). */
function credibleAssurances(bundle: Bundle, country: string, at: number) {
  return (bundle.assurances ?? [])
    .map((assurance, index) => ({ assurance, index }))
    .filter(
      ({ assurance }) => assurance.country === country && (ms(assurance.deemedCredibleAt) ?? Infinity) <= at,
    );
}

/**
 * US-3C-POLICY-ASSURANCE. "Without notice" means no `third_country` notice naming the destination served on the
 * person before departure. An assurance is individual (not blanket) if any credible one for the country is.
 */
export const policyAssurance: Predicate = (bundle, rule) => {
  const country = thirdCountryDestination(bundle);
  const assured = (bundle.assurances ?? []).find((item) => item.country === country && item.deemedCredibleAt);
  if (!country || !assured) return [];
  const facts: Facts = {
    'transfer.destination': country,
    'transfer.departureAt': bundle.transfer.departureAt,
    'assurance.kind': assured.kind,
    'assurance.deemedCredibleAt': assured.deemedCredibleAt,
  };
  const at = departure(bundle);
  if (at === undefined) {
    const potential = assured.kind === 'individual' ? 'info' : 'warning';
    return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], potential, facts)];
  }
  const credible = credibleAssurances(bundle, country, at);
  if (!inWindow(at, windowOf(rule, 'dhsGuidance')) || !credible.length) return [];
  const notice = someNotice(bundle, { country, before: at, toPerson: true, kind: 'third_country' });
  if (notice.state === 'met') return [];
  const individual = anyOf(
    BREACHED,
    ...credible.map(({ assurance, index }) =>
      field(assurance.kind, `assurances[${index}].kind`, (kind) => kind === 'individual'),
    ),
  );
  const relied = credible.find(({ assurance }) => assurance.kind === 'individual') ?? credible[0];
  Object.assign(facts, {
    'assurance.kind': relied?.assurance.kind,
    'assurance.deemedCredibleAt': relied?.assurance.deemedCredibleAt,
    thirdCountryNotice: asFact(notice),
  });
  if (notice.state === 'unknown') {
    const potential = individual.state === 'met' ? 'info' : 'warning';
    return [undecidedOf(rule, 'unknown', [...notice.missing, ...missingOf(individual)], potential, facts)];
  }
  const outcomes = [outcomeOf(rule, 'policy', facts)];
  if (individual.state === 'breached') outcomes.push(outcomeOf(rule, 'blanket', facts));
  if (individual.state === 'unknown')
    outcomes.push(undecidedOf(rule, 'unknown', individual.missing, 'warning', facts));
  return outcomes;
};

/** Δ between the notice and departure, judged against the memorandum's thresholds. */
function judgeInterval(bundle: Bundle, rule: RuleDefinition, gap: number, facts: Facts): Outcome {
  if (gap < thresholdOf(rule, 'noticeViolationHours') * HOUR) return outcomeOf(rule, 'underMinimum', facts);
  if (gap >= thresholdOf(rule, 'noticeWarningHours') * HOUR) return outcomeOf(rule, 'adequate', facts);
  const exigentWithCounsel = allOf(
    flagCheck(bundle.transfer.exigent, 'transfer.exigent'),
    flagCheck(bundle.transfer.attorneyAccess, 'transfer.attorneyAccess'),
  );
  Object.assign(facts, {
    'transfer.exigent': bundle.transfer.exigent,
    'transfer.attorneyAccess': bundle.transfer.attorneyAccess,
  });
  if (exigentWithCounsel.state === 'met') return outcomeOf(rule, 'shortExigent', facts);
  if (exigentWithCounsel.state === 'breached') return outcomeOf(rule, 'short', facts);
  return undecidedOf(rule, 'unknown', exigentWithCounsel.missing, 'warning', facts);
}

/**
 * US-3C-ICE-NOTICE. Δ runs from the earliest notice served on the person before departure that names the
 * destination in a language they understand; a notice served at or after departure is no notice.
 */
export const iceNotice: Predicate = (bundle, rule) => {
  const country = thirdCountryDestination(bundle);
  if (!country) return [];
  const facts: Facts = {
    'transfer.destination': country,
    'transfer.departureAt': bundle.transfer.departureAt,
  };
  const at = departure(bundle);
  if (at === undefined) return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts)];
  if (!inWindow(at, windowOf(rule, 'iceMemo')) || credibleAssurances(bundle, country, at).length) return [];
  const earliest = earliestNotice(bundle, { country, before: at, toPerson: true, understood: true });
  facts['person.languages'] = bundle.person?.languages;
  if (earliest.check.state === 'unknown')
    return [undecidedOf(rule, 'unknown', earliest.check.missing, 'violation', facts)];
  if (earliest.servedAt === undefined) return [outcomeOf(rule, 'noNotice', facts)];
  const gap = at - earliest.servedAt;
  Object.assign(facts, {
    'notice.servedAt': earliest.notice?.servedAt,
    'notice.language': earliest.notice?.language,
    hoursBetweenNoticeAndDeparture: hours(gap),
  });
  return [judgeInterval(bundle, rule, gap, facts)];
};

/** What the screenings decided before departure say: harm found and removed anyway; decided late; or untimed. */
function decidedScreeningOutcomes(
  bundle: Bundle,
  rule: RuleDefinition,
  screenings: Screening[],
  facts: Facts,
): Outcome[] {
  const screeningFacts = (screening: Screening, extra: Facts = {}): Facts => ({
    ...facts,
    'screening.kind': screening.kind,
    'screening.referredAt': screening.referredAt,
    'screening.decidedAt': screening.decidedAt,
    'screening.outcome': screening.outcome,
    ...extra,
  });
  const outcomes: Outcome[] = [];
  const positive = screenings.find((screening) => screening.outcome === 'positive');
  if (positive) outcomes.push(outcomeOf(rule, 'removedDespitePositive', screeningFacts(positive)));
  const limit = thresholdOf(rule, 'screeningDecisionHours') * HOUR;
  // A screening with no referral recorded as `null` cannot be late; one whose referral is absent cannot be told.
  const took = (screening: Screening) =>
    (ms(screening.decidedAt) ?? 0) - (ms(screening.referredAt) ?? Infinity);
  const late = screenings.find((screening) => took(screening) > limit);
  const untimed = screenings.find((screening) => screening.referredAt === undefined);
  if (late) {
    const hoursFromReferral = hours(took(late));
    outcomes.push(outcomeOf(rule, 'lateScreening', screeningFacts(late, { hoursFromReferral })));
  } else if (untimed) {
    const path = `screenings[${(bundle.screenings ?? []).indexOf(untimed)}].referredAt`;
    outcomes.push(undecidedOf(rule, 'unknown', [path], 'info', screeningFacts(untimed)));
  }
  return outcomes;
}

/**
 * US-3C-ICE-FEAR. Triggered by a fear claim about the destination raised before departure; any kind of fear
 * screening about the destination decided with a result before departure answers it.
 */
export const iceFear: Predicate = (bundle, rule) => {
  const country = thirdCountryDestination(bundle);
  const claimed = (bundle.fearClaims ?? []).find(
    (claim) => claim.country === country && claim.raisedAt !== null,
  );
  if (!country || !claimed) return [];
  const facts: Facts = {
    'transfer.destination': country,
    'transfer.departureAt': bundle.transfer.departureAt,
  };
  const at = departure(bundle);
  if (at === undefined) return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts)];
  if (!inWindow(at, windowOf(rule, 'iceMemo'))) return [];
  const { claims, missing } = fearClaimsBefore(bundle, country, at);
  if (!claims.length && !missing.length) return [];
  facts['fearClaim.raisedAt'] = claims[0]?.raisedAt;
  const judged = judgeScreenings(bundle, country, at, FEAR_SCREENING_KINDS);
  const decided = judged
    ? anyOf(BREACHED, ...judged.map((item) => item.check))
    : unknownCheck(['screenings']);
  if (decided.state !== 'met') {
    if (claims.length && decided.state === 'breached') return [outcomeOf(rule, 'noScreening', facts)];
    return [undecidedOf(rule, 'unknown', [...missing, ...missingOf(decided)], 'violation', facts)];
  }
  const screenings = (judged ?? [])
    .filter((item) => item.check.state === 'met')
    .map((item) => item.screening);
  return decidedScreeningOutcomes(bundle, rule, screenings, facts);
};
