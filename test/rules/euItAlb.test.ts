import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'EU-IT-ALB';
const UNTIL = '2026-06-11T00:00:00Z';
const departure = '2025-10-18T08:00:00Z';

type Transfer = NonNullable<Parameters<typeof bundle>[0]>['transfer'];
type Agreement = {
  safeCountrySourcesDisclosed?: boolean | null;
  designatedSafeForWholePopulation?: boolean | null;
};

/** A Bangladeshi taken from Italy to Albania under the protocol on a designation meeting both conditions. */
function protocol(agreement: Agreement = {}, transfer: Transfer = {}) {
  return bundle({
    person: { nationalities: ['BGD'] },
    transfer: {
      authority: 'IT_ALB_PROTOCOL',
      from: 'ITA',
      destination: 'ALB',
      departureAt: departure,
      agreement: {
        id: 'it-alb-2023',
        safeCountrySourcesDisclosed: true,
        designatedSafeForWholePopulation: true,
        ...agreement,
      },
      ...transfer,
    },
  });
}

describe(RULE, () => {
  it('says nothing of a designation with disclosed sources, safe for the whole population', () => {
    expect(outcomesOf(RULE, protocol())).toEqual([]);
  });

  it('is a violation to rely on undisclosed sources or a country not safe for all', () => {
    expect(outcomesOf(RULE, protocol({ safeCountrySourcesDisclosed: false }))).toEqual([
      'violation:unsafeDesignation',
    ]);
    expect(outcomesOf(RULE, protocol({ designatedSafeForWholePopulation: false }))).toEqual([
      'violation:unsafeDesignation',
    ]);
    expect(
      outcomesOf(
        RULE,
        protocol({ safeCountrySourcesDisclosed: null, designatedSafeForWholePopulation: false }),
      ),
    ).toEqual(['violation:unsafeDesignation']);
    const findings = findingsOf(RULE, protocol({ safeCountrySourcesDisclosed: false }));
    expect(findings[0]?.citations[0]).toBe('CJEU C-758/24 and C-759/24, Alace and Canpelli (2025-08-01)');
    expectWellFormed(findings);
  });

  it('applies the judgment to earlier transfers, until the new regime', () => {
    const at = (departureAt: string) => protocol({ safeCountrySourcesDisclosed: false }, { departureAt });
    expect(outcomesOf(RULE, at('2024-10-16T08:00:00Z'))).toEqual(['violation:unsafeDesignation']);
    expect(outcomesOf(RULE, at(shift(UNTIL, -1)))).toEqual(['violation:unsafeDesignation']);
    expect(outcomesOf(RULE, at(UNTIL))).toEqual([]);
    expect(outcomesOf(RULE, at(shift(UNTIL, 1)))).toEqual([]);
  });

  it('warns of detention for return at Gjadër, however it is spelt, at any time', () => {
    for (const name of ['CPR Gjadër', 'Gjader', 'GJADËR repatriation centre']) {
      const facility = { receivingFacility: { name, country: 'ALB' } };
      expect(outcomesOf(RULE, protocol({}, facility))).toEqual(['warning:gjaderDetention']);
      expect(outcomesOf(RULE, protocol({}, { ...facility, departureAt: shift(UNTIL, 1) }))).toEqual([
        'warning:gjaderDetention',
      ]);
    }
    expect(outcomesOf(RULE, protocol({}, { receivingFacility: { name: 'Shëngjin hotspot' } }))).toEqual([]);
    expectWellFormed(findingsOf(RULE, protocol({}, { receivingFacility: { name: 'Gjadër' } })));
  });

  it('applies only under the protocol', () => {
    expect(
      outcomesOf(RULE, protocol({ safeCountrySourcesDisclosed: false }, { authority: 'OTHER' })),
    ).toEqual([]);
  });

  it('cannot decide without the designation facts or the departure', () => {
    const [finding] = findingsOf(RULE, protocol({ designatedSafeForWholePopulation: undefined }));
    expect(finding).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['transfer.agreement.designatedSafeForWholePopulation'],
      potentialSeverity: 'violation',
    });
    const undated = findingsOf(RULE, protocol({}, { departureAt: undefined, agreement: undefined }));
    expect(undated[0]?.missingFacts).toEqual([
      'transfer.departureAt',
      'transfer.agreement.safeCountrySourcesDisclosed',
      'transfer.agreement.designatedSafeForWholePopulation',
    ]);
    expectWellFormed([finding!, ...undated]);
  });
});
