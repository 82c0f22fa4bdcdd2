import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-3C-CHAIN-REFOULEMENT';
const departure = '2025-08-01T16:00:00Z';

type Grant = {
  type: 'INA241b3' | 'CAT_withholding' | 'CAT_deferral' | 'asylum';
  country: string;
  grantedAt?: string;
  terminatedAt?: string | null;
};

/** A Venezuelan protected against Sudan, removed to South Sudan, which sent them on to Sudan. */
function sentOn(grant: Partial<Grant> = {}, changes: Parameters<typeof bundle>[0] & object = {}) {
  return bundle({
    protectionGrants: [
      { type: 'INA241b3', country: 'SDN', grantedAt: '2019-10-10', terminatedAt: null, ...grant },
    ],
    ...changes,
    transfer: {
      destination: 'SSD',
      onward: [{ at: '2025-08-10T00:00:00Z', to: 'SDN' }],
      ...changes.transfer,
    },
  });
}

describe(RULE, () => {
  it('warns of an onward transfer to a country a US grant protects against, with the INT violation beside it', () => {
    const findings = findingsOf(RULE, sentOn());
    expect(findings.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual(['warning:onward']);
    expect(findings[0]?.citations.join(' ')).toContain('D.D.C., 2025-09-15');
    expect(findings[0]?.explanation).toContain('SDN');
    expect(outcomesOf('INT-NONREFOULEMENT', sentOn())).toEqual(['violation:sentOnwardToRiskCountry']);
    expectWellFormed(findings);
  });

  it('covers withholding, CAT and asylum grants', () => {
    for (const type of ['CAT_withholding', 'CAT_deferral', 'asylum'] as const) {
      expect(outcomesOf(RULE, sentOn({ type }))).toEqual(['warning:onward']);
    }
  });

  it('needs the grant in force at departure', () => {
    expect(outcomesOf(RULE, sentOn({ terminatedAt: shift(departure, -1) }))).toEqual([]);
    expect(outcomesOf(RULE, sentOn({ terminatedAt: departure }))).toEqual([]);
    expect(outcomesOf(RULE, sentOn({ terminatedAt: shift(departure, 1) }))).toEqual(['warning:onward']);
    expect(outcomesOf(RULE, sentOn({ grantedAt: shift(departure, 1) }))).toEqual([]);
  });

  it('does not apply without an onward transfer to a protected country, or to a nationality', () => {
    expect(outcomesOf(RULE, sentOn({}, { transfer: { onward: [] } }))).toEqual([]);
    expect(outcomesOf(RULE, sentOn({}, { transfer: { onward: [{ at: null, to: 'ERI' }] } }))).toEqual([]);
    expect(outcomesOf(RULE, sentOn({ country: 'ERI' }))).toEqual([]);
    expect(outcomesOf(RULE, sentOn({}, { person: { nationalities: ['SSD'] } }))).toEqual([]);
    expect(outcomesOf(RULE, sentOn({}, { transfer: { from: 'MEX', authority: 'OTHER' } }))).toEqual([]);
  });

  it('gives one warning per onward transfer to a protected country', () => {
    const twice = sentOn(
      {},
      {
        transfer: {
          onward: [
            { at: '2025-08-10', to: 'SDN' },
            { at: '2025-09-01', to: 'SDN' },
          ],
        },
      },
    );
    expect(outcomesOf(RULE, twice)).toEqual(['warning:onward', 'warning:onward']);
  });

  it('cannot tell whether the grant was in force without the departure', () => {
    const [finding] = findingsOf(RULE, sentOn({}, { transfer: { departureAt: undefined } }));
    expect(finding).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['transfer.departureAt'],
      potentialSeverity: 'warning',
    });
    expectWellFormed([finding!]);
  });
});
