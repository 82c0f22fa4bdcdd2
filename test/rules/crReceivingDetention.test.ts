import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'CR-RECEIVING-DETENTION';
const DAY = 86_400;
const arrival = '2025-02-21T03:00:00Z';

type Transfer = NonNullable<Parameters<typeof bundle>[0]>['transfer'];

/** An Afghan sent by the US to Costa Rica, held at CATEM, decided on in 10 days with access to asylum. */
function atCatem(transfer: Transfer = {}) {
  return bundle({
    person: { nationalities: ['AFG'] },
    transfer: {
      destination: 'CRI',
      departureAt: '2025-02-20T18:00:00Z',
      custodyTransferAt: arrival,
      receivingFacility: { name: 'CATEM, La Cruz (Corredores)', country: 'CRI' },
      statusDecisionAt: shift(arrival, 10 * DAY),
      asylumProcedureAvailable: true,
      ...transfer,
    },
  });
}

describe(RULE, () => {
  it('says nothing of a timely individual decision with access to asylum', () => {
    expect(outcomesOf(RULE, atCatem())).toEqual([]);
  });

  it('is a violation without a status decision, or with one later than the threshold in days', () => {
    expect(outcomesOf(RULE, atCatem({ statusDecisionAt: null }))).toEqual([
      'violation:detainedWithoutSafeguards',
    ]);
    expect(outcomesOf(RULE, atCatem({ statusDecisionAt: shift(arrival, 15 * DAY - 1) }))).toEqual([]);
    expect(outcomesOf(RULE, atCatem({ statusDecisionAt: shift(arrival, 15 * DAY) }))).toEqual([]);
    expect(outcomesOf(RULE, atCatem({ statusDecisionAt: shift(arrival, 15 * DAY + 1) }))).toEqual([
      'violation:detainedWithoutSafeguards',
    ]);
    const findings = findingsOf(RULE, atCatem({ statusDecisionAt: null }));
    expect(findings[0]?.citations).toEqual(['Sala Constitucional, Res. 2025-019485 (2025-06-24)']);
    expect(findings[0]?.es.explanation).toContain('15 días');
    expectWellFormed(findings);
  });

  it('counts from the departure when the hand-over is not recorded', () => {
    const departureAt = '2025-02-20T18:00:00Z';
    const fromDeparture = (seconds: number) =>
      atCatem({ custodyTransferAt: undefined, statusDecisionAt: shift(departureAt, seconds) });
    expect(outcomesOf(RULE, fromDeparture(15 * DAY))).toEqual([]);
    expect(outcomesOf(RULE, fromDeparture(15 * DAY + 1))).toEqual(['violation:detainedWithoutSafeguards']);
  });

  it('is a violation without access to asylum', () => {
    expect(outcomesOf(RULE, atCatem({ asylumProcedureAvailable: false }))).toEqual([
      'violation:detainedWithoutSafeguards',
    ]);
    expect(outcomesOf(RULE, atCatem({ asylumProcedureAvailable: null }))).toEqual([
      'violation:detainedWithoutSafeguards',
    ]);
  });

  it('applies only to people held at CATEM in Costa Rica', () => {
    expect(
      outcomesOf(RULE, atCatem({ statusDecisionAt: null, receivingFacility: { name: 'Hotel in San José' } })),
    ).toEqual([]);
    expect(outcomesOf(RULE, atCatem({ statusDecisionAt: null, receivingFacility: null }))).toEqual([]);
    expect(outcomesOf(RULE, atCatem({ statusDecisionAt: null, destination: 'PAN' }))).toEqual([]);
    expect(
      outcomesOf(RULE, atCatem({ statusDecisionAt: null, receivingFacility: { name: 'catem' } })),
    ).toEqual(['violation:detainedWithoutSafeguards']);
  });

  it('cannot decide without the status decision or access to asylum', () => {
    const [finding] = findingsOf(
      RULE,
      atCatem({ statusDecisionAt: undefined, asylumProcedureAvailable: undefined }),
    );
    expect(finding).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['transfer.statusDecisionAt', 'transfer.asylumProcedureAvailable'],
      potentialSeverity: 'violation',
    });
    const noArrival = findingsOf(RULE, atCatem({ custodyTransferAt: undefined, departureAt: undefined }));
    expect(noArrival[0]?.missingFacts).toEqual(['transfer.custodyTransferAt', 'transfer.departureAt']);
    expectWellFormed([finding!, ...noArrival]);
  });
});
