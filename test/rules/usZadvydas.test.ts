import { describe, expect, it } from 'vitest';
import { outcomesUnderAmendedRule } from './amendedPack.js';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-ZADVYDAS';
const DAYS = 86_400;
const finalAt = '2025-01-01T00:00:00Z';
/** finalAt + 180 days. */
const limit = shift(finalAt, 180 * DAYS);

type Changes = Parameters<typeof bundle>[0] & object;
type Period = NonNullable<NonNullable<Changes['person']>['confinement']>[number];

/** A person with a final order, held as `confinement` says, departing at `departure`. */
function held(departure: string, confinement: Period[] | undefined, changes: Changes = {}) {
  return bundle({
    removalOrder: { authority: 'INA240', issuedAt: '2024-11-01T00:00:00Z', finalAt, countriesNamed: ['VEN'] },
    ...changes,
    person: { nationalities: ['VEN'], ...(confinement ? { confinement } : {}), ...changes.person },
    transfer: { departureAt: departure, ...changes.transfer },
  });
}

const since = (from: string, to: string | null = null): Period => ({ district: 'W.D. La.', from, to });

describe(RULE, () => {
  it('warns when held without a break more than 180 days after the order became final', () => {
    const throughout = [since('2024-12-01T00:00:00Z')];
    expect(outcomesOf(RULE, held(shift(limit, 1), throughout))).toEqual(['warning:prolongedDetention']);
    expect(outcomesOf(RULE, held(limit, throughout))).toEqual([]);
    expect(outcomesOf(RULE, held(shift(limit, -1), throughout))).toEqual([]);
    const findings = findingsOf(RULE, held('2025-09-01T00:00:00Z', throughout));
    expect(findings[0]).toMatchObject({
      authorityStatus: 'binding',
      citations: ['Zadvydas v. Davis, 533 U.S. 678 (2001-06-28)'],
    });
    expect(findings[0]?.facts.detainedAfterOrderDays).toBe(243);
    expectWellFormed(findings);
  });

  it('counts only the confinement after finality, and only the unbroken stretch up to departure', () => {
    const arrested = shift(finalAt, 10 * DAYS);
    const later = [since(arrested)];
    expect(outcomesOf(RULE, held(shift(arrested, 180 * DAYS), later))).toEqual([]);
    expect(outcomesOf(RULE, held(shift(arrested, 180 * DAYS + 1), later))).toEqual([
      'warning:prolongedDetention',
    ]);
    const chained = [since('2024-12-01T00:00:00Z', '2025-03-01T00:00:00Z'), since('2025-03-01T00:00:00Z')];
    expect(outcomesOf(RULE, held(shift(limit, 1), chained))).toEqual(['warning:prolongedDetention']);
    const broken = [since('2024-12-01T00:00:00Z', '2025-03-01T00:00:00Z'), since('2025-03-02T00:00:00Z')];
    expect(outcomesOf(RULE, held(shift(limit, 1), broken))).toEqual([]);
    const released = [since('2024-12-01T00:00:00Z', '2025-02-01T00:00:00Z')];
    expect(outcomesOf(RULE, held(shift(limit, 1), released))).toEqual([]);
  });

  it('reads the threshold from the rule data', () => {
    const shorter = (rule: Parameters<Parameters<typeof outcomesUnderAmendedRule>[1]>[0]) => ({
      ...rule,
      thresholds: { postOrderDetentionDays: 90 },
    });
    const input = held(shift(finalAt, 91 * DAYS), [since('2024-12-01T00:00:00Z')]);
    expect(outcomesUnderAmendedRule(RULE, shorter, input)).toEqual(['warning:prolongedDetention']);
    expect(outcomesOf(RULE, input)).toEqual([]);
  });

  it('gives info when the confinement is not recorded, never assuming detention', () => {
    expect(findingsOf(RULE, held(shift(limit, 1), undefined))).toMatchObject([
      { severity: 'info', missingFacts: ['person.confinement'], potentialSeverity: 'warning' },
    ]);
    expect(outcomesOf(RULE, held(shift(limit, 1), []))).toEqual([]);
    const unknownStart = [{ district: 'W.D. La.', to: null }];
    expect(findingsOf(RULE, held(shift(limit, 1), unknownStart))[0]?.missingFacts).toEqual([
      'person.confinement[0].from',
    ]);
    const noDeparture = held(shift(limit, 1), [], { transfer: { departureAt: undefined } });
    expect(findingsOf(RULE, noDeparture)[0]?.missingFacts).toEqual(['transfer.departureAt']);
    expectWellFormed(findingsOf(RULE, held(shift(limit, 1), undefined)));
  });

  it('does not apply without a final order date', () => {
    const throughout = [since('2024-12-01T00:00:00Z')];
    expect(
      outcomesOf(RULE, held('2026-01-01T00:00:00Z', throughout, { removalOrder: { finalAt: null } })),
    ).toEqual([]);
    expect(outcomesOf(RULE, held('2026-01-01T00:00:00Z', throughout, { removalOrder: null }))).toEqual([]);
  });
});
