import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-3C-ICE-FEAR';
const HOUR = 3600;
const MEMO = '2025-07-09T00:00:00Z';
const departure = '2025-08-01T16:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;
type Screening = {
  kind: 'credible_fear' | 'reasonable_fear' | 'third_country_fear';
  referredAt?: string | null;
  decidedAt?: string | null;
  outcome?: 'positive' | 'negative' | null;
  country?: string | null;
};

/** A Venezuelan who feared South Sudan 6 h before removal there; screened in 3 h, negative, unless changed. */
function feared(screening: Partial<Screening> = {}, changes: Changes = {}, at = departure) {
  return bundle({
    fearClaims: [{ raisedAt: shift(at, -6 * HOUR), country: 'SSD' }],
    screenings: [
      {
        kind: 'third_country_fear',
        referredAt: shift(at, -5 * HOUR),
        decidedAt: shift(at, -2 * HOUR),
        outcome: 'negative',
        country: 'SSD',
        ...screening,
      },
    ],
    ...changes,
    transfer: { destination: 'SSD', departureAt: at, ...changes.transfer },
  });
}

describe(RULE, () => {
  it('says nothing when the fear was screened in time and found not more likely than not', () => {
    expect(outcomesOf(RULE, feared())).toEqual([]);
  });

  it('is a violation to remove with no screening result before departure', () => {
    expect(outcomesOf(RULE, feared({}, { screenings: [] }))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, feared({ decidedAt: null, outcome: null }))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, feared({ decidedAt: departure }))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, feared({ decidedAt: shift(departure, -1) }))).toEqual([]);
    expect(outcomesOf(RULE, feared({ country: 'VEN' }))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, feared({ kind: 'reasonable_fear' }))).toEqual([]);
    const [finding] = findingsOf(RULE, feared({}, { screenings: [] }));
    expect(finding).toMatchObject({ authorityStatus: 'agency_policy' });
    expectWellFormed([finding!]);
  });

  it('is a violation to remove someone a screening found more likely than not to be harmed there', () => {
    const findings = findingsOf(RULE, feared({ outcome: 'positive' }));
    expect(findings.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'violation:removedDespitePositive',
    ]);
    expect(findings[0]?.authorityStatus).toBe('binding');
    expect(findings[0]?.citations).toContain('FARRA §2242(a)');
    expectWellFormed(findings);
  });

  it('notes a screening decided more than the threshold in hours after referral', () => {
    const took = (seconds: number) => feared({ referredAt: shift(departure, -2 * HOUR - seconds) });
    expect(outcomesOf(RULE, took(24 * HOUR - 1))).toEqual([]);
    expect(outcomesOf(RULE, took(24 * HOUR))).toEqual([]);
    expect(outcomesOf(RULE, took(24 * HOUR + 1))).toEqual(['info:lateScreening']);
    const both = feared({ referredAt: shift(departure, -50 * HOUR), outcome: 'positive' });
    expect(outcomesOf(RULE, both)).toEqual(['violation:removedDespitePositive', 'info:lateScreening']);
    expect(findingsOf(RULE, both)[1]?.facts.hoursFromReferral).toBe(48);
    expectWellFormed(findingsOf(RULE, both));
  });

  it('is triggered only by a fear of the destination raised before departure', () => {
    const claim = (raisedAt: string, country = 'SSD') =>
      feared({}, { fearClaims: [{ raisedAt, country }], screenings: [] });
    expect(outcomesOf(RULE, claim(shift(departure, -1)))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, claim(departure))).toEqual([]);
    expect(outcomesOf(RULE, claim(shift(departure, -HOUR), 'VEN'))).toEqual([]);
    expect(outcomesOf(RULE, feared({}, { fearClaims: [], screenings: [] }))).toEqual([]);
    expect(outcomesOf(RULE, feared({}, { fearClaims: undefined, screenings: [] }))).toEqual([]);
  });

  it('applies from the ICE memorandum on, to third countries only', () => {
    const at = (instant: string) => feared({}, { screenings: [] }, instant);
    expect(outcomesOf(RULE, at(shift(MEMO, -1)))).toEqual([]);
    expect(outcomesOf(RULE, at(MEMO))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, at(shift(MEMO, 1)))).toEqual(['violation:noScreening']);
    expect(outcomesOf(RULE, feared({}, { screenings: [], person: { nationalities: ['SSD'] } }))).toEqual([]);
  });

  it('cannot decide without the screenings, the claim’s time, or the referral time', () => {
    const noScreenings = findingsOf(RULE, feared({}, { screenings: undefined }));
    expect(noScreenings[0]).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['screenings'],
      potentialSeverity: 'violation',
    });
    const untimedClaim = findingsOf(RULE, feared({}, { fearClaims: [{ country: 'SSD' }], screenings: [] }));
    expect(untimedClaim[0]?.missingFacts).toEqual(['fearClaims[0].raisedAt']);
    const pending = findingsOf(RULE, feared({ decidedAt: undefined }));
    expect(pending[0]?.missingFacts).toEqual(['screenings[0].decidedAt']);
    const noReferral = findingsOf(RULE, feared({ referredAt: undefined }));
    expect(noReferral[0]).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['screenings[0].referredAt'],
      potentialSeverity: 'info',
    });
    const noDeparture = findingsOf(RULE, feared({}, { transfer: { departureAt: undefined } }));
    expect(noDeparture[0]).toMatchObject({
      missingFacts: ['transfer.departureAt'],
      potentialSeverity: 'violation',
    });
    expectWellFormed([...noScreenings, ...untimedClaim, ...pending, ...noReferral, ...noDeparture]);
  });
});
