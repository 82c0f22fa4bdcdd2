import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-AEA-AARP-INJ';
const ORDER = '2025-04-19T05:00:00Z';
const departure = '2025-04-20T12:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;
type Period = NonNullable<NonNullable<Changes['person']>['confinement']>[number];

/** An AEA removal departing at `at` of a person held as `confinement` says. */
function held(confinement: Period[] | undefined, at = departure, changes: Changes = {}) {
  return bundle({
    person: { nationalities: ['VEN'], ...(confinement ? { confinement } : {}) },
    ...changes,
    transfer: { authority: 'AEA', destination: 'SLV', departureAt: at, ...changes.transfer },
  });
}

const inTexas = (from = '2025-04-01T00:00:00Z', to: string | null = null): Period => ({
  district: 'N.D. Tex.',
  from,
  to,
});

describe(RULE, () => {
  it('is a violation to remove a person held in N.D. Tex. from the order on', () => {
    expect(outcomesOf(RULE, held([inTexas()], shift(ORDER, -1)))).toEqual([]);
    expect(outcomesOf(RULE, held([inTexas()], ORDER))).toEqual(['violation:heldInEnjoinedDistrict']);
    expect(outcomesOf(RULE, held([inTexas()], shift(ORDER, 1)))).toEqual([
      'violation:heldInEnjoinedDistrict',
    ]);
    const findings = findingsOf(RULE, held([inTexas()]));
    expect(findings[0]).toMatchObject({
      authorityStatus: 'binding',
      contested: false,
      citations: ['A.A.R.P. v. Trump, No. 24A1007 (U.S. 2025-04-19) (order)'],
    });
    expect(findings[0]?.explanation).toContain('N.D. Tex.');
    expectWellFormed(findings);
    expect(outcomesOf(RULE, held([{ ...inTexas(), district: 'N.D.Tex.' }]))).toEqual([
      'violation:heldInEnjoinedDistrict',
    ]);
  });

  it('places the person by the confinement period covering departure: from inclusive, to exclusive', () => {
    expect(outcomesOf(RULE, held([inTexas(departure)]))).toEqual(['violation:heldInEnjoinedDistrict']);
    expect(outcomesOf(RULE, held([inTexas('2025-04-01T00:00:00Z', shift(departure, 1))]))).toEqual([
      'violation:heldInEnjoinedDistrict',
    ]);
    const moved = [
      inTexas('2025-04-01T00:00:00Z', '2025-04-10T00:00:00Z'),
      { ...inTexas(), district: 'W.D. La.', from: '2025-04-10T00:00:00Z' },
    ];
    expect(outcomesOf(RULE, held(moved))).toEqual([]);
    expect(findingsOf(RULE, held([inTexas('2025-04-01T00:00:00Z', departure)]))[0]?.missingFacts).toEqual([
      'person.confinement',
    ]);
    expect(findingsOf(RULE, held([inTexas(shift(departure, 1))]))[0]?.missingFacts).toEqual([
      'person.confinement',
    ]);
  });

  it('does not apply to people held elsewhere, nor to other removals', () => {
    expect(outcomesOf(RULE, held([{ ...inTexas(), district: 'S.D. Tex.' }]))).toEqual([]);
    expect(outcomesOf(RULE, held([]))).toEqual([]);
    expect(outcomesOf(RULE, held([inTexas()], departure, { transfer: { authority: 'INA241' } }))).toEqual([]);
  });

  it('gives info when the place of detention or the departure is not recorded', () => {
    const findings = findingsOf(RULE, held(undefined));
    expect(findings).toMatchObject([
      {
        severity: 'info',
        outcome: 'unknown',
        missingFacts: ['person.confinement'],
        potentialSeverity: 'violation',
      },
    ]);
    expectWellFormed(findings);
    expect(outcomesOf(RULE, held(undefined, shift(ORDER, -1)))).toEqual([]);
    const unknownStart = [{ district: 'N.D. Tex.', to: null }];
    expect(findingsOf(RULE, held(unknownStart))[0]?.missingFacts).toEqual(['person.confinement[0].from']);
    const noDeparture = held([inTexas()], departure, { transfer: { departureAt: undefined } });
    expect(findingsOf(RULE, noDeparture)[0]?.missingFacts).toEqual(['transfer.departureAt']);
  });
});
