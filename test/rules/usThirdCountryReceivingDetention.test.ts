import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-3C-RECEIVING-DETENTION';

type Changes = Parameters<typeof bundle>[0] & object;

/** A Venezuelan removed to El Salvador and held on arrival, at US request, in CECOT. */
function held(changes: Changes = {}) {
  return bundle({
    ...changes,
    transfer: {
      destination: 'SLV',
      detainedOnArrival: true,
      atSendingStateRequest: true,
      receivingFacility: { name: 'CECOT', country: 'SLV', credibleTortureReports: true },
      ...changes.transfer,
    },
  });
}

describe(RULE, () => {
  it('warns when held on arrival at US request in a facility with credible torture reports', () => {
    const findings = findingsOf(RULE, held());
    expect(findings.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'warning:heldAtRequest',
    ]);
    expect(findings[0]?.citations).toEqual([
      'Convention against Torture, art. 3',
      'International Covenant on Civil and Political Rights, arts. 7 and 9',
    ]);
    expectWellFormed(findings);
  });

  it('is a violation for Alien Enemies Act designees (constructive custody)', () => {
    const designated = findingsOf(
      RULE,
      held({ person: { nationalities: ['VEN'], aeaDesignatedAt: '2025-03-14T12:00:00Z' } }),
    );
    expect(designated.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'violation:aeaConstructiveCustody',
    ]);
    expect(designated[0]?.citations.join(' ')).toContain(
      'J.G.G. v. Trump, No. 25-cv-766 (D.D.C., 2025-12-22)',
    );
    expect(outcomesOf(RULE, held({ transfer: { authority: 'AEA' } }))).toEqual([
      'violation:aeaConstructiveCustody',
    ]);
    expect(outcomesOf(RULE, held({ person: { nationalities: ['VEN'], aeaDesignatedAt: null } }))).toEqual([
      'warning:heldAtRequest',
    ]);
    expectWellFormed(designated);
  });

  it('does not apply when any of the three facts is known not to hold, or none is recorded', () => {
    expect(outcomesOf(RULE, held({ transfer: { detainedOnArrival: false } }))).toEqual([]);
    expect(outcomesOf(RULE, held({ transfer: { atSendingStateRequest: null } }))).toEqual([]);
    expect(
      outcomesOf(
        RULE,
        held({ transfer: { receivingFacility: { name: 'CECOT', credibleTortureReports: false } } }),
      ),
    ).toEqual([]);
    expect(outcomesOf(RULE, held({ transfer: { receivingFacility: null } }))).toEqual([]);
    const nothing = held({
      transfer: {
        detainedOnArrival: undefined,
        atSendingStateRequest: undefined,
        receivingFacility: undefined,
      },
    });
    expect(outcomesOf(RULE, nothing)).toEqual([]);
  });

  it('does not apply to a nationality or to another state’s transfer', () => {
    expect(outcomesOf(RULE, held({ person: { nationalities: ['SLV'] } }))).toEqual([]);
    expect(outcomesOf(RULE, held({ transfer: { from: 'CRI', authority: 'OTHER' } }))).toEqual([]);
  });

  it('cannot decide when only part of the facts is recorded', () => {
    const [finding] = findingsOf(RULE, held({ transfer: { receivingFacility: { name: 'CECOT' } } }));
    expect(finding).toMatchObject({
      severity: 'info',
      outcome: 'unknown',
      missingFacts: ['transfer.receivingFacility.credibleTortureReports'],
      potentialSeverity: 'warning',
    });
    const designee = findingsOf(
      RULE,
      held({ transfer: { authority: 'AEA', atSendingStateRequest: undefined } }),
    );
    expect(designee[0]).toMatchObject({
      missingFacts: ['transfer.atSendingStateRequest'],
      potentialSeverity: 'violation',
    });
    expectWellFormed([finding!, ...designee]);
  });
});
