import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-STAY';
const departure = '2025-08-01T16:00:00Z';
const NKEN = 'Nken v. Holder, 556 U.S. 418 (2009-04-22)';

type Changes = Parameters<typeof bundle>[0] & object;
type Stay = NonNullable<Changes['stays']>[number];

const stayed = (stay: Stay, changes: Changes = {}) =>
  bundle({ stays: [{ kind: 'judicial', court: '9th Cir.', ...stay }], ...changes });

describe(RULE, () => {
  it('is a violation to depart inside a stay: from inclusive, to exclusive, no end = open', () => {
    expect(outcomesOf(RULE, stayed({ from: shift(departure, -1), to: null }))).toEqual([
      'violation:stayInForce',
    ]);
    expect(outcomesOf(RULE, stayed({ from: departure, to: null }))).toEqual(['violation:stayInForce']);
    expect(outcomesOf(RULE, stayed({ from: shift(departure, 1), to: null }))).toEqual([]);
    expect(outcomesOf(RULE, stayed({ from: '2025-07-01T00:00:00Z', to: shift(departure, -1) }))).toEqual([]);
    expect(outcomesOf(RULE, stayed({ from: '2025-07-01T00:00:00Z', to: departure }))).toEqual([]);
    expect(outcomesOf(RULE, stayed({ from: '2025-07-01T00:00:00Z', to: shift(departure, 1) }))).toEqual([
      'violation:stayInForce',
    ]);
    expect(outcomesOf(RULE, stayed({ from: '2025-07-01T00:00:00Z' }))).toEqual(['violation:stayInForce']);
    expect(outcomesOf(RULE, stayed({ from: null, to: null }))).toEqual([]);
    const findings = findingsOf(RULE, stayed({ from: '2025-07-01T00:00:00Z', to: null }));
    expect(findings[0]).toMatchObject({ authorityStatus: 'binding', contested: false, citations: [NKEN] });
    expect(findings[0]?.explanation).toContain('9th Cir.');
    expectWellFormed(findings);
  });

  it('yields one finding per stay in force', () => {
    const input = bundle({
      stays: [
        { kind: 'administrative', from: '2025-07-01T00:00:00Z', to: null },
        { kind: 'judicial', court: '5th Cir.', from: '2025-07-15T00:00:00Z', to: null },
      ],
    });
    expect(outcomesOf(RULE, input)).toEqual(['violation:stayInForce', 'violation:stayInForce']);
  });

  it('is a violation to depart while a Board appeal is pending (automatic stay)', () => {
    const appealed = (entry: { forum?: string; filedAt?: string | null; decidedAt?: string | null }) =>
      bundle({ appeals: [entry] });
    const filed = '2025-07-20T00:00:00Z';
    expect(outcomesOf(RULE, appealed({ forum: 'BIA', filedAt: filed, decidedAt: null }))).toEqual([
      'violation:appealStay',
    ]);
    expect(outcomesOf(RULE, appealed({ filedAt: filed, decidedAt: null }))).toEqual(['violation:appealStay']);
    expect(outcomesOf(RULE, appealed({ forum: 'BIA', filedAt: departure, decidedAt: null }))).toEqual([
      'violation:appealStay',
    ]);
    expect(
      outcomesOf(RULE, appealed({ forum: 'BIA', filedAt: shift(departure, 1), decidedAt: null })),
    ).toEqual([]);
    expect(
      outcomesOf(RULE, appealed({ forum: 'BIA', filedAt: filed, decidedAt: shift(departure, 1) })),
    ).toEqual(['violation:appealStay']);
    expect(outcomesOf(RULE, appealed({ forum: 'BIA', filedAt: filed, decidedAt: departure }))).toEqual([]);
    expect(outcomesOf(RULE, appealed({ forum: 'AAO', filedAt: filed, decidedAt: null }))).toEqual([]);
    const [finding] = findingsOf(RULE, appealed({ forum: 'BIA', filedAt: filed, decidedAt: null }));
    expect(finding?.citations).toEqual(['8 CFR 1003.6(a)', NKEN]);
    expectWellFormed([finding!]);
  });

  it('does not count an automatic stay twice when it is also recorded as a stay', () => {
    const input = bundle({
      stays: [{ kind: 'automatic', from: '2025-07-20T00:00:00Z', to: null }],
      appeals: [{ forum: 'BIA', filedAt: '2025-07-20T00:00:00Z', decidedAt: null }],
    });
    expect(outcomesOf(RULE, input)).toEqual(['violation:stayInForce']);
  });

  it("is a violation to depart after the person's motion to reopen (the in-absentia automatic stay)", () => {
    const moved = (filedAt: string, by: 'person' | 'DHS' = 'person') =>
      bundle({ reopenMotions: [{ filedAt, by }] });
    expect(outcomesOf(RULE, moved(shift(departure, -1)))).toEqual(['violation:reopenStay']);
    expect(outcomesOf(RULE, moved(departure))).toEqual(['violation:reopenStay']);
    expect(outcomesOf(RULE, moved(shift(departure, 1)))).toEqual([]);
    expect(outcomesOf(RULE, moved(shift(departure, -1), 'DHS'))).toEqual([]);
    const unknownBy = bundle({ reopenMotions: [{ filedAt: shift(departure, -1) }] });
    expect(findingsOf(RULE, unknownBy)).toMatchObject([
      { severity: 'info', missingFacts: ['reopenMotions[0].by'], potentialSeverity: 'violation' },
    ]);
    const [finding] = findingsOf(RULE, moved('2025-05-01T00:00:00Z'));
    expect(finding?.citations).toContain('8 U.S.C. §1229a(b)(5)(C)');
    expectWellFormed([finding!]);
  });

  it('gives info for a petition for review filed before departure with no stay (Nken)', () => {
    const petitioned = (filedAt: string, changes: Changes = {}) =>
      bundle({ petitionsForReview: [{ court: '9th Cir.', filedAt }], ...changes });
    expect(outcomesOf(RULE, petitioned(shift(departure, -1)))).toEqual(['info:petitionOnly']);
    expect(outcomesOf(RULE, petitioned(departure))).toEqual(['info:petitionOnly']);
    expect(outcomesOf(RULE, petitioned(shift(departure, 1)))).toEqual([]);
    const withStay = petitioned('2025-07-01T00:00:00Z', {
      stays: [{ kind: 'judicial', court: '9th Cir.', from: '2025-07-02T00:00:00Z', to: null }],
    });
    expect(outcomesOf(RULE, withStay)).toEqual(['violation:stayInForce']);
    const [finding] = findingsOf(RULE, petitioned('2025-07-01T00:00:00Z'));
    expect(finding).toMatchObject({ severity: 'info', citations: [NKEN] });
    expect(finding?.potentialSeverity).toBeUndefined();
    expectWellFormed([finding!]);
  });

  it('gives info with the missing facts when a stay or appeal cannot be placed in time', () => {
    expect(findingsOf(RULE, stayed({ to: null }))).toMatchObject([
      {
        severity: 'info',
        outcome: 'unknown',
        missingFacts: ['stays[0].from'],
        potentialSeverity: 'violation',
      },
    ]);
    expect(
      findingsOf(RULE, bundle({ appeals: [{ forum: 'BIA', decidedAt: null }] }))[0]?.missingFacts,
    ).toEqual(['appeals[0].filedAt']);
    const noDeparture = stayed({ from: '2025-07-01T00:00:00Z' }, { transfer: { departureAt: undefined } });
    expect(findingsOf(RULE, noDeparture)[0]?.missingFacts).toEqual(['transfer.departureAt']);
    expectWellFormed(findingsOf(RULE, noDeparture));
  });

  it('does not apply without any stay, appeal, motion or petition, nor to transfers by other states', () => {
    expect(outcomesOf(RULE, bundle())).toEqual([]);
    const british = stayed(
      { from: '2025-07-01T00:00:00Z', to: null },
      { transfer: { authority: 'UK_ENFORCED', from: 'GBR', destination: 'RWA' } },
    );
    expect(outcomesOf(RULE, british)).toEqual([]);
  });
});
