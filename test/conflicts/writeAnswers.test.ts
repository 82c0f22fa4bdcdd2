import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { codes, newPerson, NOW, writer, type Json } from './world.js';

// Each rule: the write that contradicts a stored fact is accepted and answers with the conflict; the same facts
// with a partial date that some reading reconciles answer with none.
describe.each(DIALECTS)('conflicts in write answers [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let post: ReturnType<typeof writer>['post'];
  let patch: ReturnType<typeof writer>['patch'];

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date(NOW));
    ({ api } = await adminApi(application));
    ({ post, patch } = writer(api));
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  const facility = async (sourceId: string, name: string) =>
    (await post('/api/facilities', build.facility(sourceId, { name }))).id as string;

  describe('completed_transfer_in_future', () => {
    it('flags a completed transfer departing after the clock, by date or by instant', async () => {
      const { sourceId, personId } = await newPerson(api);
      const byDate = await post('/api/transfers', build.transfer(sourceId, personId, { date: '2025-08-12' }));
      expect(byDate.id).toMatch(/^trf_/);
      expect(byDate.conflicts).toEqual([
        {
          code: 'completed_transfer_in_future',
          message: {
            en: 'A transfer is marked completed, but its departure (2025-08-12) is still to come.',
            es: 'Un traslado figura como completado, pero su salida (2025-08-12) aún no ha llegado.',
          },
          facts: [{ kind: 'transfer', id: byDate.id, paths: [['status'], ['date']] }],
        },
      ]);
      const byInstant = await post(
        '/api/transfers',
        build.transfer(sourceId, personId, { date: '2025-08-10', departureAt: '2025-08-10T09:00:00-05:00' }),
      );
      expect(byInstant.conflicts[0].facts).toEqual([
        { kind: 'transfer', id: byInstant.id, paths: [['status'], ['departureAt']] },
      ]);
    });

    it('does not flag a date some reading puts in the past or today anywhere, nor a planned transfer', async () => {
      const { sourceId, personId } = await newPerson(api);
      for (const overrides of [
        { date: '2025-08' },
        // Already 2025-08-11 at UTC+14 when the clock reads 2025-08-10T12:00Z.
        { date: '2025-08-11' },
        { date: '2025-08-10', departureAt: '2025-08-10T06:00:00-05:00' },
        { date: '2025-09-01', status: 'planned' },
      ]) {
        const answer = await post('/api/transfers', build.transfer(sourceId, personId, overrides));
        expect(answer.conflicts, JSON.stringify(overrides)).toEqual([]);
      }
    });

    it('answers a PATCH that completes a future transfer with the conflict', async () => {
      const { sourceId, personId } = await newPerson(api);
      const planned = await post(
        '/api/transfers',
        build.transfer(sourceId, personId, { date: '2025-09-01', status: 'planned' }),
      );
      const completed = await patch(`/api/transfers/${planned.id}`, {
        version: planned.version,
        status: 'completed',
      });
      expect(completed.status).toBe('completed');
      expect(codes(completed)).toEqual(['completed_transfer_in_future']);
    });
  });

  describe('custody_before_birth', () => {
    it('flags a custody event certainly before the birth date, in the event’s and the record’s answers', async () => {
      const { sourceId, personId, record } = await newPerson(api, '1995-04-20');
      const event = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { date: '1995-04-10' }),
      );
      expect(event.conflicts).toEqual([
        {
          code: 'custody_before_birth',
          message: {
            en: 'A custody event (detention, 1995-04-10) is dated before the birth date a person record gives (1995-04-20).',
            es: 'Un hecho de custodia (detención, 1995-04-10) es anterior a la fecha de nacimiento que da un registro de la persona (1995-04-20).',
          },
          facts: [
            { kind: 'custodyEvent', id: event.id, paths: [['date']] },
            { kind: 'personRecord', id: record.id, paths: [['birthDate']] },
          ],
        },
      ]);
      const changed = await patch(`/api/person-records/${record.id}`, {
        version: record.version,
        birthDate: '1995-05',
      });
      expect(codes(changed)).toEqual(['custody_before_birth']);
    });

    it('does not flag an event inside the month a birth date gives', async () => {
      const { sourceId, personId } = await newPerson(api, '1995-04');
      const event = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { date: '1995-04-10' }),
      );
      expect(event.conflicts).toEqual([]);
    });
  });

  describe('release_before_detention', () => {
    it('flags a release before every detention of the person', async () => {
      const { sourceId, personId } = await newPerson(api);
      const detained = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { date: '2025-03-16' }),
      );
      const released = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { type: 'released', date: '2025-03-10' }),
      );
      expect(released.conflicts).toEqual([
        {
          code: 'release_before_detention',
          message: {
            en: 'A release (2025-03-10) is dated before every detention of the person (the earliest: 2025-03-16).',
            es: 'Una puesta en libertad (2025-03-10) es anterior a todas las detenciones de la persona (la primera: 2025-03-16).',
          },
          facts: [
            { kind: 'custodyEvent', id: released.id, paths: [['date']] },
            { kind: 'custodyEvent', id: detained.id, paths: [['date']] },
          ],
        },
      ]);
    });

    it('does not flag a release some reading puts after a detention', async () => {
      const { sourceId, personId } = await newPerson(api);
      await post('/api/custody-events', build.custodyEvent(sourceId, personId, { date: '2025-03-16' }));
      const released = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { type: 'released', date: '2025-03' }),
      );
      expect(released.conflicts).toEqual([]);
    });
  });

  describe('custody_ends_before_it_begins', () => {
    it('flags an event whose until is before its own date', async () => {
      const { sourceId, personId } = await newPerson(api);
      const event = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { date: '2025-03-16', until: '2025-03-10' }),
      );
      expect(event.conflicts).toMatchObject([
        {
          code: 'custody_ends_before_it_begins',
          facts: [{ kind: 'custodyEvent', id: event.id, paths: [['until'], ['date']] }],
        },
      ]);
      expect(event.conflicts[0].message.en).toBe(
        'A custody event (detention) ends before it begins (2025-03-10 < 2025-03-16).',
      );
    });

    it('does not flag an until in the month of the date', async () => {
      const { sourceId, personId } = await newPerson(api);
      const event = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { date: '2025-03-16', until: '2025-03' }),
      );
      expect(event.conflicts).toEqual([]);
    });
  });

  describe('movement_arrives_before_departure', () => {
    const flight = (sourceId: string, arrival: Json) => ({
      kind: 'flight',
      date: '2025-03-15',
      departure: { place: 'Harlingen, TX', country: 'USA', at: '2025-03-15T17:45:00-05:00' },
      arrival: { place: 'San Salvador', country: 'SLV', ...arrival },
      sourceIds: [sourceId],
    });

    it('flags a movement arriving before it departs, in the movement’s answer', async () => {
      const { sourceId } = await newPerson(api);
      // 15:00 at -06:00 is 21:00Z, before the departure at 22:45Z.
      const movement = await post('/api/movements', flight(sourceId, { at: '2025-03-15T15:00:00-06:00' }));
      expect(movement.conflicts).toEqual([
        {
          code: 'movement_arrives_before_departure',
          message: {
            en: 'A movement arrives (2025-03-15T15:00:00-06:00) before it departs (2025-03-15T17:45:00-05:00).',
            es: 'Un desplazamiento llega (2025-03-15T15:00:00-06:00) antes de salir (2025-03-15T17:45:00-05:00).',
          },
          facts: [
            {
              kind: 'movement',
              id: movement.id,
              paths: [
                ['arrival', 'at'],
                ['departure', 'at'],
              ],
            },
          ],
        },
      ]);
    });

    it('does not flag an arrival dated the day of the departure', async () => {
      const { sourceId } = await newPerson(api);
      const movement = await post('/api/movements', flight(sourceId, { date: '2025-03-15' }));
      expect(movement.conflicts).toEqual([]);
    });
  });

  describe('transfer_handover_before_departure', () => {
    it('flags a hand-over before the departure', async () => {
      const { sourceId, personId } = await newPerson(api);
      const transfer = await post(
        '/api/transfers',
        build.transfer(sourceId, personId, {
          departureAt: '2025-03-15T17:45:00-05:00',
          custodyTransferAt: '2025-03-15T10:00:00-05:00',
        }),
      );
      expect(transfer.conflicts).toMatchObject([
        {
          code: 'transfer_handover_before_departure',
          facts: [{ kind: 'transfer', id: transfer.id, paths: [['custodyTransferAt'], ['departureAt']] }],
        },
      ]);
    });

    it('does not flag a hand-over inside the month the departure date gives', async () => {
      const { sourceId, personId } = await newPerson(api);
      const transfer = await post(
        '/api/transfers',
        build.transfer(sourceId, personId, {
          date: '2025-03',
          custodyTransferAt: '2025-03-10T10:00:00-06:00',
        }),
      );
      expect(transfer.conflicts).toEqual([]);
    });
  });

  describe('two_facilities_at_once', () => {
    it('flags two stays in different facilities that certainly overlap', async () => {
      const { sourceId, personId } = await newPerson(api);
      const [first, second] = [await facility(sourceId, 'Centro A'), await facility(sourceId, 'Centro B')];
      const stayA = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, {
          date: '2025-03-01',
          until: '2025-03-20',
          facilityId: first,
        }),
      );
      const stayB = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, {
          type: 'transferred',
          date: '2025-03-10',
          until: '2025-04-01',
          facilityId: second,
        }),
      );
      expect(codes(stayB)).toEqual(['two_facilities_at_once']);
      const ids = stayB.conflicts[0].facts.map((fact: Json) => fact.id).sort();
      expect(ids).toEqual([stayA.id, stayB.id].sort());
      expect(stayB.conflicts[0].facts[0].paths).toEqual([['date'], ['until'], ['facilityId']]);
    });

    it('does not flag stays that a reading puts end to end: a book-out and book-in on one day, a month', async () => {
      const { sourceId, personId } = await newPerson(api);
      const [first, second, third] = [
        await facility(sourceId, 'Centro C'),
        await facility(sourceId, 'Centro D'),
        await facility(sourceId, 'Centro E'),
      ];
      await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { date: '2025-03-01', until: '2025-03', facilityId: first }),
      );
      const sameDay = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, {
          type: 'transferred',
          date: '2025-03-10',
          until: '2025-04-01',
          facilityId: second,
        }),
      );
      expect(sameDay.conflicts).toEqual([]);
      const next = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, {
          type: 'transferred',
          date: '2025-04-01',
          facilityId: third,
        }),
      );
      expect(next.conflicts).toEqual([]);
    });
  });

  describe('in_facility_before_transfer', () => {
    it('flags a completed transfer into a facility the person is already held in', async () => {
      const { sourceId, personId } = await newPerson(api);
      const cecot = await facility(sourceId, 'CECOT');
      const held = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { date: '2025-03-10', facilityId: cecot }),
      );
      const transfer = await post(
        '/api/transfers',
        build.transfer(sourceId, personId, { date: '2025-03-15', toFacilityId: cecot }),
      );
      expect(transfer.conflicts).toEqual([
        {
          code: 'in_facility_before_transfer',
          message: {
            en: 'A completed transfer into a facility (2025-03-15) comes after a custody event that already holds the person there (2025-03-10), and no recorded fact has them leave it in between.',
            es: 'Un traslado completado a un centro (2025-03-15) es posterior a un hecho de custodia que ya retiene allí a la persona (2025-03-10), y ningún hecho registrado la hace salir entre medias.',
          },
          facts: [
            { kind: 'transfer', id: transfer.id, paths: [['status'], ['date'], ['toFacilityId']] },
            { kind: 'custodyEvent', id: held.id, paths: [['date'], ['facilityId']] },
          ],
        },
      ]);
    });

    it('does not flag it when the event may be after the transfer, or a fact may have taken the person out', async () => {
      const { sourceId, personId } = await newPerson(api);
      const cecot = await facility(sourceId, 'CECOT II');
      const elsewhere = await facility(sourceId, 'Centro F');
      const month = await post(
        '/api/custody-events',
        build.custodyEvent(sourceId, personId, { date: '2025-03', facilityId: cecot }),
      );
      const transfer = await post(
        '/api/transfers',
        build.transfer(sourceId, personId, { date: '2025-03-15', toFacilityId: cecot }),
      );
      expect(transfer.conflicts).toEqual([]);
      const other = await newPerson(api);
      await post(
        '/api/custody-events',
        build.custodyEvent(other.sourceId, other.personId, { date: '2025-03-01', facilityId: cecot }),
      );
      await post(
        '/api/custody-events',
        build.custodyEvent(other.sourceId, other.personId, { date: '2025-03-05', facilityId: elsewhere }),
      );
      const after = await post(
        '/api/transfers',
        build.transfer(other.sourceId, other.personId, { date: '2025-03-15', toFacilityId: cecot }),
      );
      expect(after.conflicts).toEqual([]);
      expect(month.conflicts).toEqual([]);
    });
  });

  it('answers writes of other person kinds with an empty list, and kinds no conflict is about without one', async () => {
    const { sourceId, personId } = await newPerson(api);
    const allegation = await post('/api/allegations', {
      personId,
      kind: 'allegation',
      category: 'gang_membership',
      description: 'said to have a tattoo',
      basis: 'tattoo',
      status: 'alleged',
      date: '2025-02',
      sourceIds: [sourceId],
    });
    expect(allegation.conflicts).toEqual([]);
    const source = await post('/api/sources', build.source());
    expect(source).not.toHaveProperty('conflicts');
  });

  it('takes a write answer back in a PUT: its conflicts change nothing', async () => {
    const { sourceId, personId } = await newPerson(api);
    const transfer = await post('/api/transfers', build.transfer(sourceId, personId, { date: '2025-08-20' }));
    expect(codes(transfer)).toEqual(['completed_transfer_in_future']);
    const { id: _id, ...body } = transfer;
    const replaced = await writer(api).put(`/api/transfers/${transfer.id}`, { ...body, date: '2025-08-01' });
    expect(replaced.version).toBe(2);
    expect(replaced.conflicts).toEqual([]);
  });
});
