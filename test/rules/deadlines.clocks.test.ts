import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../src/core/rules/time.js';
import { at, clock, expectBoundary, facts, notice, removal, served } from './deadlineFacts.js';

describe('third-country clocks', () => {
  const stayedNotice = [facts({ notices: [notice('third_country')] })];

  it('runs the D.V.D. 10 days from a third-country notice, noting the stay, closed by removal', () => {
    expectBoundary('dvd-meaningful-opportunity', stayedNotice, served, 10 * DAY);
    expect(clock('dvd-meaningful-opportunity', stayedNotice, at(served))?.note?.en).toContain('24A1153');
    const departure = '2025-08-03T00:00:00Z';
    const removed = [...stayedNotice, facts({ transfer: removal(departure) })];
    expect(clock('dvd-meaningful-opportunity', removed, at(departure, 1))).toMatchObject({
      open: false,
      closedBy: { fact: 'transfer.departureAt' },
    });
  });

  it('does not list the D.V.D. 10 days for a period that ran out before the remedy order', () => {
    const early = [facts({ notices: [{ ...notice('third_country'), servedAt: '2025-05-01T00:00:00Z' }] })];
    expect(clock('dvd-meaningful-opportunity', early, at('2025-05-22T00:00:00Z'))).toBeUndefined();
    const running = [facts({ notices: [{ ...notice('third_country'), servedAt: '2025-05-15T00:00:00Z' }] })];
    const listed = clock('dvd-meaningful-opportunity', running, at('2025-05-22T00:00:00Z'));
    expect(listed?.open).toBe(true);
    expect(listed?.note).toBeUndefined();
  });

  it('runs the D.V.D. 15 days from a negative reasonable-fear finding, closed by the person’s motion', () => {
    const decided = '2025-08-02T00:00:00Z';
    const screening = {
      kind: 'reasonable_fear' as const,
      referredAt: served,
      decidedAt: decided,
      outcome: 'negative' as const,
    };
    expectBoundary('dvd-negative-fear-finding', [facts({ screenings: [screening] })], decided, 15 * DAY);
    const positive = facts({ screenings: [{ ...screening, outcome: 'positive' }] });
    const credible = facts({ screenings: [{ ...screening, kind: 'credible_fear' }] });
    expect(clock('dvd-negative-fear-finding', [positive], at(decided))).toBeUndefined();
    expect(clock('dvd-negative-fear-finding', [credible], at(decided))).toBeUndefined();
    const filed = '2025-08-05T00:00:00Z';
    const moved = facts({ screenings: [screening], reopenMotions: [{ filedAt: filed, by: 'person' }] });
    expect(clock('dvd-negative-fear-finding', [moved], at(filed))?.closedBy?.fact).toBe(
      'reopenMotions[0].filedAt',
    );
  });

  it('runs the ICE 24-hour and 6-hour notice periods, the 6 hours only when exigency is possible', () => {
    expectBoundary('ice-third-country-notice-24h', stayedNotice, served, 24 * HOUR);
    expectBoundary('ice-third-country-notice-6h', stayedNotice, served, 6 * HOUR);
    const notExigent = [facts({ notices: [notice('third_country')], transfer: { exigent: false } })];
    expect(clock('ice-third-country-notice-6h', notExigent, at(served))).toBeUndefined();
    expect(clock('ice-third-country-notice-24h', notExigent, at(served))?.open).toBe(true);
  });

  it('does not run the ICE notice periods when an assurance for the named country was deemed credible', () => {
    const assured = (country: string) => [
      facts({
        notices: [notice('third_country')],
        assurances: [{ country, kind: 'blanket', deemedCredibleAt: '2025-07-01T00:00:00Z' }],
      }),
    ];
    expect(clock('ice-third-country-notice-24h', assured('SSD'), at(served))).toBeUndefined();
    expect(clock('ice-third-country-notice-6h', assured('SSD'), at(served))).toBeUndefined();
    expect(clock('ice-third-country-notice-24h', assured('GHA'), at(served))?.open).toBe(true);
  });

  it('runs the screening decision 24 hours from referral, closed by the decision', () => {
    const referred = '2025-08-01T11:00:00Z';
    const pending = {
      kind: 'third_country_fear' as const,
      referredAt: referred,
      decidedAt: null,
      outcome: null,
    };
    expectBoundary('ice-fear-screening-decision', [facts({ screenings: [pending] })], referred, 24 * HOUR);
    const decided = '2025-08-01T20:00:00Z';
    const done = facts({ screenings: [{ ...pending, decidedAt: decided, outcome: 'positive' }] });
    expect(clock('ice-fear-screening-decision', [done], at(decided))?.closedBy?.fact).toBe(
      'screenings[0].decidedAt',
    );
    const other = facts({ screenings: [{ ...pending, kind: 'reasonable_fear' }] });
    expect(clock('ice-fear-screening-decision', [other], at(referred))).toBeUndefined();
  });
});

describe('AEA and Costa Rica clocks', () => {
  it('runs the AEA notice 24 hours everywhere and 21 days when held in D. Colo. or W.D. Pa.', () => {
    const held = (district: string, to?: string) =>
      facts({
        notices: [notice('aea', 'SLV')],
        person: { confinement: [{ district, from: '2025-07-01T00:00:00Z', to }] },
      });
    expectBoundary('aea-notice', [held('N.D. Tex.')], served, 24 * HOUR);
    expect(clock('aea-notice-21-days', [held('N.D. Tex.')], at(served))).toBeUndefined();
    expectBoundary('aea-notice-21-days', [held('D. Colo.')], served, 21 * DAY);
    expect(clock('aea-notice-21-days', [held('W.D. Pa.')], at(served))?.facts).toMatchObject({
      'person.confinement[0].district': 'W.D. Pa.',
    });
    expect(
      clock('aea-notice-21-days', [held('D. Colo.', '2025-07-15T00:00:00Z')], at(served)),
    ).toBeUndefined();
  });

  it('runs the Costa Rica decision 15 days from the hand-over, else the departure, closed by the decision', () => {
    const handOver = '2025-08-02T09:00:00Z';
    const toCostaRica = { ...removal(served), destination: 'CRI', custodyTransferAt: handOver };
    expectBoundary('costa-rica-status-decision', [facts({ transfer: toCostaRica })], handOver, 15 * DAY);
    const noHandOver = { ...toCostaRica, custodyTransferAt: null };
    expectBoundary('costa-rica-status-decision', [facts({ transfer: noHandOver })], served, 15 * DAY);
    const decided = '2025-08-10T00:00:00Z';
    const decision = [facts({ transfer: { ...toCostaRica, statusDecisionAt: decided } })];
    expect(clock('costa-rica-status-decision', decision, at(decided, 60))?.closedBy?.fact).toBe(
      'transfer.statusDecisionAt',
    );
    expect(
      clock('costa-rica-status-decision', [facts({ transfer: removal(served) })], at(served)),
    ).toBeUndefined();
  });

  it('does not count a decision made after the period as closing it early', () => {
    const late = '2025-09-01T00:00:00Z';
    const toCostaRica = {
      ...removal(served),
      destination: 'CRI',
      custodyTransferAt: null,
      statusDecisionAt: late,
    };
    const deadline = clock('costa-rica-status-decision', [facts({ transfer: toCostaRica })], at(late, 1));
    expect(deadline).toMatchObject({ open: false });
    expect(deadline?.closedBy).toBeUndefined();
  });
});
