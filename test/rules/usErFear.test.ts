import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-ER-FEAR';
const departure = '2025-08-01T16:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;
type Screening = NonNullable<Changes['screenings']>[number];

/** A person in expedited removal who expressed fear the day before departure, with the given screenings. */
function feared(screenings: Screening[] = [], changes: Changes = {}) {
  return bundle({
    removalOrder: { authority: 'ER235b1', issuedAt: '2025-07-30T00:00:00Z', finalAt: '2025-07-30T00:00:00Z' },
    fearClaims: [{ raisedAt: '2025-07-31T10:00:00Z', country: 'VEN' }],
    screenings,
    ...changes,
  });
}

const credibleFear = (decidedAt: string | null, outcome: Screening['outcome'] = 'negative'): Screening => ({
  kind: 'credible_fear',
  referredAt: '2025-07-31T11:00:00Z',
  decidedAt,
  outcome,
});

describe(RULE, () => {
  it('is a violation to remove without a fear decision', () => {
    const findings = findingsOf(RULE, feared());
    expect(findings).toMatchObject([
      { severity: 'violation', outcome: 'noScreening', authorityStatus: 'binding' },
    ]);
    expect(findings[0]?.citations).toEqual(['8 U.S.C. §1225(b)(1)(A)(ii)', '8 CFR 208.30–208.31']);
    expectWellFormed(findings);
    expect(outcomesOf(RULE, feared([credibleFear(null, null)]))).toEqual(['violation:noScreening']);
    const thirdCountry = { ...credibleFear('2025-07-31T20:00:00Z'), kind: 'third_country_fear' as const };
    expect(outcomesOf(RULE, feared([thirdCountry]))).toEqual(['violation:noScreening']);
  });

  it('is met by a decision reached by departure (inclusive)', () => {
    expect(outcomesOf(RULE, feared([credibleFear(shift(departure, -1))]))).toEqual([]);
    expect(outcomesOf(RULE, feared([credibleFear(departure, 'positive')]))).toEqual([]);
    expect(outcomesOf(RULE, feared([credibleFear(shift(departure, 1))]))).toEqual(['violation:noScreening']);
  });

  it('covers reinstatement with reasonable-fear screening, and nothing else', () => {
    const reinstated = { removalOrder: { authority: 'REINST241a5' as const } };
    expect(outcomesOf(RULE, feared([], reinstated))).toEqual(['violation:noScreening']);
    const screened = { ...credibleFear('2025-07-31T20:00:00Z'), kind: 'reasonable_fear' as const };
    expect(outcomesOf(RULE, feared([screened], reinstated))).toEqual([]);
    expect(outcomesOf(RULE, feared([], { removalOrder: { authority: 'INA240' } }))).toEqual([]);
    expect(outcomesOf(RULE, feared([], { removalOrder: undefined }))).toEqual([]);
  });

  it('is triggered only by a fear claim raised by departure', () => {
    const raised = (raisedAt: string | null) => feared([], { fearClaims: [{ raisedAt, country: 'VEN' }] });
    expect(outcomesOf(RULE, raised(shift(departure, -1)))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, raised(departure))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, raised(shift(departure, 1)))).toEqual([]);
    expect(outcomesOf(RULE, raised(null))).toEqual([]);
    expect(outcomesOf(RULE, feared([], { fearClaims: [] }))).toEqual([]);
  });

  it('gives info with the missing facts', () => {
    const untimed = feared([], { fearClaims: [{ country: 'VEN' }] });
    expect(findingsOf(RULE, untimed)).toMatchObject([
      { severity: 'info', missingFacts: ['fearClaims[0].raisedAt'], potentialSeverity: 'violation' },
    ]);
    const undecidedScreening = feared([{ kind: 'credible_fear', outcome: 'negative' }]);
    expect(findingsOf(RULE, undecidedScreening)[0]?.missingFacts).toEqual(['screenings[0].decidedAt']);
    const noOutcome = feared([{ kind: 'credible_fear', decidedAt: '2025-07-31T20:00:00Z' }]);
    expect(findingsOf(RULE, noOutcome)[0]?.missingFacts).toEqual(['screenings[0].outcome']);
    const noDeparture = feared([], { transfer: { departureAt: undefined } });
    expect(findingsOf(RULE, noDeparture)[0]?.missingFacts).toEqual(['transfer.departureAt']);
    expectWellFormed(findingsOf(RULE, untimed));
  });
});
