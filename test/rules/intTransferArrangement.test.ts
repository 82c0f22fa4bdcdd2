import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'INT-TRANSFER-ARRANGEMENT';

type Changes = Parameters<typeof bundle>[0] & object;

/** A Venezuelan transferred to Eswatini under a binding arrangement meeting every element, unless changed. */
function transferred(changes: Changes = {}) {
  return bundle({
    ...changes,
    person: { nationalities: ['VEN'], unaccompaniedChild: false, ...changes.person },
    transfer: {
      destination: 'SWZ',
      individualAssessment: true,
      admittedToReceivingState: true,
      asylumProcedureAvailable: true,
      onwardReturnProtection: true,
      agreement: { id: 'us-swz-2025', legallyBinding: true },
      ...changes.transfer,
    },
  });
}

describe(RULE, () => {
  it('says nothing when every element is met', () => {
    expect(outcomesOf(RULE, transferred())).toEqual([]);
  });

  it('gives one soft-law warning for each failed element alone', () => {
    const failures: Changes[] = [
      { transfer: { individualAssessment: false } },
      { transfer: { individualAssessment: null } },
      { transfer: { admittedToReceivingState: false } },
      { transfer: { asylumProcedureAvailable: false } },
      { transfer: { onwardReturnProtection: false } },
      { transfer: { agreement: { id: 'memo', legallyBinding: false } } },
      { transfer: { agreement: null } },
      { person: { unaccompaniedChild: true } },
    ];
    for (const failure of failures)
      expect(outcomesOf(RULE, transferred(failure))).toEqual(['warning:shortfall']);
    const [finding] = findingsOf(RULE, transferred({ transfer: { onwardReturnProtection: false } }));
    expect(finding).toMatchObject({ authorityStatus: 'soft_law', contested: false });
    expect(finding?.citations[0]).toContain('UNHCR');
    expectWellFormed([finding!]);
  });

  it('lists every failed element in one warning, in both languages', () => {
    const findings = findingsOf(
      RULE,
      transferred({ transfer: { individualAssessment: false, asylumProcedureAvailable: false } }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.explanation).toContain(
      'no individual assessment before transfer; no fair asylum procedure there',
    );
    expect(findings[0]?.es.explanation).toContain(
      'sin evaluación individual previa al traslado; sin acceso allí',
    );
    expectWellFormed(findings);
  });

  it('applies only to a state of which the person is not a national', () => {
    expect(
      outcomesOf(
        RULE,
        transferred({ person: { nationalities: ['SWZ'] }, transfer: { individualAssessment: false } }),
      ),
    ).toEqual([]);
    expect(
      outcomesOf(
        RULE,
        transferred({ person: { nationalities: [] }, transfer: { individualAssessment: false } }),
      ),
    ).toEqual([]);
  });

  it('lists the elements left unknown in an info, beside any warning', () => {
    const unknown = findingsOf(
      RULE,
      transferred({ transfer: { admittedToReceivingState: undefined, agreement: undefined } }),
    );
    expect(unknown.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual(['info:unknown']);
    expect(unknown[0]).toMatchObject({
      missingFacts: ['transfer.admittedToReceivingState', 'transfer.agreement.legallyBinding'],
      potentialSeverity: 'warning',
    });
    const mixed = transferred({
      transfer: { individualAssessment: false, onwardReturnProtection: undefined },
    });
    expect(outcomesOf(RULE, mixed)).toEqual(['warning:shortfall', 'info:unknown']);
    expect(outcomesOf(RULE, transferred({ person: { unaccompaniedChild: undefined } }))).toEqual([]);
    expectWellFormed(unknown);
  });
});
