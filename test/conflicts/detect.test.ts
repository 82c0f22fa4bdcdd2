import { describe, expect, it } from 'vitest';
import { detectConflicts, factsAsSeenBy } from '../../src/core/conflicts/detect.js';
import type { Fact, PersonFacts } from '../../src/core/conflicts/types.js';
import { custodyEventSchema } from '../../src/core/entities/custodyEvent.js';
import { movementSchema } from '../../src/core/entities/movement.js';
import { personRecordSchema } from '../../src/core/entities/person.js';
import { transferSchema } from '../../src/core/entities/transfer.js';

// The detectors are pure: these cases pin the edges of "certainly" without a store.
const NOW = new Date('2025-08-10T12:00:00.000Z');
const PERSON = 'per_test';
const SOURCE = ['src_test'];
let counter = 0;
const id = (prefix: string) => `${prefix}_${String((counter += 1)).padStart(4, '0')}`;

const record = (birthDate: string): Fact<'personRecord'> => ({
  id: id('rec'),
  data: personRecordSchema.parse({ personId: PERSON, fullName: 'Ana Prueba', birthDate, sourceIds: SOURCE }),
});
const event = (fields: Record<string, unknown>): Fact<'custodyEvent'> => ({
  id: id('cev'),
  data: custodyEventSchema.parse({ personId: PERSON, type: 'detained', sourceIds: SOURCE, ...fields }),
});
const transfer = (fields: Record<string, unknown>): Fact<'transfer'> => ({
  id: id('trf'),
  data: transferSchema.parse({
    personId: PERSON,
    legalBasis: 'AEA',
    fromCountry: 'USA',
    toCountry: 'SLV',
    sourceIds: SOURCE,
    ...fields,
  }),
});
const movement = (
  departure: Record<string, unknown>,
  arrival: Record<string, unknown>,
): Fact<'movement'> => ({
  id: id('mov'),
  data: movementSchema.parse({
    kind: 'flight',
    date: '2025-03-15',
    departure: { place: 'Harlingen', country: 'USA', ...departure },
    arrival: { place: 'San Salvador', country: 'SLV', ...arrival },
    sourceIds: SOURCE,
  }),
});

function facts(given: Partial<PersonFacts>): PersonFacts {
  return { records: [], custodyEvents: [], transfers: [], movements: [], ...given };
}
const codesOf = (given: Partial<PersonFacts>, now = NOW) =>
  detectConflicts(facts(given), now).map((conflict) => conflict.code);

describe('completed_transfer_in_future', () => {
  it('waits for the last time zone: a date is in the future only once no place on Earth has reached it', () => {
    // 2025-08-10T12:00Z is 2025-08-11T02:00 at UTC+14.
    expect(codesOf({ transfers: [transfer({ date: '2025-08-11' })] })).toEqual([]);
    expect(codesOf({ transfers: [transfer({ date: '2025-08-12' })] })).toEqual([
      'completed_transfer_in_future',
    ]);
    expect(
      codesOf({ transfers: [transfer({ date: '2025-08-11' })] }, new Date('2025-08-10T09:59:59.000Z')),
    ).toEqual(['completed_transfer_in_future']);
  });

  it('compares an instant with the clock exactly', () => {
    const soon = transfer({ date: '2025-08-10', departureAt: '2025-08-10T12:00:01Z' });
    const past = transfer({ date: '2025-08-10', departureAt: '2025-08-10T11:59:59Z' });
    expect(codesOf({ transfers: [soon, past] })).toEqual(['completed_transfer_in_future']);
  });

  it('judges only completed transfers', () => {
    for (const status of ['halted', 'planned', 'unknown'])
      expect(codesOf({ transfers: [transfer({ date: '2026', status })] })).toEqual([]);
  });
});

