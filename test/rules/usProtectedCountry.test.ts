import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';

const RULE = 'US-241B3-PROTECTED-COUNTRY';
const departure = '2025-08-01T16:00:00Z';

describe(RULE, () => {
  it('is a violation to remove someone to a country a withholding grant protects them against', () => {
    const input = bundle({
      protectionGrants: [{ type: 'INA241b3', country: 'VEN', grantedAt: '2019-10-10', terminatedAt: null }],
    });
    const [finding] = findingsOf(RULE, input);
    expect(finding).toMatchObject({
      severity: 'violation',
      authorityStatus: 'binding',
      contested: false,
      packVersion: '2026.11',
    });
    expect(finding?.citations).toContain('8 U.S.C. §1231(b)(3)(A)');
    expect(finding?.explanation).toContain('VEN');
    expect(finding?.es.explanation).toContain('VEN');
  });

  it('does not apply to a grant for another country, an asylum grant, or one terminated before departure', () => {
    expect(
      outcomesOf(
        RULE,
        bundle({ protectionGrants: [{ type: 'CAT_deferral', country: 'SLV', grantedAt: '2019' }] }),
      ),
    ).toEqual([]);
    expect(
      outcomesOf(RULE, bundle({ protectionGrants: [{ type: 'asylum', country: 'VEN', grantedAt: '2019' }] })),
    ).toEqual([]);
    expect(
      outcomesOf(
        RULE,
        bundle({
          protectionGrants: [
            { type: 'INA241b3', country: 'VEN', grantedAt: '2019', terminatedAt: shift(departure, -1) },
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      outcomesOf(
        RULE,
        bundle({
          protectionGrants: [
            { type: 'INA241b3', country: 'VEN', grantedAt: '2019', terminatedAt: shift(departure, 1) },
          ],
        }),
      ),
    ).toEqual(['violation:violation']);
  });

  it('leaves CAT grants to US-CAT-ASSURANCE when an assurance for the destination is recorded', () => {
    const grants = [{ type: 'CAT_deferral' as const, country: 'VEN', grantedAt: '2020' }];
    expect(
      outcomesOf(
        RULE,
        bundle({ protectionGrants: grants, assurances: [{ country: 'VEN', kind: 'individual' }] }),
      ),
    ).toEqual([]);
    expect(outcomesOf(RULE, bundle({ protectionGrants: grants }))).toEqual(['violation:violation']);
  });
});
