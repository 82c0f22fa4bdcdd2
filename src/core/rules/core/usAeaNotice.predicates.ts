import type { Bundle } from '../bundle.js';
import { DAY, HOUR, inWindow, ms } from '../time.js';
import type { Facts, Outcome, Predicate, RuleDefinition } from '../types.js';
import { judgedAt, outcomeOf, thresholdOf, undecidedOf } from './helpers.js';
import { districtsAt, districtWindows, sameDistrict } from './usHelpers.js';

type Notice = NonNullable<Bundle['notices']>[number];
type Served = { notice: Notice; index: number; servedAt: number };

/**
 * The notices that count for an AEA removal, served by departure: the AEA notices (served on the designee by
 * their nature, unless recorded as not given to the person) or, when there are none, any notice recorded as given
 * to the person. Undecidable (the paths) while a notice that could count has no time, or a notice of another kind
 * is not known to have reached the person; null when no notice counts.
 */
function noticesServed(bundle: Bundle, at: number): Served[] | null | { missing: string[] } {
  const notices = bundle.notices;
  if (notices === undefined) return { missing: ['notices'] };
  const indexed = notices.map((notice, index) => ({ notice, index, servedAt: ms(notice.servedAt) }));
  const reachedPerson = (notice: Notice) =>
    notice.kind === 'aea' ? notice.toPerson !== false && notice.toPerson !== null : notice.toPerson === true;
  const aea = indexed.filter(({ notice }) => notice.kind === 'aea' && reachedPerson(notice));
  const others = indexed.filter(({ notice }) => notice.kind !== 'aea' && reachedPerson(notice));
  for (const pool of [aea, others]) {
    const served = pool.filter((item): item is Served => item.servedAt !== undefined && item.servedAt <= at);
    if (served.length) return served.sort((first, second) => first.servedAt - second.servedAt);
  }
  const missing = indexed.flatMap(({ notice, index, servedAt }) => {
    if (notice.servedAt === null || (servedAt !== undefined && servedAt > at)) return [];
    if (notice.kind !== 'aea' && notice.toPerson === undefined) return [`notices[${index}].toPerson`];
    return notice.servedAt === undefined && reachedPerson(notice) ? [`notices[${index}].servedAt`] : [];
  });
  return missing.length ? { missing } : null;
}

/** Whether any counted notice explained how to challenge: true if one did, unknown if one does not say. */
function explainsHowToChallenge(served: Served[]): { value: boolean | undefined; missing: string[] } {
  if (served.some(({ notice }) => notice.explainsHowToChallenge === true))
    return { value: true, missing: [] };
  const unsaid = served.filter(({ notice }) => notice.explainsHowToChallenge === undefined);
  return unsaid.length
    ? { value: undefined, missing: unsaid.map(({ index }) => `notices[${index}].explainsHowToChallenge`) }
    : { value: false, missing: [] };
}

/** Between the minimum and the district period: a violation where a district window applies, else a warning. */
function districtOutcomes(bundle: Bundle, rule: RuleDefinition, at: number, facts: Facts): Outcome[] {
  const listed = districtWindows(rule)
    .filter(([, window]) => inWindow(at, window))
    .map(([district]) => district);
  const held = districtsAt(bundle, at);
  if (!held.known)
    return [
      outcomeOf(rule, 'shortNotice', { ...facts, heldIn: undefined }, noticeWords(rule)),
      undecidedOf(rule, 'districtUnknown', held.missingFacts, 'violation', facts, noticeWords(rule)),
    ];
  const strict = held.districts.filter((district) => listed.some((name) => sameDistrict(name, district)));
  return strict.length
    ? [outcomeOf(rule, 'underDistrictNotice', { ...facts, heldIn: strict }, noticeWords(rule))]
    : [outcomeOf(rule, 'shortNotice', { ...facts, heldIn: held.districts }, noticeWords(rule))];
}

function noticeWords(rule: RuleDefinition) {
  return {
    noticeDistricts: districtWindows(rule)
      .map(([district]) => district)
      .join(', '),
  };
}

/**
 * US-AEA-NOTICE, for every AEA removal: Δ = departure − service of the earliest notice that counts. Under the
 * minimum is a violation (and makes the district period moot); between the minimum and the district period, the
 * district decides; how to challenge is judged apart, on every counted notice.
 */
const aeaNotice: Predicate = (bundle, rule) => {
  if (bundle.transfer.authority !== 'AEA') return [];
  const words = noticeWords(rule);
  const facts: Facts = { 'transfer.departureAt': bundle.transfer.departureAt };
  const at = judgedAt(bundle);
  if (at === undefined)
    return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts, words)];
  const served = noticesServed(bundle, at);
  if (served === null) return [outcomeOf(rule, 'noNotice', facts, words)];
  if (!Array.isArray(served))
    return [undecidedOf(rule, 'unknown', served.missing, 'violation', facts, words)];
  const [earliest] = served as [Served, ...Served[]];
  const explains = explainsHowToChallenge(served);
  const delta = at - earliest.servedAt;
  const noticeFacts: Facts = {
    ...facts,
    'notice.kind': earliest.notice.kind,
    'notice.servedAt': earliest.notice.servedAt,
    'notice.explainsHowToChallenge': explains.value,
    // Rounded down, so that a notice a second short of a threshold never reads as reaching it.
    noticeHours: Math.floor((delta / HOUR) * 10) / 10,
  };
  const outcomes: Outcome[] = [];
  if (delta < thresholdOf(rule, 'minimumNoticeHours') * HOUR)
    outcomes.push(outcomeOf(rule, 'underMinimumNotice', noticeFacts, words));
  else if (delta < thresholdOf(rule, 'districtNoticeDays') * DAY)
    outcomes.push(...districtOutcomes(bundle, rule, at, noticeFacts));
  if (explains.value === false) outcomes.push(outcomeOf(rule, 'noHowToChallenge', noticeFacts, words));
  if (explains.value === undefined)
    outcomes.push(
      undecidedOf(rule, 'howToChallengeUnknown', explains.missing, 'violation', noticeFacts, words),
    );
  return outcomes;
};

/**
 * US-AEA-AARP-INJ: an AEA removal, from the order's window, of a person held in an enjoined district at
 * departure. Before the window nothing is asked of the confinement.
 */
const aarpInjunction: Predicate = (bundle, rule) => {
  if (bundle.transfer.authority !== 'AEA') return [];
  const enjoined = districtWindows(rule);
  const starts = enjoined.flatMap(([, window]) => (window.from ? [window.from] : [])).sort();
  const words = {
    orderFrom: starts[0] ?? '',
    enjoinedDistricts: enjoined.map(([district]) => district).join(', '),
  };
  const facts: Facts = { 'transfer.departureAt': bundle.transfer.departureAt };
  const at = judgedAt(bundle);
  if (at === undefined)
    return [undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts, words)];
  const active = enjoined.filter(([, window]) => inWindow(at, window)).map(([district]) => district);
  if (!active.length) return [];
  const held = districtsAt(bundle, at);
  if (!held.known) return [undecidedOf(rule, 'unknown', held.missingFacts, 'violation', facts, words)];
  const inEnjoined = held.districts.filter((district) => active.some((name) => sameDistrict(name, district)));
  return inEnjoined.length
    ? [outcomeOf(rule, 'heldInEnjoinedDistrict', { ...facts, heldIn: inEnjoined }, words)]
    : [];
};

export const AEA_NOTICE_PREDICATES: Record<string, Predicate> = {
  'US-AEA-NOTICE': aeaNotice,
  'US-AEA-AARP-INJ': aarpInjunction,
};