describe('custody_before_birth', () => {
  it('names every record whose birth date the event precedes, and no other', () => {
    const early = record('2001-06-02');
    const late = record('2001-07');
    const vague = record('2001');
    const detained = event({ date: '2001-05-30' });
    const [conflict] = detectConflicts(
      facts({ records: [early, late, vague], custodyEvents: [detained] }),
      NOW,
    );
    expect(conflict?.facts.map((fact) => fact.id)).toEqual([detained.id, early.id, late.id]);
    expect(conflict?.message.en).toContain('(2001-06-02, 2001-07)');
  });

  it('compares an instant by the day its source wrote, and says nothing without a birth date', () => {
    // 2001-06-02T01:00Z is still 2001-06-01 at -05:00: before a birth on 2001-06-02.
    const night = event({ date: '2001-06-01', at: '2001-06-01T20:00:00-05:00' });
    expect(codesOf({ records: [record('2001-06-02')], custodyEvents: [night] })).toEqual([
      'custody_before_birth',
    ]);
    expect(codesOf({ records: [record('2001-06-01')], custodyEvents: [night] })).toEqual([]);
    expect(codesOf({ custodyEvents: [night] })).toEqual([]);
  });

  it('judges a viewer’s view from the birth year alone, so the conflict reveals no day or month', () => {
    const given = facts({ records: [record('1995-04-20')], custodyEvents: [event({ date: '1995-04-10' })] });
    expect(detectConflicts(given, NOW).map((conflict) => conflict.code)).toEqual(['custody_before_birth']);
    expect(detectConflicts(factsAsSeenBy(given, 'viewer'), NOW)).toEqual([]);
    const earlier = facts({
      records: [record('1995-04-20')],
      custodyEvents: [event({ date: '1994-12-01' })],
    });
    const [seen] = detectConflicts(factsAsSeenBy(earlier, 'viewer'), NOW);
    expect(seen?.message.en).toContain('(1995)');
    expect(JSON.stringify(seen)).not.toContain('04-20');
  });
});

describe('release_before_detention', () => {
  it('needs the release certainly before every detention', () => {
    const released = event({ type: 'released', date: '2025-03-10' });
    expect(
      codesOf({ custodyEvents: [released, event({ date: '2025-03-12' }), event({ date: '2025-04' })] }),
    ).toEqual(['release_before_detention']);
    expect(
      codesOf({ custodyEvents: [released, event({ date: '2025-03-12' }), event({ date: '2025-03' })] }),
    ).toEqual([]);
    expect(codesOf({ custodyEvents: [released, event({ date: '2025-03-10' })] })).toEqual([]);
    expect(codesOf({ custodyEvents: [released] })).toEqual([]);
  });

  it('compares two instants exactly', () => {
    const detained = event({ date: '2025-03-10', at: '2025-03-10T10:00:00-05:00' });
    const released = event({ type: 'released', date: '2025-03-10', at: '2025-03-10T09:00:00-05:00' });
    expect(codesOf({ custodyEvents: [detained, released] })).toEqual(['release_before_detention']);
  });
});

describe('custody_ends_before_it_begins', () => {
  it('names the stay’s fields too, in one conflict per event', () => {
    const odd = event({
      date: '2025-03-16',
      until: '2025-03-10',
      stay: { from: '2025-03-01', to: '2025-02' },
    });
    const [conflict] = detectConflicts(facts({ custodyEvents: [odd] }), NOW);
    expect(conflict?.facts).toEqual([
      { kind: 'custodyEvent', id: odd.id, paths: [['until'], ['date'], ['stay', 'to'], ['stay', 'from']] },
    ]);
    expect(codesOf({ custodyEvents: [event({ date: '2025-03-16', until: '2025-03-16' })] })).toEqual([]);
  });
});

describe('movement_arrives_before_departure', () => {
  it('reads the departure from its instant, its date, or the movement’s date', () => {
    expect(codesOf({ movements: [movement({}, { date: '2025-03-14' })] })).toEqual([
      'movement_arrives_before_departure',
    ]);
    expect(codesOf({ movements: [movement({ date: '2025-03-13' }, { date: '2025-03-14' })] })).toEqual([]);
    expect(codesOf({ movements: [movement({}, { date: '2025-03' })] })).toEqual([]);
    expect(codesOf({ movements: [movement({}, {})] })).toEqual([]);
  });
});

describe('transfer_handover_before_departure', () => {
  it('compares the hand-over with the departure instant, else with the date', () => {
    expect(
      codesOf({
        transfers: [transfer({ date: '2025-03-15', custodyTransferAt: '2025-03-14T23:00:00-06:00' })],
      }),
    ).toEqual(['transfer_handover_before_departure']);
    expect(
      codesOf({
        transfers: [transfer({ date: '2025-03-15', custodyTransferAt: '2025-03-15T01:00:00-06:00' })],
      }),
    ).toEqual([]);
  });
});

