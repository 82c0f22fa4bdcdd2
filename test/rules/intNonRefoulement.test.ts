import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'INT-NONREFOULEMENT';
const departure = '2025-08-01T16:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;

/** A Venezuelan sent to El Salvador, with the test's facts. */
function sent(changes: Changes = {}) {
  return bundle({ ...changes, transfer: { destination: 'SLV', ...changes.transfer } });
}
const evidence = {
  person: {
    nationalities: ['VEN'],
    riskEvidence: [{ country: 'SLV', kind: 'credible reports of torture in detention' }],
  },
};

describe(`${RULE}: evidence of risk`, () => {
  it('warns of a transfer despite evidence of risk and without an individual assessment', () => {
    for (const individualAssessment of [false, null]) {
      expect(outcomesOf(RULE, sent({ ...evidence, transfer: { individualAssessment } }))).toEqual([
        'warning:riskNotAssessed',
      ]);
    }
    const findings = findingsOf(RULE, sent({ ...evidence, transfer: { individualAssessment: false } }));
    expect(findings[0]).toMatchObject({ authorityStatus: 'binding', contested: false });
    expect(findings[0]?.explanation).toContain('credible reports of torture in detention');
    expect(findings[0]?.citations).toContain('Convention against Torture (1984), art. 3');
    expectWellFormed(findings);
  });

  it('says nothing after an individual assessment, or without evidence for the destination', () => {
    expect(outcomesOf(RULE, sent({ ...evidence, transfer: { individualAssessment: true } }))).toEqual([]);
    expect(outcomesOf(RULE, sent({ transfer: { individualAssessment: false } }))).toEqual([]);
    const elsewhere = { person: { nationalities: ['VEN'], riskEvidence: [{ country: 'SSD' }] } };
    expect(outcomesOf(RULE, sent({ ...elsewhere, transfer: { individualAssessment: false } }))).toEqual([]);
  });

  it('cannot decide without the assessment', () => {
    const [finding] = findingsOf(RULE, sent(evidence));
    expect(finding).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['transfer.individualAssessment'],
      potentialSeverity: 'warning',
    });
    expectWellFormed([finding!]);
  });
});

describe(`${RULE}: a risk finding`, () => {
  it('is a violation to send someone where a protection grant of any type, in force, says they are at risk', () => {
    for (const type of ['INA241b3', 'CAT_withholding', 'CAT_deferral', 'asylum'] as const) {
      expect(
        outcomesOf(RULE, sent({ protectionGrants: [{ type, country: 'SLV', grantedAt: '2019' }] })),
      ).toEqual(['violation:sentToRiskCountry']);
    }
    const home = bundle({ protectionGrants: [{ type: 'asylum', country: 'VEN', grantedAt: '2019' }] });
    expect(outcomesOf(RULE, home)).toEqual(['violation:sentToRiskCountry']);
    expectWellFormed(findingsOf(RULE, home));
  });

  it('needs the grant in force at departure', () => {
    const ended = (terminatedAt: string) =>
      sent({ protectionGrants: [{ type: 'INA241b3', country: 'SLV', grantedAt: '2019', terminatedAt }] });
    expect(outcomesOf(RULE, ended(shift(departure, -1)))).toEqual([]);
    expect(outcomesOf(RULE, ended(shift(departure, 1)))).toEqual(['violation:sentToRiskCountry']);
  });

  it('counts a positive screening unless a later negative one or a later removal order superseded it', () => {
    const screening = {
      kind: 'reasonable_fear' as const,
      decidedAt: '2025-06-01T00:00:00Z',
      outcome: 'positive' as const,
      country: 'SLV',
    };
    expect(outcomesOf(RULE, sent({ screenings: [screening] }))).toEqual(['violation:sentToRiskCountry']);
    expect(
      outcomesOf(RULE, sent({ screenings: [{ ...screening, decidedAt: shift(departure, 1) }] })),
    ).toEqual([]);
    expect(outcomesOf(RULE, sent({ screenings: [{ ...screening, outcome: 'negative' }] }))).toEqual([]);
    const overruled = [
      screening,
      { ...screening, decidedAt: '2025-07-01T00:00:00Z', outcome: 'negative' as const },
    ];
    expect(outcomesOf(RULE, sent({ screenings: overruled }))).toEqual([]);
    const ordered = {
      authority: 'INA240' as const,
      issuedAt: '2025-07-01T00:00:00Z',
      countriesNamed: ['SLV'],
    };
    expect(outcomesOf(RULE, sent({ screenings: [screening], removalOrder: ordered }))).toEqual([]);
  });

  it('is a violation when the person is sent on to a country where a risk was found', () => {
    const onward = sent({
      protectionGrants: [{ type: 'CAT_deferral', country: 'VEN', grantedAt: '2020' }],
      transfer: { onward: [{ at: '2025-08-05', to: 'VEN' }] },
    });
    const findings = findingsOf(RULE, onward);
    expect(findings.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'violation:sentOnwardToRiskCountry',
    ]);
    expect(findings[0]?.facts).toMatchObject({ country: 'VEN', 'onward.at': '2025-08-05' });
    expectWellFormed(findings);
  });

  it('gives both findings when both tests fail', () => {
    const both = sent({
      ...evidence,
      protectionGrants: [{ type: 'INA241b3', country: 'SLV' }],
      transfer: { individualAssessment: false },
    });
    expect(outcomesOf(RULE, both)).toEqual(['warning:riskNotAssessed', 'violation:sentToRiskCountry']);
  });

  it('cannot tell whether a grant was in force without the departure', () => {
    const input = sent({
      protectionGrants: [{ type: 'asylum', country: 'SLV' }],
      transfer: { departureAt: undefined },
    });
    expect(findingsOf(RULE, input)[0]).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['transfer.departureAt'],
      potentialSeverity: 'violation',
    });
    expect(outcomesOf(RULE, sent({ transfer: { departureAt: undefined } }))).toEqual([]);
  });
});
