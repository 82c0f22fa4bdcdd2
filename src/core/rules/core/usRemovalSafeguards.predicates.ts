import type { Bundle } from '../bundle.js';
import { DAY, ms } from '../time.js';
import type { Facts, Predicate } from '../types.js';
import { isUsRemoval, judgedAt, outcomeOf, thresholdOf, undecidedOf } from './helpers.js';

/**
 * US-241B-DESTINATION, for removals under INA §241. A null order names no country; countries identified in
 * writing count as named when recorded (they are optional in bundle v1). The acceptance is a safeguard: both
 * flags true → met; one false or null (or no record, `null`) → warning; otherwise unknown.
 */
const destination241b: Predicate = (bundle, rule) => {
  if (bundle.transfer.authority !== 'INA241') return [];
  const destination = bundle.transfer.destination;
  const nationalities = bundle.person?.nationalities;
  const order = bundle.removalOrder;
  const named = order === null ? [] : order?.countriesNamed;
  const writing = order?.countriesIdentifiedInWriting ?? [];
  const acceptance = bundle.destinationAcceptance;
  const facts: Facts = {
    'transfer.destination': destination,
    'person.nationalities': nationalities,
    'removalOrder.countriesNamed': named,
    'removalOrder.countriesIdentifiedInWriting': writing,
    'destinationAcceptance.recorded': acceptance === null ? null : acceptance?.recorded,
    'destinationAcceptance.earlierOptionsImpracticable':
      acceptance === null ? null : acceptance?.earlierOptionsImpracticable,
  };
  if (destination === undefined)
    return [undecidedOf(rule, 'unknown', ['transfer.destination'], 'warning', facts)];
  const known = [...(nationalities ?? []), ...(named ?? []), ...writing];
  if (known.includes(destination)) return [];
  const missing = [
    ...(nationalities === undefined ? ['person.nationalities'] : []),
    ...(order === undefined ? ['removalOrder'] : named === undefined ? ['removalOrder.countriesNamed'] : []),
  ];
  const flags = [
    ['destinationAcceptance.recorded', facts['destinationAcceptance.recorded']],
    [
      'destinationAcceptance.earlierOptionsImpracticable',
      facts['destinationAcceptance.earlierOptionsImpracticable'],
    ],
  ] as const;
  if (flags.every(([, value]) => value === true)) return [];
  if (!flags.some(([, value]) => value === false || value === null))
    missing.push(...flags.filter(([, value]) => value === undefined).map(([path]) => path));
  if (missing.length) return [undecidedOf(rule, 'unknown', missing, 'warning', facts)];
  return [outcomeOf(rule, 'notDesignated', facts)];
};

const FEAR_SCREENINGS = ['credible_fear', 'reasonable_fear'];

/**
 * Whether a credible- or reasonable-fear decision was reached by departure (decided then, from inclusive, with an
 * outcome), and the paths of screenings that might have been.
 */
function screenedBy(bundle: Bundle, at: number): { screened: boolean; missing: string[] } {
  const missing: string[] = [];
  let screened = false;
  (bundle.screenings ?? []).forEach((screening, index) => {
    if (!FEAR_SCREENINGS.includes(screening.kind)) return;
    const decided = ms(screening.decidedAt);
    if (screening.decidedAt === undefined) return void missing.push(`screenings[${index}].decidedAt`);
    if (decided === undefined || decided > at || screening.outcome === null) return;
    if (screening.outcome === undefined) return void missing.push(`screenings[${index}].outcome`);
    screened = true;
  });
  return { screened, missing };
}

