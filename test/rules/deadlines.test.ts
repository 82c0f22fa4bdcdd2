import { describe, expect, it } from 'vitest';
import { CLOCKS } from '../../src/core/rules/deadlines.data.js';
import { computeDeadlines, durationMs, timeLeftWords } from '../../src/core/rules/deadlines.js';
import { DAY, HOUR } from '../../src/core/rules/time.js';
import { at, clock, expectBoundary, facts, final, issued, notice, order, removal } from './deadlineFacts.js';

describe('order clocks', () => {
  it('runs the BIA appeal 30 days from the decision of an INA §240 order', () => {
    expectBoundary('bia-appeal', [facts({ removalOrder: order() })], issued, 30 * DAY);
    const deadline = clock('bia-appeal', [facts({ removalOrder: order() })], at(issued));
    expect(deadline?.legalSource).toContain('8 CFR 1003.38(b)');
    expect(deadline?.facts).toMatchObject({
      'removalOrder.issuedAt': issued,
      'removalOrder.authority': 'INA240',
    });
  });

  it('does not run the BIA appeal when waived or for other orders; notes an unrecorded authority', () => {
    expect(
      clock('bia-appeal', [facts({ removalOrder: order({ appealWaived: true }) })], at(issued)),
    ).toBeUndefined();
    expect(
      clock('bia-appeal', [facts({ removalOrder: order({ authority: 'ER235b1' }) })], at(issued)),
    ).toBeUndefined();
    const unknown = clock('bia-appeal', [facts({ removalOrder: { issuedAt: issued } })], at(issued));
    expect(unknown?.note?.en).toContain('not recorded');
  });

  it('closes the BIA appeal when a BIA appeal is filed, not an appeal elsewhere or one filed after now', () => {
    const filed = '2025-09-10T00:00:00Z';
    const appealed = facts({ removalOrder: order(), appeals: [{ forum: 'BIA', filedAt: filed }] });
    expect(clock('bia-appeal', [appealed], at(filed, 1))).toMatchObject({
      open: false,
      timeLeftMs: 0,
      closedBy: { fact: 'appeals[0].filedAt', at: new Date(filed).toISOString() },
      facts: { 'appeals[0].filedAt': filed },
    });
    expect(clock('bia-appeal', [appealed], at(filed, -1))?.open).toBe(true);
    const elsewhere = facts({ removalOrder: order(), appeals: [{ forum: '9th Cir.', filedAt: filed }] });
    expect(clock('bia-appeal', [elsewhere], at(filed, 1))?.open).toBe(true);
  });

  it('runs the petition for review 30 days from the final order, closed by a petition filed', () => {
    expectBoundary('petition-for-review', [facts({ removalOrder: order() })], final, 30 * DAY);
    const filed = '2025-10-05T00:00:00Z';
    const petitioned = facts({
      removalOrder: order(),
      petitionsForReview: [{ court: '9th Cir.', filedAt: filed }],
    });
    expect(clock('petition-for-review', [petitioned], at(filed, 1))?.closedBy?.fact).toBe(
      'petitionsForReview[0].filedAt',
    );
    expect(
      clock('petition-for-review', [facts({ removalOrder: order({ authority: 'ER235b1' }) })], at(final)),
    ).toBeUndefined();
  });

  it('runs the motion to reopen 90 days from the final order, closed by the person’s motion only', () => {
    expectBoundary('motion-to-reopen', [facts({ removalOrder: order() })], final, 90 * DAY);
    const filed = '2025-11-01T00:00:00Z';
    const byDhs = facts({ removalOrder: order(), reopenMotions: [{ filedAt: filed, by: 'DHS' }] });
    expect(clock('motion-to-reopen', [byDhs], at(filed, 1))?.open).toBe(true);
    const byPerson = facts({ removalOrder: order(), reopenMotions: [{ filedAt: filed, by: 'person' }] });
    expect(clock('motion-to-reopen', [byPerson], at(filed, 1))?.closedBy?.fact).toBe(
      'reopenMotions[0].filedAt',
    );
  });

  it('runs Zadvydas 180 days from the final order while detained, closed by release, not for AEA', () => {
    const detained = facts({
      removalOrder: order(),
      person: { confinement: [{ district: 'W.D. La.', to: null }] },
    });
    expectBoundary('zadvydas', [detained], final, 180 * DAY);
    expect(clock('zadvydas', [facts({ removalOrder: order() })], at(final))).toBeUndefined();
    expect(
      clock('zadvydas', [facts({ removalOrder: order(), person: { confinement: [] } })], at(final)),
    ).toBeUndefined();
    const released = '2025-11-01T00:00:00Z';
    const out = facts({
      removalOrder: order(),
      person: { confinement: [{ district: 'W.D. La.', to: released }] },
    });
    expect(clock('zadvydas', [out], at(released, 1))?.closedBy?.fact).toBe('person.confinement[0].to');
    const aea = facts({
      removalOrder: order({ authority: 'AEA' }),
      person: { confinement: [{ district: 'N.D. Tex.' }] },
    });
    expect(clock('zadvydas', [aea], at(final))).toBeUndefined();
  });
});

