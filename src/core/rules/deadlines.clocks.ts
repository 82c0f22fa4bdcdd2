import type { Bundle } from './bundle.js';
import type { ClockDefinition, ClockId } from './deadlines.data.js';
import { ms } from './time.js';
import type { Bilingual, Facts } from './types.js';

/**
 * The facts of one person as deadlines.ts reads them: a case bundle whose transfer may be missing, for a person
 * with no transfer yet (a notice served, an order issued). A full `Bundle` is one.
 */
export type PersonBundle = Omit<Bundle, 'transfer'> & { transfer?: Bundle['transfer'] };

/** A later fact that may close a clock early (an appeal filed, a decision made, a departure). */
export interface Closer {
  fact: string;
  at: number;
  value: string;
}

/** One start of a clock in one bundle: the anchoring instant, the facts behind it, what may close it. */
export interface Occurrence {
  startsAt: number;
  facts: Facts;
  closers: Closer[];
  notes: Bilingual[];
}

type Finder = (bundle: PersonBundle, clock: ClockDefinition) => Occurrence[];
type Notice = NonNullable<Bundle['notices']>[number];
type Screening = NonNullable<Bundle['screenings']>[number];

const UNKNOWN_AUTHORITY: Bilingual = {
  en: 'The authority of the removal order is not recorded; this period may not apply to it.',
  es: 'No consta la base legal de la orden de expulsión; puede que este plazo no se le aplique.',
};

/** An occurrence anchored on `value`, or none when the anchoring fact is absent (the clock is then not listed). */
function occurrence(path: string, value: string | null | undefined, facts: Facts = {}): Occurrence[] {
  const startsAt = ms(value);
  if (startsAt === undefined || Number.isNaN(startsAt)) return [];
  return [{ startsAt, facts: { [path]: value, ...facts }, closers: [], notes: [] }];
}

/** The fact as a closer, or none when it is absent. */
function closer(fact: string, value: string | null | undefined): Closer[] {
  const at = ms(value);
  return value && at !== undefined ? [{ fact, at, value }] : [];
}

function withCloser(found: Occurrence[], closers: Closer[], facts: Facts = {}): Occurrence[] {
  return found.map((item) => ({
    ...item,
    facts: { ...item.facts, ...facts },
    closers: [...item.closers, ...closers],
  }));
}

/** Closers from a list of the bundle: each item's `field` instant, where `counts` says the item closes the clock. */
function closersFrom<T>(
  array: string,
  items: readonly T[] | undefined,
  field: keyof T & string,
  counts: (item: T) => boolean = () => true,
): Closer[] {
  return (items ?? []).flatMap((item, index) => {
    const value = item[field];
    return typeof value === 'string' && counts(item) ? closer(`${array}[${index}].${field}`, value) : [];
  });
}

/** A clock anchored on the removal order, for the authorities the clock names (unrecorded: listed with a note). */
function orderClock(field: 'issuedAt' | 'finalAt'): Finder {
  return (bundle, clock) => {
    const order = bundle.removalOrder;
    if (!order) return [];
    const authority = order.authority;
    if (authority && clock.orderAuthorities && !clock.orderAuthorities.includes(authority)) return [];
    const found = occurrence(`removalOrder.${field}`, order[field], { 'removalOrder.authority': authority });
    return authority ? found : found.map((item) => ({ ...item, notes: [UNKNOWN_AUTHORITY] }));
  };
}

/** A clock anchored on each notice of a kind; `applies` may add facts or, with undefined, rule the notice out. */
function noticeClock(
  kind: NonNullable<Notice['kind']>,
  applies: (bundle: PersonBundle, notice: Notice, clock: ClockDefinition) => Facts | undefined = () => ({}),
): Finder {
  return (bundle, clock) =>
    (bundle.notices ?? []).flatMap((notice, index) => {
      const extra = notice.kind === kind ? applies(bundle, notice, clock) : undefined;
      if (!extra) return [];
      const facts = {
        [`notices[${index}].kind`]: kind,
        [`notices[${index}].namesCountry`]: notice.namesCountry,
      };
      return occurrence(`notices[${index}].servedAt`, notice.servedAt, { ...facts, ...extra });
    });
}

/** A clock anchored on each screening that `selects`, at its `field` instant. */
function screeningClock(
  field: 'referredAt' | 'decidedAt',
  selects: (screening: Screening) => boolean,
  closers: (bundle: PersonBundle, screening: Screening, index: number) => Closer[],
): Finder {
  return (bundle) =>
    (bundle.screenings ?? []).flatMap((screening, index) => {
      if (!selects(screening)) return [];
      const facts = {
        [`screenings[${index}].kind`]: screening.kind,
        [`screenings[${index}].outcome`]: screening.outcome,
      };
      const found = occurrence(`screenings[${index}].${field}`, screening[field], facts);
      return withCloser(found, closers(bundle, screening, index));
    });
}

/** Under the ICE memo a credible assurance for the named country dispenses with notice, so its clocks do not run. */
function withoutCredibleAssurance(bundle: PersonBundle, notice: Notice): Facts | undefined {
  const served = ms(notice.servedAt);
  const credible = (bundle.assurances ?? []).some((assurance) => {
    const deemed = ms(assurance.deemedCredibleAt);
    return assurance.country === notice.namesCountry && deemed !== undefined && (served ?? 0) >= deemed;
  });
  return credible ? undefined : {};
}

