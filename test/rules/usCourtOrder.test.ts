import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-COURT-ORDER';
const departure = '2025-08-01T16:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;
type Order = NonNullable<Changes['courtOrders']>[number];

/** A habeas court's order naming this person, with the given times, and the transfer's changes. */
function ordered(order: Partial<Order>, changes: Changes = {}) {
  return bundle({
    courtOrders: [
      {
        id: 'doe-tro',
        case: 'Doe v. Noem',
        court: 'D. Mass.',
        scope: 'this_person',
        stayedAt: null,
        vacatedAt: null,
        ...order,
      },
    ],
    ...changes,
  });
}

describe(RULE, () => {
  it('is a violation to depart while a written order covering the person is in force', () => {
    expect(outcomesOf(RULE, ordered({ writtenAt: shift(departure, -1) }))).toEqual(['violation:inForce']);
    expect(outcomesOf(RULE, ordered({ writtenAt: departure }))).toEqual(['violation:inForce']);
    const findings = findingsOf(RULE, ordered({ writtenAt: '2025-08-01T12:00:00Z' }));
    expect(findings[0]).toMatchObject({ authorityStatus: 'binding', contested: false });
    expect(findings[0]?.explanation).toContain('Doe v. Noem');
    expectWellFormed(findings);
  });

  it('judges a person already in the air at the hand-over to foreign custody', () => {
    const written = shift(departure, 3600);
    const inAir = (custodyTransferAt: string | null | undefined) =>
      ordered({ writtenAt: written }, { transfer: { custodyTransferAt } });
    expect(outcomesOf(RULE, inAir(shift(written, -1)))).toEqual([]);
    expect(outcomesOf(RULE, inAir(written))).toEqual(['violation:inForce']);
    expect(outcomesOf(RULE, inAir(shift(written, 1)))).toEqual(['violation:inForce']);
    expect(outcomesOf(RULE, inAir(null))).toEqual([]);
    expect(findingsOf(RULE, inAir(undefined))).toMatchObject([
      { severity: 'info', missingFacts: ['transfer.custodyTransferAt'], potentialSeverity: 'violation' },
    ]);
    expect(findingsOf(RULE, inAir(written))[0]?.facts.judgedAt).toBe(written);
  });

  it('ends at the earlier of stay and vacatur (exclusive), noting a later one on the finding', () => {
    const written = '2025-07-01T00:00:00Z';
    expect(outcomesOf(RULE, ordered({ writtenAt: written, stayedAt: departure }))).toEqual([]);
    expect(outcomesOf(RULE, ordered({ writtenAt: written, vacatedAt: shift(departure, -1) }))).toEqual([]);
    const stayed = findingsOf(RULE, ordered({ writtenAt: written, stayedAt: shift(departure, 1) }));
    expect(stayed).toMatchObject([
      { severity: 'violation', outcome: 'inForceLaterStayed', authorityStatus: 'stayed' },
    ]);
    expect(stayed[0]?.explanation).toContain('stayed afterwards');
    const vacated = findingsOf(
      RULE,
      ordered({ writtenAt: written, stayedAt: '2025-09-01T00:00:00Z', vacatedAt: shift(departure, 1) }),
    );
    expect(vacated).toMatchObject([
      { outcome: 'inForceLaterVacated', authorityStatus: 'vacated', contested: false },
    ]);
    expect(vacated[0]?.es.explanation).toContain('anulada');
    expectWellFormed([...stayed, ...vacated]);
  });

  it('is a contested violation when only the oral order was in force', () => {
    const oral = '2025-08-01T15:00:00Z';
    expect(outcomesOf(RULE, ordered({ oralAt: oral, writtenAt: null }))).toEqual(['violation:oralOnly']);
    expect(outcomesOf(RULE, ordered({ oralAt: oral, writtenAt: shift(departure, 1) }))).toEqual([
      'violation:oralOnly',
    ]);
    expect(outcomesOf(RULE, ordered({ oralAt: oral, writtenAt: departure }))).toEqual(['violation:inForce']);
    const handOver = { transfer: { custodyTransferAt: '2025-08-01T20:00:00Z' } };
    expect(outcomesOf(RULE, ordered({ oralAt: shift(departure, 1), writtenAt: null }, handOver))).toEqual([
      'violation:oralOnly',
    ]);
    const handedBefore = { transfer: { custodyTransferAt: departure } };
    expect(outcomesOf(RULE, ordered({ oralAt: shift(departure, 1), writtenAt: null }, handedBefore))).toEqual(
      [],
    );
    const findings = findingsOf(RULE, ordered({ oralAt: oral, writtenAt: null }));
    expect(findings[0]).toMatchObject({ contested: true, authorityStatus: 'contested' });
    const later = findingsOf(
      RULE,
      ordered({ oralAt: oral, writtenAt: null, vacatedAt: '2025-09-01T00:00:00Z' }),
    );
    expect(later[0]).toMatchObject({
      outcome: 'oralOnlyLaterVacated',
      contested: true,
      authorityStatus: 'vacated',
    });
    expectWellFormed([...findings, ...later]);
  });

  it('follows the scope of the order: AEA designees and the D.V.D. class', () => {
    const designees = { scope: 'aea_designees' as const, writtenAt: '2025-07-01T00:00:00Z' };
    expect(outcomesOf(RULE, ordered(designees))).toEqual([]);
    expect(
      outcomesOf(RULE, ordered(designees, { person: { aeaDesignatedAt: '2025-06-01T00:00:00Z' } })),
    ).toEqual(['violation:inForce']);
    expect(outcomesOf(RULE, ordered(designees, { transfer: { authority: 'AEA' } }))).toEqual([
      'violation:inForce',
    ]);
    const classC = { scope: 'class_c' as const, writtenAt: '2025-07-01T00:00:00Z' };
    const order = { authority: 'INA240' as const, issuedAt: '2025-01-01', finalAt: '2025-02-01' };
    const member = ordered(classC, { removalOrder: { ...order, countriesNamed: ['MEX'] } });
    expect(outcomesOf(RULE, member)).toEqual(['violation:inForce']);
    expect(
      outcomesOf(RULE, ordered(classC, { removalOrder: { ...order, countriesNamed: ['VEN'] } })),
    ).toEqual([]);
    expect(findingsOf(RULE, ordered(classC, { removalOrder: order }))).toMatchObject([
      { severity: 'info', missingFacts: ['removalOrder.countriesNamed'], potentialSeverity: 'violation' },
    ]);
  });

  it('leaves the J.G.G., A.A.R.P. and D.V.D. orders to their own rules', () => {
    const times = { writtenAt: '2025-07-01T00:00:00Z' };
    for (const own of [
      { id: 'jgg-class-tro' },
      { id: 'x', case: 'J.G.G. v. Trump, No. 25-cv-766' },
      { id: 'aarp-scotus' },
      { id: 'x', case: 'A.A.R.P. v. Trump' },
      { id: 'dvd-pi' },
      { id: 'x', case: 'D.V.D. v. DHS' },
    ])
      expect(outcomesOf(RULE, ordered({ ...times, ...own }))).toEqual([]);
  });

  it('yields one finding per order in force', () => {
    const input = bundle({
      courtOrders: [
        { id: 'a', case: 'Doe v. Noem', scope: 'this_person', writtenAt: '2025-07-01T00:00:00Z' },
        { id: 'b', case: 'Roe v. Noem', scope: 'this_person', writtenAt: '2025-07-02T00:00:00Z' },
      ],
    });
    expect(outcomesOf(RULE, input)).toEqual(['violation:inForce', 'violation:inForce']);
  });

  it('gives info when the order times or the departure are missing', () => {
    expect(findingsOf(RULE, ordered({}))[0]?.missingFacts).toEqual([
      'courtOrders[0].writtenAt',
      'courtOrders[0].oralAt',
    ]);
    expect(outcomesOf(RULE, ordered({ writtenAt: null, oralAt: null }))).toEqual([]);
    const noDeparture = ordered(
      { writtenAt: '2025-07-01T00:00:00Z' },
      { transfer: { departureAt: undefined } },
    );
    expect(findingsOf(RULE, noDeparture)[0]?.missingFacts).toEqual(['transfer.departureAt']);
    expectWellFormed(findingsOf(RULE, noDeparture));
  });
});
