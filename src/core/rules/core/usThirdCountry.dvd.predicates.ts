import type { Bundle } from '../bundle.js';
import { DAY, departure, inWindow, ms } from '../time.js';
import type { Facts, Outcome, Predicate, RuleDefinition } from '../types.js';
import {
  inDvdClass,
  isThirdCountry,
  isUsRemoval,
  outcomeOf,
  thresholdOf,
  undecidedOf,
  windowOf,
} from './helpers.js';
import {
  allOf,
  anyOf,
  asFact,
  BREACHED,
  type Check,
  earliestNotice,
  fearClaimsBefore,
  FEAR_SCREENING_KINDS,
  field,
  judgeScreenings,
  MET,
  missingOf,
  someNotice,
  unknownCheck,
} from './safeguards.js';
import { DVD_TESTS } from './usThirdCountry.dvd.rules.js';

type DvdTest = keyof typeof DVD_TESTS;
interface TestResult {
  test: DvdTest;
  check: Check;
  facts: Facts;
}
interface Removal {
  bundle: Bundle;
  rule: RuleDefinition;
  country: string;
  at: number;
}

/** Screenings the injunction's (c) and (d) speak of: a reasonable-fear standard, in or out of proceedings. */
const REASONABLE_FEAR_KINDS = ['reasonable_fear', 'third_country_fear'] as const;

function days(milliseconds: number): number {
  return Math.round((milliseconds / DAY) * 10) / 10;
}

/** Every fear claim about the country raised before departure was decided by a screening before departure. */
function fearClaimsDecided({ bundle, country, at }: Removal): Check {
  const { claims, missing } = fearClaimsBefore(bundle, country, at);
  if (!claims.length && !missing.length) return MET;
  const screenings = judgeScreenings(bundle, country, at, FEAR_SCREENING_KINDS);
  const decided = screenings
    ? anyOf(BREACHED, ...screenings.map((item) => item.check))
    : unknownCheck(['screenings']);
  if (claims.length || decided.state === 'met') return decided;
  return unknownCheck([...missing, ...missingOf(decided)]);
}

function writtenNotice({ bundle, country, at }: Removal): Check {
  return someNotice(bundle, { country, before: at, toPerson: true });
}

function troTest(removal: Removal): TestResult {
  const notice = writtenNotice(removal);
  const fear = fearClaimsDecided(removal);
  return {
    test: 'tro',
    check: allOf(notice, fear),
    facts: { writtenNoticeServed: asFact(notice), fearClaimsDecided: asFact(fear) },
  };
}

/** (a) Written notice to the person in a language they understand, and to counsel when they have counsel. */
function noticeTest({ bundle, country, at }: Removal): TestResult {
  const toPerson = someNotice(bundle, { country, before: at, toPerson: true, understood: true });
  const toCounsel = someNotice(bundle, { country, before: at, toCounsel: true });
  const hasCounsel = bundle.person?.hasCounsel;
  let counsel: Check = MET;
  if (hasCounsel === true) counsel = toCounsel;
  else if (hasCounsel === undefined && toCounsel.state !== 'met')
    counsel = unknownCheck(['person.hasCounsel', ...missingOf(toCounsel)]);
  return {
    test: 'notice',
    check: allOf(toPerson, counsel),
    facts: {
      noticeToPerson: asFact(toPerson),
      'person.languages': bundle.person?.languages,
      'person.hasCounsel': hasCounsel,
      noticeToCounsel: asFact(toCounsel),
    },
  };
}

/** (b) A meaningful opportunity: notice before departure (from the remedy order, enough days before) and claims heard. */
function opportunityTest(removal: Removal): TestResult {
  const { bundle, rule, country, at } = removal;
  const remedyOrder = inWindow(at, windowOf(rule, 'remedyOrder'));
  const earliest = earliestNotice(bundle, { country, before: at, toPerson: true });
  const gap = earliest.servedAt === undefined ? undefined : at - earliest.servedAt;
  let notice = remedyOrder ? earliest.check : writtenNotice(removal);
  if (remedyOrder && gap !== undefined)
    notice = gap >= thresholdOf(rule, 'meaningfulOpportunityDays') * DAY ? MET : BREACHED;
  const fear = fearClaimsDecided(removal);
  return {
    test: 'opportunity',
    check: allOf(notice, fear),
    facts: {
      daysBetweenNoticeAndDeparture:
        gap === undefined ? (notice.state === 'breached' ? null : undefined) : days(gap),
      remedyOrderInForce: remedyOrder,
      fearClaimsDecided: asFact(fear),
    },
  };
}