describe('computeDeadlines', () => {
  it('lists nothing when the anchoring facts are absent', () => {
    const now = at('2025-09-01T00:00:00Z');
    expect(computeDeadlines([], now)).toEqual([]);
    expect(computeDeadlines([facts()], now)).toEqual([]);
    expect(computeDeadlines([facts({ removalOrder: { authority: 'INA240' } })], now)).toEqual([]);
    expect(computeDeadlines([facts({ notices: [{ kind: 'third_country', servedAt: null }] })], now)).toEqual(
      [],
    );
    expect(computeDeadlines([facts({ removalOrder: null, notices: [] })], now)).toEqual([]);
  });

  it('does not list a clock whose anchoring fact is dated after now', () => {
    expect(computeDeadlines([facts({ removalOrder: order() })], at(issued, -1))).toEqual([]);
  });

  it('keeps a closed clock 30 days after it closed, then omits it', () => {
    const end = at(issued) + 30 * DAY;
    const input = [facts({ removalOrder: order({ finalAt: null }) })];
    expect(clock('bia-appeal', input, end + 30 * DAY - 1000)?.open).toBe(false);
    expect(clock('bia-appeal', input, end + 30 * DAY + 1000)).toBeUndefined();
    const filed = '2025-09-05T00:00:00Z';
    const appealed = [facts({ removalOrder: order(), appeals: [{ forum: 'BIA', filedAt: filed }] })];
    expect(clock('bia-appeal', appealed, at(filed) + 30 * DAY - 1000)?.closedBy).toBeDefined();
    expect(clock('bia-appeal', appealed, at(filed) + 30 * DAY + 1000)).toBeUndefined();
  });

  it('lists a fact copied into several bundles once, pooling what closes it', () => {
    const person = facts({ notices: [notice('third_country')], removalOrder: order() });
    const departure = '2025-08-05T00:00:00Z';
    const transferred = facts({
      notices: [notice('third_country')],
      removalOrder: order(),
      transfer: removal(departure),
    });
    const deadlines = computeDeadlines([person, transferred], at(departure, 1));
    const opportunity = deadlines.filter((deadline) => deadline.clock === 'dvd-meaningful-opportunity');
    expect(opportunity).toHaveLength(1);
    expect(opportunity[0]).toMatchObject({ open: false, facts: { bundles: [0, 1] } });
    const another = facts({ notices: [{ ...notice('third_country'), servedAt: '2025-08-04T00:00:00Z' }] });
    const both = computeDeadlines([person, another], at('2025-08-04T00:00:00Z'));
    expect(both.filter((deadline) => deadline.clock === 'dvd-meaningful-opportunity')).toHaveLength(2);
  });

  it('closes a clock copied into several bundles when any of them records the closing fact', () => {
    const filed = '2025-09-10T00:00:00Z';
    const withoutAppeal = facts({ removalOrder: order() });
    const withAppeal = facts({ removalOrder: order(), appeals: [{ forum: 'BIA', filedAt: filed }] });
    const deadlines = computeDeadlines([withoutAppeal, withAppeal], at(filed, 1));
    expect(deadlines.filter((deadline) => deadline.clock === 'bia-appeal')).toEqual([
      expect.objectContaining({
        open: false,
        closedBy: { fact: 'appeals[0].filedAt', at: new Date(filed).toISOString() },
      }),
    ]);
  });

  it('reads the period from the clock data', () => {
    const definition = CLOCKS.find((candidate) => candidate.id === 'bia-appeal');
    if (!definition) throw new Error('bia-appeal is not defined');
    const saved = definition.duration;
    definition.duration = { amount: 2, unit: 'hours' };
    try {
      const deadline = clock('bia-appeal', [facts({ removalOrder: order() })], at(issued));
      expect(deadline?.endsAt).toBe(new Date(at(issued) + 2 * HOUR).toISOString());
    } finally {
      definition.duration = saved;
    }
  });

  it('does not let a departure before the notice, or from another country, close a pre-removal clock', () => {
    const earlier = facts({ transfer: removal('2025-07-01T00:00:00Z') });
    const fromUk = facts({
      transfer: { ...removal('2025-08-02T00:00:00Z'), from: 'GBR', destination: 'RWA' },
    });
    const input = [facts({ notices: [notice('third_country')] }), earlier, fromUk];
    expect(clock('dvd-meaningful-opportunity', input, at('2025-08-03T00:00:00Z'))?.open).toBe(true);
  });

  it('sorts by end, each clock lasting its period', () => {
    const person = facts({
      removalOrder: order(),
      notices: [{ ...notice('third_country'), servedAt: '2025-10-02T00:00:00Z' }],
      person: { confinement: [{ district: 'W.D. La.', to: null }] },
    });
    const deadlines = computeDeadlines([person], at('2025-10-02T01:00:00Z'));
    expect(deadlines.map((deadline) => deadline.clock)).toEqual([
      'bia-appeal',
      'ice-third-country-notice-6h',
      'ice-third-country-notice-24h',
      'dvd-meaningful-opportunity',
      'petition-for-review',
      'motion-to-reopen',
      'zadvydas',
    ]);
    for (const deadline of deadlines) {
      const definition = CLOCKS.find((candidate) => candidate.id === deadline.clock);
      expect(Date.parse(deadline.endsAt) - Date.parse(deadline.startsAt)).toBe(
        definition && durationMs(definition.duration),
      );
    }
  });

  it('says the time left in English and Spanish', () => {
    const deadline = clock(
      'bia-appeal',
      [facts({ removalOrder: order() })],
      at(issued) + 26 * DAY + 20 * HOUR,
    );
    expect(deadline?.timeLeft).toEqual({ en: '3 days 4 hours', es: '3 días 4 horas' });
    expect(deadline?.title.es).toContain('Junta de Apelaciones');
    expect(timeLeftWords(DAY + 5 * 60_000)).toEqual({ en: '1 day', es: '1 día' });
    expect(timeLeftWords(HOUR + 60_000)).toEqual({ en: '1 hour 1 minute', es: '1 hora 1 minuto' });
    expect(timeLeftWords(59_000)).toEqual({ en: 'less than a minute', es: 'menos de un minuto' });
    expect(timeLeftWords(0)).toEqual({ en: '0 minutes', es: '0 minutos' });
  });
});