/** US-ER-FEAR: a fear claim (any country: the screening asks about removal as such) in ER or reinstatement. */
const erFear: Predicate = (bundle, rule) => {
  const authority = bundle.removalOrder?.authority;
  if (authority !== 'ER235b1' && authority !== 'REINST241a5') return [];
  const claims = (bundle.fearClaims ?? [])
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => claim.raisedAt !== null);
  if (!claims.length) return [];
  const facts: Facts = {
    'removalOrder.authority': authority,
    'transfer.departureAt': bundle.transfer.departureAt,
  };
  const at = judgedAt(bundle);
  if (at === undefined) return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts)];
  const before = claims.find(({ claim }) => (ms(claim.raisedAt) ?? Infinity) <= at);
  const untimed = claims.filter(({ claim }) => claim.raisedAt === undefined);
  if (!before && !untimed.length) return [];
  const { screened, missing } = screenedBy(bundle, at);
  if (screened) return [];
  if (!before) missing.unshift(...untimed.map(({ index }) => `fearClaims[${index}].raisedAt`));
  const claimFacts = {
    ...facts,
    'fearClaim.raisedAt': before?.claim.raisedAt,
    'fearClaim.country': before?.claim.country,
    screenings: (bundle.screenings ?? [])
      .filter((screening) => FEAR_SCREENINGS.includes(screening.kind))
      .map((screening) => screening.kind),
  };
  if (missing.length) return [undecidedOf(rule, 'unknown', missing, 'violation', claimFacts)];
  return [outcomeOf(rule, 'noScreening', claimFacts)];
};

type Confinement = NonNullable<NonNullable<Bundle['person']>['confinement']>;

/**
 * The start of the unbroken confinement that runs up to an instant (periods chained back while one ends at or
 * after the start so far; no end = still held), and whether the chain reached a period whose start is unknown.
 * `since` equal to the instant means not held just before it.
 */
function confinedSince(periods: Confinement, at: number): { since: number; open: string | undefined } {
  let since = at;
  for (;;) {
    const reaching = periods
      .map((period, index) => ({ from: ms(period.from), to: ms(period.to), index }))
      .filter(({ from, to }) => (to === undefined || to >= since) && (from === undefined || from < since));
    const unknownStart = reaching.find(({ from }) => from === undefined);
    if (unknownStart) return { since, open: `person.confinement[${unknownStart.index}].from` };
    const earliest = Math.min(...reaching.map(({ from }) => from as number));
    if (!reaching.length || earliest >= since) return { since, open: undefined };
    since = earliest;
  }
}

/**
 * US-ZADVYDAS. The bundle has no field for a documented likelihood of removal, and the removal that finally took
 * place does not show removal was foreseeable during the detention: so the rule warns whenever the person was
 * held without a break for more than the threshold after the order became final (from the later of finality and
 * the start of that confinement, up to departure). Unrecorded confinement is unknown, never assumed.
 */
const zadvydas: Predicate = (bundle, rule) => {
  const finalAt = bundle.removalOrder?.finalAt;
  const final = ms(finalAt);
  if (final === undefined || !isUsRemoval(bundle)) return [];
  const limit = thresholdOf(rule, 'postOrderDetentionDays') * DAY;
  const facts: Facts = {
    'removalOrder.finalAt': finalAt,
    'transfer.departureAt': bundle.transfer.departureAt,
  };
  const at = judgedAt(bundle);
  if (at === undefined) return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'warning', facts)];
  if (at - final <= limit) return [];
  const periods = bundle.person?.confinement;
  if (periods === undefined) return [undecidedOf(rule, 'unknown', ['person.confinement'], 'warning', facts)];
  const { since, open } = confinedSince(periods, at);
  const detained = at - Math.max(since, final);
  if (detained > limit) {
    const days = Math.round((detained / DAY) * 10) / 10;
    const held = { ...facts, confinedSince: new Date(since).toISOString(), detainedAfterOrderDays: days };
    return [outcomeOf(rule, 'prolongedDetention', held)];
  }
  return open ? [undecidedOf(rule, 'unknown', [open], 'warning', facts)] : [];
};

export const REMOVAL_SAFEGUARD_PREDICATES: Record<string, Predicate> = {
  'US-241B-DESTINATION': destination241b,
  'US-ER-FEAR': erFear,
  'US-ZADVYDAS': zadvydas,
};
