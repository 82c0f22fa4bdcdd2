import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-CAT-ASSURANCE';
const departure = '2025-08-01T16:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;
type Assurance = NonNullable<Changes['assurances']>[number];

/** A Venezuelan with CAT deferral against Venezuela, removed there on the strength of `assurance`. */
function assured(assurance: Partial<Assurance> | null, changes: Changes = {}) {
  return bundle({
    protectionGrants: [{ type: 'CAT_deferral', country: 'VEN', grantedAt: '2020-05-01', terminatedAt: null }],
    ...(assurance ? { assurances: [{ country: 'VEN', ...assurance }] } : {}),
    ...changes,
  });
}

describe(RULE, () => {
  it('is a violation to rely on a blanket assurance', () => {
    const input = assured({ kind: 'blanket', deemedCredibleAt: '2025-07-01T00:00:00Z' });
    const findings = findingsOf(RULE, input);
    expect(findings.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'violation:blanket',
    ]);
    expect(findings[0]).toMatchObject({
      authorityStatus: 'binding',
      contested: false,
      citations: ['8 CFR 208.18(c)'],
    });
    expect(findings[0]?.explanation).toContain('blanket');
    expect(findings[0]?.es.explanation).toContain('genéricas');
    expectWellFormed(findings);
    expect(outcomesOf('US-241B3-PROTECTED-COUNTRY', input)).toEqual([]);
  });

  it('warns on an individual assurance accepted by departure, and is a violation before it is accepted', () => {
    const accepted = (at: string | null) => assured({ kind: 'individual', deemedCredibleAt: at });
    expect(outcomesOf(RULE, accepted(shift(departure, -1)))).toEqual(['warning:individual']);
    expect(outcomesOf(RULE, accepted(departure))).toEqual(['warning:individual']);
    expect(outcomesOf(RULE, accepted(shift(departure, 1)))).toEqual(['violation:notAccepted']);
    expect(outcomesOf(RULE, accepted(null))).toEqual(['violation:notAccepted']);
    expectWellFormed(findingsOf(RULE, accepted(null)));
  });

  it('prefers an accepted individual assurance over a blanket one for the same country', () => {
    const input = assured(null, {
      assurances: [
        { country: 'VEN', kind: 'blanket' },
        { country: 'VEN', kind: 'individual', deemedCredibleAt: '2025-07-20T00:00:00Z' },
      ],
    });
    expect(outcomesOf(RULE, input)).toEqual(['warning:individual']);
  });

  it('gives info with the missing facts when the kind or the acceptance is not recorded', () => {
    const [kind] = findingsOf(RULE, assured({ deemedCredibleAt: '2025-07-01T00:00:00Z' }));
    expect(kind).toMatchObject({
      severity: 'info',
      outcome: 'unknown',
      missingFacts: ['assurances[0].kind'],
      potentialSeverity: 'violation',
    });
    const [acceptance] = findingsOf(RULE, assured({ kind: 'individual' }));
    expect(acceptance?.missingFacts).toEqual(['assurances[0].deemedCredibleAt']);
    expectWellFormed([kind!, acceptance!]);
  });

  it('does not apply without an assurance for the destination (US-241B3-PROTECTED-COUNTRY decides)', () => {
    expect(outcomesOf(RULE, assured(null))).toEqual([]);
    expect(outcomesOf('US-241B3-PROTECTED-COUNTRY', assured(null))).toEqual(['violation:violation']);
    const elsewhere = assured(null, { assurances: [{ country: 'SLV', kind: 'blanket' }] });
    expect(outcomesOf(RULE, elsewhere)).toEqual([]);
  });

  it('does not apply to non-CAT grants, nor to a grant terminated before departure', () => {
    const withholding = assured(
      { kind: 'blanket' },
      { protectionGrants: [{ type: 'INA241b3', country: 'VEN', grantedAt: '2020' }] },
    );
    expect(outcomesOf(RULE, withholding)).toEqual([]);
    expect(outcomesOf('US-241B3-PROTECTED-COUNTRY', withholding)).toEqual(['violation:violation']);
    const terminated = (at: string) =>
      assured(
        { kind: 'blanket' },
        {
          protectionGrants: [
            { type: 'CAT_withholding', country: 'VEN', grantedAt: '2020', terminatedAt: at },
          ],
        },
      );
    expect(outcomesOf(RULE, terminated(shift(departure, -1)))).toEqual([]);
    expect(outcomesOf(RULE, terminated(departure))).toEqual([]);
    expect(outcomesOf(RULE, terminated(shift(departure, 1)))).toEqual(['violation:blanket']);
  });

  it('cannot decide without the departure time', () => {
    const input = assured({ kind: 'blanket' }, { transfer: { departureAt: undefined } });
    expect(findingsOf(RULE, input)).toMatchObject([
      { severity: 'info', missingFacts: ['transfer.departureAt'], potentialSeverity: 'violation' },
    ]);
  });
});
