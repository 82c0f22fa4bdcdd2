import { describe, expect, it } from 'vitest';
import { outcomesUnderAmendedRule } from './amendedPack.js';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-FINAL-ORDER';
const issued = '2025-07-01T16:00:00Z';
/** issued + 30 days: the end (exclusive) of the window to appeal to the Board. */
const windowEnd = '2025-07-31T16:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;
type Order = NonNullable<Changes['removalOrder']>;

/** An INA §241 removal departing at `departure` under the given order. */
function removed(departure: string, order: Order | null | undefined, changes: Changes = {}) {
  return bundle({
    ...(order === undefined ? {} : { removalOrder: order }),
    ...changes,
    transfer: { departureAt: departure, ...changes.transfer },
  });
}

const ij = (changes: Order = {}): Order => ({
  authority: 'INA240',
  issuedAt: issued,
  finalAt: windowEnd,
  countriesNamed: ['VEN'],
  appealWaived: false,
  ...changes,
});

describe(RULE, () => {
  it('is a violation to remove with no order, or before the order was issued', () => {
    expect(outcomesOf(RULE, removed('2025-08-01T16:00:00Z', null))).toEqual(['violation:noOrder']);
    expect(outcomesOf(RULE, removed('2025-08-01T16:00:00Z', { authority: 'NONE' }))).toEqual([
      'violation:noOrder',
    ]);
    expect(outcomesOf(RULE, removed('2025-08-01T16:00:00Z', ij({ issuedAt: null })))).toEqual([
      'violation:noOrder',
    ]);
    expect(outcomesOf(RULE, removed('2025-08-01T16:00:00Z', { authority: 'AEA' }))).toEqual([
      'violation:noOrder',
    ]);
    expect(outcomesOf(RULE, removed(issued, ij({ appealWaived: true })))).toEqual([]);
    expect(outcomesOf(RULE, removed(shift(issued, -1), ij()))).toEqual(['violation:orderAfterDeparture']);
    const findings = findingsOf(RULE, removed('2025-08-01T16:00:00Z', null));
    expect(findings[0]?.citations).toEqual([
      '8 U.S.C. §1101(a)(47)(B)',
      '8 CFR 1003.6(a)',
      '8 CFR 1003.38(b)',
    ]);
    expectWellFormed(findings);
  });

  it('is a violation inside the 30-day appeal window unless the appeal was waived', () => {
    expect(outcomesOf(RULE, removed(issued, ij()))).toEqual(['violation:insideAppealWindow']);
    expect(outcomesOf(RULE, removed(shift(windowEnd, -1), ij()))).toEqual(['violation:insideAppealWindow']);
    expect(outcomesOf(RULE, removed(windowEnd, ij()))).toEqual([]);
    expect(outcomesOf(RULE, removed(shift(windowEnd, 1), ij()))).toEqual([]);
    expect(outcomesOf(RULE, removed(shift(windowEnd, -1), ij({ appealWaived: null })))).toEqual([
      'violation:insideAppealWindow',
    ]);
    expect(outcomesOf(RULE, removed(shift(windowEnd, -1), ij({ appealWaived: true })))).toEqual([]);
    const findings = findingsOf(RULE, removed(shift(windowEnd, -1), ij()));
    expect(findings[0]?.explanation).toContain('30 days');
    expect(findings[0]?.es.explanation).toContain('30 días');
    expectWellFormed(findings);
  });

  it('reads the appeal window from the rule data', () => {
    const longer = (rule: Parameters<Parameters<typeof outcomesUnderAmendedRule>[1]>[0]) => ({
      ...rule,
      thresholds: { ...rule.thresholds, appealWindowDays: 60 },
    });
    expect(outcomesUnderAmendedRule(RULE, longer, removed(shift(windowEnd, 1), ij()))).toEqual([
      'violation:insideAppealWindow',
    ]);
  });

  it('has no appeal window for orders the Board does not review', () => {
    for (const authority of ['ER235b1', 'REINST241a5', '238b'] as const)
      expect(outcomesOf(RULE, removed(shift(issued, 60), ij({ authority })))).toEqual([]);
  });

  it('is a violation to remove while an appeal is pending', () => {
    const appealed = (filedAt: string, decidedAt: string | null, departure = '2025-08-01T16:00:00Z') =>
      removed(departure, ij(), { appeals: [{ forum: 'BIA', filedAt, decidedAt }] });
    const departure = '2025-08-01T16:00:00Z';
    expect(outcomesOf(RULE, appealed('2025-07-20T00:00:00Z', null))).toEqual(['violation:appealPending']);
    expect(outcomesOf(RULE, appealed(departure, null))).toEqual(['violation:appealPending']);
    expect(outcomesOf(RULE, appealed(shift(departure, 1), null))).toEqual([]);
    expect(outcomesOf(RULE, appealed('2025-07-20T00:00:00Z', shift(departure, 1)))).toEqual([
      'violation:appealPending',
    ]);
    expect(outcomesOf(RULE, appealed('2025-07-20T00:00:00Z', departure))).toEqual([]);
    expect(outcomesOf(RULE, appealed('2025-07-20T00:00:00Z', shift(departure, -1)))).toEqual([]);
    expectWellFormed(findingsOf(RULE, appealed('2025-07-20T00:00:00Z', null)));
  });

  it('judges a pending appeal rather than the window, and a decided appeal makes the order final', () => {
    const inside = shift(windowEnd, -3600);
    const pending = removed(inside, ij(), { appeals: [{ forum: 'BIA', filedAt: issued, decidedAt: null }] });
    expect(outcomesOf(RULE, pending)).toEqual(['violation:appealPending']);
    const decided = removed(inside, ij(), {
      appeals: [{ forum: 'BIA', filedAt: issued, decidedAt: shift(inside, -1) }],
    });
    expect(outcomesOf(RULE, decided)).toEqual([]);
  });

  it('gives info with the missing facts it needs', () => {
    const missing = (input: ReturnType<typeof removed>) => findingsOf(RULE, input).map((f) => f.missingFacts);
    expect(missing(removed('2025-08-01T16:00:00Z', undefined))).toEqual([['removalOrder']]);
    expect(missing(removed(shift(windowEnd, -1), ij({ appealWaived: undefined })))).toEqual([
      ['removalOrder.appealWaived'],
    ]);
    expect(missing(removed(shift(windowEnd, -1), ij({ authority: undefined })))).toEqual([
      ['removalOrder.authority'],
    ]);
    expect(missing(removed('2025-08-01T16:00:00Z', ij({ issuedAt: undefined })))).toEqual([
      ['removalOrder.issuedAt'],
    ]);
    const appeal = (entry: { filedAt?: string | null; decidedAt?: string | null }) =>
      removed('2025-08-01T16:00:00Z', ij(), { appeals: [{ forum: 'BIA', ...entry }] });
    expect(missing(appeal({ decidedAt: null }))).toEqual([['appeals[0].filedAt']]);
    expect(missing(appeal({ filedAt: '2025-07-20T00:00:00Z' }))).toEqual([['appeals[0].decidedAt']]);
    const [finding] = findingsOf(RULE, removed('2025-08-01T16:00:00Z', undefined));
    expect(finding).toMatchObject({ severity: 'info', potentialSeverity: 'violation' });
    expectWellFormed([finding!]);
    const noDeparture = removed('2025-08-01T16:00:00Z', ij(), { transfer: { departureAt: undefined } });
    expect(missing(noDeparture)).toEqual([['transfer.departureAt']]);
  });

  it('applies only to removals under ordinary immigration law', () => {
    const aea = removed('2025-08-01T16:00:00Z', null, { transfer: { authority: 'AEA' } });
    expect(outcomesOf(RULE, aea)).toEqual([]);
  });
});
