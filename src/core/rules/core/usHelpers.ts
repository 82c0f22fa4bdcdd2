import type { Bundle } from '../bundle.js';
import { ms, msEnd } from '../time.js';
import type { RuleDefinition, RuleWindow } from '../types.js';

/**
 * Facts shared by the US removal and Alien Enemies Act rules of pack `core`: who is an AEA designee, which court
 * orders have their own rule, where a person was held, how old they were.
 */

export type CourtOrder = NonNullable<Bundle['courtOrders']>[number];

/** An AEA designee: designated under the Alien Enemies Act, or removed under it. */
export function isAeaDesignee(bundle: Bundle): boolean {
  return Boolean(bundle.person?.aeaDesignatedAt) || bundle.transfer.authority === 'AEA';
}

/**
 * Court orders the catalogue gives a rule of their own (RULES.md, "Specific before generic"), recognised by their
 * id or case name however it is punctuated.
 */
const ORDERS_WITH_OWN_RULE = {
  jgg: /j\.?\s?g\.?\s?g/i,
  aarp: /a\.?\s?a\.?\s?r\.?\s?p/i,
  dvd: /d\.?\s?v\.?\s?d/i,
} as const;

export type OrderWithOwnRule = keyof typeof ORDERS_WITH_OWN_RULE;

/** Whether an order's id or case identifies one of the orders with a rule of its own. */
export function identifies(order: CourtOrder, which: OrderWithOwnRule): boolean {
  const pattern = ORDERS_WITH_OWN_RULE[which];
  return pattern.test(order.id ?? '') || pattern.test(order.case ?? '');
}

/** Whether a specific rule (US-AEA-JGG-TRO, US-AEA-AARP-INJ, US-3C-DVD) covers the order. */
export function hasOwnRule(order: CourtOrder): boolean {
  return (Object.keys(ORDERS_WITH_OWN_RULE) as OrderWithOwnRule[]).some((which) => identifies(order, which));
}

/**
 * The bundle paths whose absence keeps `inDvdClass` (helpers.ts) from deciding; it reads the same facts.
 * `countriesIdentifiedInWriting` is optional in bundle v1 and never missing.
 */
export function dvdClassMissingFacts(bundle: Bundle): string[] {
  const order = bundle.removalOrder;
  if (order === undefined) return ['removalOrder'];
  if (order === null) return [];
  const missing: Array<[unknown, string]> = [
    [order.authority, 'removalOrder.authority'],
    [order.finalAt, 'removalOrder.finalAt'],
    [order.countriesNamed, 'removalOrder.countriesNamed'],
    [bundle.transfer.departureAt, 'transfer.departureAt'],
    [bundle.transfer.destination, 'transfer.destination'],
  ];
  return missing.filter(([value]) => value === undefined).map(([, path]) => path);
}

/** Districts compared as the Bluebook writes them, forgiving spacing and case (`N.D. Tex.` ~ `N.D.Tex.`). */
export function sameDistrict(first: string, second: string): boolean {
  const plain = (district: string) => district.replace(/\s+/g, '').toLowerCase();
  return plain(first) === plain(second);
}

export type DistrictsAt = { known: true; districts: string[] } | { known: false; missingFacts: string[] };

/**
 * The federal districts a person was held in at an instant, from `person.confinement`: a period holds the instant
 * when from ≤ instant and (no end, or end > instant). Unknown when confinement is not recorded, when a period
 * whose start is unknown could hold it, or when recorded periods leave the instant uncovered (the place is then
 * simply not known); `[]` (known: held in no district) only for an empty list.
 */
export function districtsAt(bundle: Bundle, at: number): DistrictsAt {
  const periods = bundle.person?.confinement;
  if (periods === undefined) return { known: false, missingFacts: ['person.confinement'] };
  if (periods.length === 0) return { known: true, districts: [] };
  const open = (to: string | null | undefined) => {
    const end = ms(to);
    return end === undefined || end > at;
  };
  const holding = periods.filter((period) => {
    const from = ms(period.from);
    return from !== undefined && from <= at && open(period.to);
  });
  if (holding.length)
    return { known: true, districts: [...new Set(holding.map((period) => period.district))] };
  const uncertain = periods
    .map((period, index) => ({ period, index }))
    .filter(({ period }) => ms(period.from) === undefined && open(period.to))
    .map(({ index }) => `person.confinement[${index}].from`);
  return { known: false, missingFacts: uncertain.length ? uncertain : ['person.confinement'] };
}

/**
 * Whether a person was under `years` of age at an instant, from a birth date as precise as known (YYYY, YYYY-MM,
 * YYYY-MM-DD or an instant). A birthday is reached at 00:00 UTC of the day; a 29 February birthday falls on
 * 1 March in common years. Undefined while the imprecision of the date straddles the birthday.
 */
export function underAge(birthDate: string, at: number, years: number): boolean | undefined {
  const earliest = ms(birthDate);
  const latest = msEnd(birthDate);
  if (earliest === undefined || latest === undefined) return undefined;
  const birthday = (born: number) => {
    const day = new Date(born);
    return Date.UTC(day.getUTCFullYear() + years, day.getUTCMonth(), day.getUTCDate());
  };
  if (at < birthday(earliest)) return true;
  if (at >= birthday(latest)) return false;
  return undefined;
}

/** Whether an instant lies in [from, to): an absent start never holds, an absent end is open. */
export function within(at: number, from: number | undefined, to: number | undefined): boolean {
  return from !== undefined && from <= at && (to === undefined || at < to);
}

/** The prefix of the windows that name a district (see usAeaNotice.rules.ts). */
const DISTRICT_WINDOW = 'district:';

/** A rule's district windows, as [district, window] pairs in the order the data lists them. */
export function districtWindows(rule: RuleDefinition): Array<[string, RuleWindow]> {
  return Object.entries(rule.windows)
    .filter(([name]) => name.startsWith(DISTRICT_WINDOW))
    .map(([name, window]) => [name.slice(DISTRICT_WINDOW.length), window]);
}