function fearFindings({ bundle, country }: Removal, outcome: 'positive' | 'negative') {
  return (bundle.screenings ?? [])
    .map((screening, index) => ({ screening, index }))
    .filter(
      ({ screening }) =>
        (REASONABLE_FEAR_KINDS as readonly string[]).includes(screening.kind) &&
        screening.country === country &&
        screening.outcome === outcome &&
        screening.decidedAt !== null,
    );
}

/** (c) After a positive reasonable-fear finding made before departure, a motion to reopen filed before departure. */
function reopenTest(removal: Removal): TestResult | undefined {
  const { bundle, at } = removal;
  // A positive outcome is itself a decision: with no time recorded, it counts as made before departure.
  const finding = fearFindings(removal, 'positive').find(
    ({ screening }) => (ms(screening.decidedAt) ?? -Infinity) < at,
  );
  if (!finding) return undefined;
  const motions = bundle.reopenMotions;
  const check = motions
    ? anyOf(
        BREACHED,
        ...motions.map((motion, index) =>
          field(
            motion.filedAt,
            `reopenMotions[${index}].filedAt`,
            (filed) => filed !== null && (ms(filed) ?? 0) < at,
          ),
        ),
      )
    : unknownCheck(['reopenMotions']);
  return {
    test: 'reopen',
    check,
    facts: {
      'screening.kind': finding.screening.kind,
      'screening.decidedAt': finding.screening.decidedAt,
      reopenMotions: motions?.length,
    },
  };
}

/** (d) After a negative finding made before departure, at least the threshold's days before removal. */
function negativeWaitTest(removal: Removal): TestResult | undefined {
  const { rule, at } = removal;
  const findings = fearFindings(removal, 'negative');
  const timed = findings
    .filter(({ screening }) => (ms(screening.decidedAt) ?? Infinity) < at)
    .sort((first, second) => (ms(second.screening.decidedAt) ?? 0) - (ms(first.screening.decidedAt) ?? 0));
  const untimed = findings
    .filter(({ screening }) => screening.decidedAt === undefined)
    .map(({ index }) => `screenings[${index}].decidedAt`);
  const latest = timed[0]?.screening;
  if (!latest && !untimed.length) return undefined;
  const gap = latest ? at - (ms(latest.decidedAt) ?? 0) : undefined;
  let check: Check = gap === undefined ? unknownCheck(untimed) : MET;
  if (gap !== undefined && gap < thresholdOf(rule, 'negativeFindingWaitDays') * DAY) check = BREACHED;
  else if (untimed.length) check = unknownCheck(untimed);
  return {
    test: 'negativeWait',
    check,
    facts: {
      'screening.decidedAt': latest?.decidedAt,
      daysAfterFinding: gap === undefined ? undefined : days(gap),
    },
  };
}

function toOutcomes(removal: Removal, result: TestResult, stayed: boolean): Outcome[] {
  const { bundle, rule } = removal;
  const facts: Facts = {
    'transfer.destination': bundle.transfer.destination,
    'transfer.departureAt': bundle.transfer.departureAt,
    ...result.facts,
  };
  if (result.check.state === 'met') return [];
  if (result.check.state === 'breached')
    return [outcomeOf(rule, stayed ? `${result.test}Stayed` : result.test, facts)];
  const label = DVD_TESTS[result.test];
  return [
    undecidedOf(
      rule,
      stayed ? 'unknownStayed' : 'unknown',
      result.check.missing,
      stayed ? 'info' : 'violation',
      facts,
      {
        testEn: label.en,
        testEs: label.es,
      },
    ),
  ];
}

/**
 * US-3C-DVD. Class C third-country removals only. The TRO window tests notice and the chance to raise a claim; the
 * injunction's four tests each give their own finding; after the Supreme Court's stay the same tests give info.
 */
export const dvd: Predicate = (bundle, rule) => {
  const at = departure(bundle);
  const country = bundle.transfer.destination;
  if (at === undefined || country === undefined) return [];
  if (isThirdCountry(bundle) !== true || !isUsRemoval(bundle) || inDvdClass(bundle) !== true) return [];
  const removal: Removal = { bundle, rule, country, at };
  if (inWindow(at, windowOf(rule, 'tro'))) return toOutcomes(removal, troTest(removal), false);
  const stayed = inWindow(at, windowOf(rule, 'supremeCourtStay'));
  if (!stayed && !inWindow(at, windowOf(rule, 'preliminaryInjunction'))) return [];
  const results = [
    noticeTest(removal),
    opportunityTest(removal),
    reopenTest(removal),
    negativeWaitTest(removal),
  ];
  return results.flatMap((result) => (result ? toOutcomes(removal, result, stayed) : []));
};
