import type { Bundle } from '../bundle.js';
import { ms } from '../time.js';

/**
 * A safeguard judged three ways (RULES.md, "Triggers and safeguards"): met, breached (recorded as missing), or
 * unknown, with the bundle paths whose absence kept it from being decided. Unknown never counts as met.
 */
export type Check = { state: 'met' } | { state: 'breached' } | { state: 'unknown'; missing: string[] };

export const MET: Check = { state: 'met' };
export const BREACHED: Check = { state: 'breached' };

export function unknownCheck(missing: string[]): Check {
  return { state: 'unknown', missing: [...new Set(missing)] };
}

/** The paths an unknown check misses; none for a decided one. */
export function missingOf(check: Check): string[] {
  return check.state === 'unknown' ? check.missing : [];
}

/** Every check must hold: breached if one is, else unknown if one is (their missing paths joined), else met. */
export function allOf(...checks: Check[]): Check {
  if (checks.some((check) => check.state === 'breached')) return BREACHED;
  const missing = checks.flatMap(missingOf);
  return checks.some((check) => check.state === 'unknown') ? unknownCheck(missing) : MET;
}

/** One check suffices: met if one is, else unknown if one is, else breached. */
export function anyOf(...checks: Check[]): Check {
  if (checks.some((check) => check.state === 'met')) return MET;
  const missing = checks.flatMap(missingOf);
  return checks.some((check) => check.state === 'unknown') ? unknownCheck(missing) : BREACHED;
}

/** One required field: absent → unknown (its path), otherwise whether its value is acceptable. */
export function field<T>(value: T | undefined, path: string, acceptable: (value: T) => boolean): Check {
  if (value === undefined) return unknownCheck([path]);
  return acceptable(value) ? MET : BREACHED;
}

/** A boolean safeguard: `true` met; `false` or `null` breached; absent unknown. */
export function flagCheck(value: boolean | null | undefined, path: string): Check {
  return field(value, path, (known) => known === true);
}

/** Whether a language tag is among the person's (compared case-insensitively on the primary subtag: es ~ es-VE). */
export function understands(languages: readonly string[], language: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return languages.some((known) => primary(known) === primary(language));
}

export type Notice = NonNullable<Bundle['notices']>[number];

/** What a notice must be to count for a test; every notice must name `country` and be served before `before`. */
export interface NoticeRequirements {
  country: string;
  before: number;
  toPerson?: boolean;
  toCounsel?: boolean;
  /** In a language of `person.languages`. */
  understood?: boolean;
  kind?: NonNullable<Notice['kind']>;
}

export interface JudgedNotice {
  notice: Notice;
  servedAt: number | undefined;
  check: Check;
}

/** Every recorded notice judged against the requirements; undefined when the bundle records no notices at all. */
export function judgeNotices(bundle: Bundle, required: NoticeRequirements): JudgedNotice[] | undefined {
  const languages = bundle.person?.languages;
  return bundle.notices?.map((notice, index) => {
    const path = `notices[${index}]`;
    const servedAt = ms(notice.servedAt);
    const checks = [
      field(notice.namesCountry, `${path}.namesCountry`, (country) => country === required.country),
      field(notice.servedAt, `${path}.servedAt`, () => servedAt !== undefined && servedAt < required.before),
    ];
    if (required.toPerson) checks.push(flagCheck(notice.toPerson, `${path}.toPerson`));
    if (required.toCounsel) checks.push(flagCheck(notice.toCounsel, `${path}.toCounsel`));
    if (required.kind) checks.push(field(notice.kind, `${path}.kind`, (kind) => kind === required.kind));
    if (required.understood) {
      checks.push(
        field(notice.language, `${path}.language`, (language) => language !== null),
        field(languages, 'person.languages', (known) =>
          notice.language ? understands(known, notice.language) : true,
        ),
      );
    }
    return { notice, servedAt, check: allOf(...checks) };
  });
}

/** Whether some notice meets the requirements (none recorded → unknown: `notices`). */
export function someNotice(bundle: Bundle, required: NoticeRequirements): Check {
  const judged = judgeNotices(bundle, required);
  if (!judged) return unknownCheck(['notices']);
  return anyOf(BREACHED, ...judged.map((item) => item.check));
}

/**
 * The earliest notice meeting the requirements, for tests that measure time from notice to departure. Undecided
 * while a notice not known to qualify could be earlier than the earliest one that does.
 */
export function earliestNotice(
  bundle: Bundle,
  required: NoticeRequirements,
): { check: Check; notice?: Notice; servedAt?: number } {
  const judged = judgeNotices(bundle, required);
  if (!judged) return { check: unknownCheck(['notices']) };
  const qualifying = judged
    .filter((item) => item.check.state === 'met')
    .sort((first, second) => (first.servedAt ?? 0) - (second.servedAt ?? 0));
  const earliest = qualifying[0];
  const undecided = judged.filter(
    (item) =>
      item.check.state === 'unknown' &&
      (earliest === undefined || item.servedAt === undefined || item.servedAt < (earliest.servedAt ?? 0)),
  );
  if (undecided.length) return { check: unknownCheck(undecided.flatMap((item) => missingOf(item.check))) };
  if (!earliest) return { check: BREACHED };
  return {
    check: MET,
    notice: earliest.notice,
    ...(earliest.servedAt === undefined ? {} : { servedAt: earliest.servedAt }),
  };
}

export type FearClaim = NonNullable<Bundle['fearClaims']>[number];

/**
 * Fear claims about a country raised before an instant (the trigger), and the paths of claims about it whose time
 * is not recorded (a claim with no time could have been raised before departure).
 */
export function fearClaimsBefore(bundle: Bundle, country: string, before: number) {
  const about = (bundle.fearClaims ?? [])
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => claim.country === country && claim.raisedAt !== null);
  return {
    claims: about.filter(({ claim }) => (ms(claim.raisedAt) ?? Infinity) < before).map(({ claim }) => claim),
    missing: about
      .filter(({ claim }) => claim.raisedAt === undefined)
      .map(({ index }) => `fearClaims[${index}].raisedAt`),
  };
}

export type Screening = NonNullable<Bundle['screenings']>[number];
export type ScreeningKind = Screening['kind'];

/** Every screening of the given kinds judged on: about `country`, decided with a result before `before`. */
export function judgeScreenings(
  bundle: Bundle,
  country: string,
  before: number,
  kinds: readonly ScreeningKind[],
): Array<{ screening: Screening; check: Check }> | undefined {
  return bundle.screenings
    ?.map((screening, index) => ({ screening, index }))
    .filter(({ screening }) => kinds.includes(screening.kind))
    .map(({ screening, index }) => {
      const path = `screenings[${index}]`;
      const decided = ms(screening.decidedAt);
      const check = allOf(
        field(screening.country, `${path}.country`, (about) => about === country),
        field(screening.decidedAt, `${path}.decidedAt`, () => decided !== undefined && decided < before),
        field(screening.outcome, `${path}.outcome`, (outcome) => outcome !== null),
      );
      return { screening, check };
    });
}

/** Every kind of fear screening: any of them decides a fear claim. */
export const FEAR_SCREENING_KINDS: readonly ScreeningKind[] = [
  'credible_fear',
  'reasonable_fear',
  'third_country_fear',
];

/** How a check reads among a finding's facts: `true` met, `false` breached, absent (unknown) otherwise. */
export function asFact(check: Check): boolean | undefined {
  return check.state === 'unknown' ? undefined : check.state === 'met';
}