describe('two_facilities_at_once', () => {
  it('flags an event inside another facility’s stay, not one on its first or last day', () => {
    const stay = event({ date: '2025-03-01', until: '2025-04-01', facilityId: 'fac_a' });
    for (const [date, expected] of [
      ['2025-03-15', ['two_facilities_at_once']],
      ['2025-03-01', []],
      ['2025-04-01', []],
      ['2025-03', []],
    ] as const) {
      const visit = event({ type: 'transferred', date, facilityId: 'fac_b' });
      expect(codesOf({ custodyEvents: [stay, visit] }), date).toEqual(expected);
    }
  });

  it('ignores events in the same facility, without a facility, of unknown whereabouts, or ending before they begin', () => {
    const stay = event({ date: '2025-03-01', until: '2025-04-01', facilityId: 'fac_a' });
    expect(
      codesOf({
        custodyEvents: [
          stay,
          event({ date: '2025-03-10', facilityId: 'fac_a' }),
          event({ date: '2025-03-11' }),
          event({ type: 'whereabouts_unknown', date: '2025-03-12', facilityId: 'fac_c' }),
        ],
      }),
    ).toEqual([]);
    const backwards = event({ date: '2025-03-20', until: '2025-03-05', facilityId: 'fac_d' });
    expect(codesOf({ custodyEvents: [stay, backwards] })).toEqual(['custody_ends_before_it_begins']);
  });
});

describe('in_facility_before_transfer', () => {
  const held = (fields: Record<string, unknown> = {}) =>
    event({ date: '2025-03-10', facilityId: 'fac_cecot', ...fields });
  const into = (fields: Record<string, unknown> = {}) =>
    transfer({ date: '2025-03-15', toFacilityId: 'fac_cecot', ...fields });

  it('flags the transfer, naming every event that already holds the person there', () => {
    const first = held();
    const second = held({ type: 'transferred', date: '2025-03-12' });
    const move = into();
    const [conflict] = detectConflicts(facts({ custodyEvents: [first, second], transfers: [move] }), NOW);
    expect(conflict?.facts.map((fact) => fact.id)).toEqual([move.id, first.id, second.id]);
  });

  it('is reconciled by a book-out before the transfer, a release, another transfer or a stay elsewhere between', () => {
    expect(codesOf({ custodyEvents: [held({ until: '2025-03-12' })], transfers: [into()] })).toEqual([]);
    expect(codesOf({ custodyEvents: [held({ until: '2025-03' })], transfers: [into()] })).toEqual([]);
    expect(codesOf({ custodyEvents: [held({ until: '2025-04' })], transfers: [into()] })).toEqual([
      'in_facility_before_transfer',
    ]);
    const released = event({ type: 'released', date: '2025-03-12', facilityId: 'fac_cecot' });
    expect(codesOf({ custodyEvents: [held(), released], transfers: [into()] })).toEqual([]);
    const earlier = transfer({ date: '2025-03', toCountry: 'USA', fromCountry: 'SLV' });
    expect(codesOf({ custodyEvents: [held()], transfers: [into(), earlier] })).toEqual([]);
    const planned = transfer({ date: '2025-03-12', status: 'planned' });
    expect(codesOf({ custodyEvents: [held()], transfers: [into(), planned] })).toEqual([
      'in_facility_before_transfer',
    ]);
  });

  it('judges completed transfers only, and events certainly before the departure only', () => {
    expect(codesOf({ custodyEvents: [held()], transfers: [into({ status: 'halted' })] })).toEqual([]);
    expect(codesOf({ custodyEvents: [held({ date: '2025-03-15' })], transfers: [into()] })).toEqual([]);
  });
});

it('lists conflicts by code, then by the ids of their facts', () => {
  const given = facts({
    records: [record('2030')],
    custodyEvents: [event({ date: '2025-03-16', until: '2025-03-10' }), event({ date: '2025-03-17' })],
    transfers: [transfer({ date: '2025-09-01' })],
  });
  expect(detectConflicts(given, NOW).map((conflict) => conflict.code)).toEqual([
    'completed_transfer_in_future',
    'custody_before_birth',
    'custody_before_birth',
    'custody_ends_before_it_begins',
  ]);
});
