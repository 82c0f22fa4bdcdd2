import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { accountWithToken, adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

describe.each(DIALECTS)('who is held in a facility [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let raw: FastifyInstance;
  let viewer: Record<string, string>;
  let facilityId: string;
  const persons: Record<string, string> = {};

  const post = async (url: string, payload: Json) => {
    const answer = await api.inject({ method: 'POST', url, payload });
    expect(answer.statusCode, answer.body).toBe(201);
    return answer.json() as Json;
  };

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    ({ api, raw } = await adminApi(application));
    viewer = (await accountWithToken(application, 'viewer')).headers;
    const source = await post('/api/sources', build.source());
    facilityId = (await post('/api/facilities', build.facility(source.id))).id;
    const other = (await post('/api/facilities', build.facility(source.id, { name: 'Elsewhere' }))).id;
    const person = async (name: string) =>
      (persons[name] = (
        await post('/api/person-records', build.personRecord(source.id, { givenNames: name }))
      ).personId as string);
    // Detained there and still there.
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, await person('held'), { facilityId, date: '2025-03-16' }),
    );
    // Brought there by a completed transfer, with no custody event: held there, derived from the transfer.
    await post(
      '/api/transfers',
      build.transfer(source.id, await person('transferred'), {
        toFacilityId: facilityId,
        date: '2025-03-15',
      }),
    );
    // Detained there, then released.
    const released = await person('released');
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, released, { facilityId, date: '2025-03-16' }),
    );
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, released, { type: 'released', date: '2025-05' }),
    );
    // Detained there, then moved to another facility.
    const moved = await person('moved');
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, moved, { facilityId, date: '2025-04-02' }),
    );
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, moved, { facilityId: other, date: '2025-06-01' }),
    );
    // Detained there, then a `transferred` event there tied to a transfer leaving it: a departure, not an arrival.
    const departed = await person('departed');
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, departed, { facilityId, date: '2025-04-10' }),
    );
    const leaving = await post(
      '/api/transfers',
      build.transfer(source.id, departed, {
        fromFacilityId: facilityId,
        fromCountry: 'SLV',
        toCountry: 'VEN',
        date: '2025-08-01',
      }),
    );
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, departed, {
        type: 'transferred',
        facilityId,
        date: '2025-08-01',
        transferId: leaving.id,
      }),
    );
    // A halted transfer moves no one.
    await post(
      '/api/transfers',
      build.transfer(source.id, await person('halted'), { toFacilityId: facilityId, status: 'halted' }),
    );
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('lists the persons whose whereabouts now is the facility, and arrivals by month', async () => {
    const answer = await raw.inject({
      method: 'GET',
      url: `/api/facilities/${facilityId}/occupancy`,
      headers: viewer,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const body = answer.json() as Json;
    expect(body.heldNow).toBe(2);
    expect(body.persons).toEqual(
      [
        { personId: persons.held as string, since: '2025-03-16', derived: false },
        { personId: persons.transferred as string, since: '2025-03-15', derived: true },
      ].sort((left, right) => (left.personId < right.personId ? -1 : 1)),
    );
    expect(body.arrivalsByMonth).toEqual([
      { key: '2025-03', value: 3 },
      { key: '2025-04', value: 2 },
    ]);
  });

  it('is for roles that may see persons, and 404 for a facility that does not exist', async () => {
    expect(
      (await raw.inject({ method: 'GET', url: `/api/facilities/${facilityId}/occupancy` })).statusCode,
    ).toBe(401);
    const missing = await raw.inject({
      method: 'GET',
      url: '/api/facilities/fac_missing/occupancy',
      headers: viewer,
    });
    expect(missing.statusCode).toBe(404);
  });
});
