import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-3C-POLICY-ASSURANCE';
const GUIDANCE = '2025-03-30T00:00:00Z';
const departure = '2025-08-01T16:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;
type Assurance = { country: string; kind?: 'blanket' | 'individual'; deemedCredibleAt?: string | null };

/** A Venezuelan removed to Eswatini relying on an assurance deemed credible, with no notice at all. */
function assured(assurance: Partial<Assurance> = {}, changes: Changes = {}, at = departure) {
  return bundle({
    assurances: [
      { country: 'SWZ', kind: 'individual', deemedCredibleAt: '2025-03-01T00:00:00Z', ...assurance },
    ],
    notices: [],
    ...changes,
    transfer: { destination: 'SWZ', departureAt: at, ...changes.transfer },
  });
}

describe(RULE, () => {
  it('notes, as agency policy, a removal without notice on an individual assurance', () => {
    const findings = findingsOf(RULE, assured());
    expect(findings.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual(['info:policy']);
    expect(findings[0]).toMatchObject({ authorityStatus: 'agency_policy', contested: false });
    expect(findings[0]?.citations.join(' ')).toContain('2025-03-30');
    expect(findings[0]?.citations.join(' ')).toContain('2025-07-09');
    expectWellFormed(findings);
  });

  it('adds a warning when the assurance is blanket', () => {
    const findings = findingsOf(RULE, assured({ kind: 'blanket' }));
    expect(findings.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'info:policy',
      'warning:blanket',
    ]);
    expect(findings[1]?.authorityStatus).toBe('agency_policy');
    expect(findings[1]?.citations).toContain('8 CFR 208.18(c)');
    expectWellFormed(findings);
  });

  it('applies from the DHS guidance on, not a second before', () => {
    expect(outcomesOf(RULE, assured({}, {}, shift(GUIDANCE, -1)))).toEqual([]);
    expect(outcomesOf(RULE, assured({}, {}, GUIDANCE))).toEqual(['info:policy']);
    expect(outcomesOf(RULE, assured({}, {}, shift(GUIDANCE, 1)))).toEqual(['info:policy']);
  });

  it('needs the assurance deemed credible by departure', () => {
    expect(outcomesOf(RULE, assured({ deemedCredibleAt: departure }))).toEqual(['info:policy']);
    expect(outcomesOf(RULE, assured({ deemedCredibleAt: shift(departure, 1) }))).toEqual([]);
    expect(outcomesOf(RULE, assured({ deemedCredibleAt: null }))).toEqual([]);
    expect(outcomesOf(RULE, assured({ deemedCredibleAt: undefined }))).toEqual([]);
    expect(outcomesOf(RULE, assured({ country: 'SSD' }))).toEqual([]);
  });

  it('does not apply once a third-country notice naming the destination was served before departure', () => {
    const notice = {
      servedAt: shift(departure, -1),
      toPerson: true,
      namesCountry: 'SWZ',
      kind: 'third_country' as const,
    };
    expect(outcomesOf(RULE, assured({ kind: 'blanket' }, { notices: [notice] }))).toEqual([]);
    expect(outcomesOf(RULE, assured({}, { notices: [{ ...notice, servedAt: departure }] }))).toEqual([
      'info:policy',
    ]);
    expect(outcomesOf(RULE, assured({}, { notices: [{ ...notice, kind: 'removal' }] }))).toEqual([
      'info:policy',
    ]);
    expect(outcomesOf(RULE, assured({}, { notices: [{ ...notice, namesCountry: 'SSD' }] }))).toEqual([
      'info:policy',
    ]);
  });

  it('does not apply to a nationality, or to a removal by another state', () => {
    expect(outcomesOf(RULE, assured({}, { person: { nationalities: ['SWZ'] } }))).toEqual([]);
    expect(outcomesOf(RULE, assured({}, { transfer: { from: 'GBR', authority: 'OTHER' } }))).toEqual([]);
  });

  it('cannot decide without the notices, or without the assurance’s kind', () => {
    const noNotices = findingsOf(RULE, assured({ kind: 'blanket' }, { notices: undefined }));
    expect(
      noNotices.map((finding) => [finding.outcome, finding.potentialSeverity, finding.missingFacts]),
    ).toEqual([['unknown', 'warning', ['notices']]]);
    const individual = findingsOf(RULE, assured({}, { notices: undefined }));
    expect(individual[0]?.potentialSeverity).toBe('info');
    const noKind = findingsOf(RULE, assured({ kind: undefined }));
    expect(noKind.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'info:policy',
      'info:unknown',
    ]);
    expect(noKind[1]).toMatchObject({ missingFacts: ['assurances[0].kind'], potentialSeverity: 'warning' });
    const noDeparture = findingsOf(RULE, assured({}, { transfer: { departureAt: undefined } }));
    expect(noDeparture[0]).toMatchObject({
      missingFacts: ['transfer.departureAt'],
      potentialSeverity: 'info',
    });
    expectWellFormed([...noNotices, ...noKind, ...noDeparture]);
  });
});