/** Whether a confinement entry covers an instant; an unrecorded start or end is read as open-ended. */
function confinedAt(entry: { from?: string | null; to?: string | null }, at: number): boolean {
  const from = ms(entry.from);
  const to = ms(entry.to);
  return (from === undefined || from <= at) && (to === undefined || to > at);
}

function confinedInDistricts(
  bundle: PersonBundle,
  notice: Notice,
  clock: ClockDefinition,
): Facts | undefined {
  const served = ms(notice.servedAt);
  const index = (bundle.person?.confinement ?? []).findIndex(
    (entry) => served !== undefined && clock.districts?.includes(entry.district) && confinedAt(entry, served),
  );
  const entry = bundle.person?.confinement?.[index];
  return entry ? { [`person.confinement[${index}].district`]: entry.district } : undefined;
}

/**
 * Post-order detention: confinement entries not ended by the final order. Released (every entry ended) closes
 * the clock at the last end; no such entry (or no confinement recorded) means the clock does not run.
 */
function detainedAfterOrder(bundle: PersonBundle, found: Occurrence[]): Occurrence[] {
  return found.flatMap((item) => {
    const entries = (bundle.person?.confinement ?? [])
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => (ms(entry.to) ?? Infinity) > item.startsAt);
    if (entries.length === 0) return [];
    const facts = Object.fromEntries(
      entries.map(({ entry, index }) => [`person.confinement[${index}].district`, entry.district]),
    );
    const ends = entries.flatMap(({ entry, index }) => closer(`person.confinement[${index}].to`, entry.to));
    const released = ends.length === entries.length;
    const latest = released ? ends.sort((a, b) => b.at - a.at).slice(0, 1) : [];
    return withCloser([item], latest, facts);
  });
}

function arrival(bundle: PersonBundle, clock: ClockDefinition): Occurrence[] {
  const transfer = bundle.transfer;
  if (!transfer || transfer.destination !== clock.destination) return [];
  const found = transfer.custodyTransferAt
    ? occurrence('transfer.custodyTransferAt', transfer.custodyTransferAt)
    : occurrence('transfer.departureAt', transfer.departureAt);
  const decision = closer('transfer.statusDecisionAt', transfer.statusDecisionAt);
  return withCloser(found, decision, { 'transfer.destination': transfer.destination });
}

const isBiaAppeal = (appeal: { forum?: string | undefined }) =>
  /\bBIA\b|Board of Immigration Appeals/i.test(appeal.forum ?? '');
const byPerson = (motion: { by?: string | undefined }) => motion.by === 'person';

/**
 * How each clock finds its starts in one bundle. A clock is closed only by a fact known to close it: an appeal
 * whose forum is not recorded as the BIA, or a motion not recorded as the person's, leaves the clock open, since a
 * live deadline wrongly hidden costs more than a closed one wrongly shown.
 */
export const FINDERS: Record<ClockId, Finder> = {
  'bia-appeal': (bundle, clock) =>
    bundle.removalOrder?.appealWaived === true
      ? []
      : withCloser(
          orderClock('issuedAt')(bundle, clock),
          closersFrom('appeals', bundle.appeals, 'filedAt', isBiaAppeal),
          {
            'removalOrder.appealWaived': bundle.removalOrder?.appealWaived,
          },
        ),
  'petition-for-review': (bundle, clock) =>
    withCloser(
      orderClock('finalAt')(bundle, clock),
      closersFrom('petitionsForReview', bundle.petitionsForReview, 'filedAt'),
    ),
  'motion-to-reopen': (bundle, clock) =>
    withCloser(
      orderClock('finalAt')(bundle, clock),
      closersFrom('reopenMotions', bundle.reopenMotions, 'filedAt', byPerson),
    ),
  'dvd-meaningful-opportunity': noticeClock('third_country'),
  'dvd-negative-fear-finding': screeningClock(
    'decidedAt',
    (screening) =>
      ['reasonable_fear', 'third_country_fear'].includes(screening.kind) && screening.outcome === 'negative',
    (bundle) => closersFrom('reopenMotions', bundle.reopenMotions, 'filedAt', byPerson),
  ),
  'ice-third-country-notice-24h': noticeClock('third_country', withoutCredibleAssurance),
  'ice-third-country-notice-6h': noticeClock('third_country', (bundle, notice) =>
    bundle.transfer?.exigent === false ? undefined : withoutCredibleAssurance(bundle, notice),
  ),
  'aea-notice': noticeClock('aea'),
  'aea-notice-21-days': noticeClock('aea', confinedInDistricts),
  zadvydas: (bundle, clock) => detainedAfterOrder(bundle, orderClock('finalAt')(bundle, clock)),
  'costa-rica-status-decision': arrival,
  'ice-fear-screening-decision': screeningClock(
    'referredAt',
    (screening) => screening.kind === 'third_country_fear',
    (_bundle, screening, index) => closer(`screenings[${index}].decidedAt`, screening.decidedAt),
  ),
};
