import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { outcomesApart } from '../../src/core/usecases/findingFiguresView.js';
import { insertDataset } from '../../src/core/usecases/insertDataset.js';
import { buildDemoData } from '../../src/demo/index.js';
import { adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

describe.each(DIALECTS)('transfer status in figures and whereabouts [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let raw: FastifyInstance;

  const post = async (url: string, payload: Json) => {
    const answer = await api.inject({ method: 'POST', url, payload });
    expect(answer.statusCode, answer.body).toBe(201);
    return answer.json() as Json;
  };
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const answer = await api.inject({ method: 'GET', url, headers });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Json;
  };

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    ({ api, raw } = await adminApi(application));
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('counts completed transfers unless asked otherwise, says how many it left out, and breaks down by status', async () => {
    const source = await post('/api/sources', build.source());
    const agreement = await post('/api/agreements', build.agreement(source.id));
    const statuses = ['completed', 'completed', 'completed', 'halted', 'planned', 'unknown'];
    for (const status of statuses) {
      const record = await post('/api/person-records', build.personRecord(source.id));
      await post(
        '/api/transfers',
        build.transfer(source.id, record.personId, { status, agreementId: agreement.id }),
      );
    }
    const stats = await get('/api/stats');
    expect(stats.individualTransfers).toMatchObject({ statuses: ['completed'], total: 3, leftOut: 3 });
    expect(stats.individualTransfers.byAgreement).toEqual([{ key: agreement.id, value: 3 }]);
    expect(stats.individualTransfers.byStatus).toEqual([
      { key: 'completed', value: 3 },
      { key: 'halted', value: 1 },
      { key: 'planned', value: 1 },
      { key: 'unknown', value: 1 },
    ]);
    const halted = await get('/api/stats?status=halted,planned');
    expect(halted.individualTransfers).toMatchObject({ total: 2, leftOut: 4 });
    const bad = await api.inject({ method: 'GET', url: '/api/stats?status=done' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toEqual(['querystring', 'status']);
    // The public's figures are fixed: it may not cut them another way.
    const publicCut = await raw.inject({ method: 'GET', url: '/api/stats?status=halted' });
    expect(publicCut.statusCode).toBe(403);
    const page = await get(`/api/agreements/${agreement.id}`);
    expect(page.transfers).toMatchObject({
      total: 3,
      statuses: ['completed'],
      byStatus: expect.arrayContaining([
        { key: 'completed', value: 3 },
        { key: 'halted', value: 1 },
      ]),
    });
  });

  it('moves whereabouts with a completed transfer, marked derived, and not with a halted one', async () => {
    const source = await post('/api/sources', build.source());
    const facility = await post('/api/facilities', build.facility(source.id, { name: 'CECOT' }));
    const home = await post(
      '/api/facilities',
      build.facility(source.id, { name: 'Port Isabel', country: 'USA' }),
    );
    const record = await post(
      '/api/person-records',
      build.personRecord(source.id, {
        givenNames: 'Wenceslao',
        familyNames: 'Quiñónez Arteaga',
        birthDate: '1979',
      }),
    );
    const personId = record.personId as string;
    await post('/api/custody-events', {
      ...build.custodyEvent(source.id, personId, { facilityId: home.id, country: 'USA' }),
      date: '2025-02-01',
    });
    const halted = await post(
      '/api/transfers',
      build.transfer(source.id, personId, {
        status: 'halted',
        toFacilityId: facility.id,
        date: '2025-03-10',
      }),
    );
    expect(halted.status).toBe('halted');
    let person = await get(`/api/persons/${personId}`);
    expect(person.whereabouts).toMatchObject({ facility: { id: home.id }, derived: null });
    const completed = await post(
      '/api/transfers',
      build.transfer(source.id, personId, {
        toFacilityId: facility.id,
        date: '2025-03-15',
        custodyTransferAt: '2025-03-16T06:00:00-06:00',
      }),
    );
    person = await get(`/api/persons/${personId}`);
    expect(person.whereabouts).toMatchObject({
      status: 'transferred',
      country: 'SLV',
      facility: { id: facility.id, name: 'CECOT' },
      derived: { from: 'transfer', transferId: completed.id },
      sources: [expect.objectContaining({ id: source.id })],
    });
    // A later custody event says more, and wins.
    const released = await post('/api/custody-events', {
      ...build.custodyEvent(source.id, personId, { type: 'released', country: 'VEN' }),
      date: '2025-07-18',
    });
    person = await get(`/api/persons/${personId}`);
    expect(person.whereabouts).toMatchObject({
      status: 'released',
      derived: null,
      event: { id: released.id },
    });
  });

  it('counts transfers with a violation, and keeps findings resting on stayed or vacated authority apart', async () => {
    const demo = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    const { api: demoApi } = await adminApi(demo);
    try {
      await insertDataset(demo.context(CLI_ACTOR), buildDemoData());
      const stats = (await demoApi.inject({ method: 'GET', url: '/api/stats' })).json() as Json;
      const { inForce, stayedOrVacated, transfersWithViolation } = stats.findings;
      expect(stayedOrVacated.total).toBeGreaterThan(0);
      expect(transfersWithViolation.total).toBeGreaterThan(0);
      expect(transfersWithViolation.total).toBeLessThanOrEqual(stats.individualTransfers.total);
      // Worked out again from the findings list: distinct completed transfers with a violation in force.
      const apart = new Set(outcomesApart(demo.rules.pack));
      const completed = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = (
          await demoApi.inject({
            method: 'GET',
            url: `/api/transfers?status=completed&limit=500${cursor ? `&cursor=${cursor}` : ''}`,
          })
        ).json() as Json;
        for (const item of page.items) completed.add(item.id);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const violating = new Set<string>();
      let inForceFindings = 0;
      cursor = undefined;
      do {
        const page = (
          await demoApi.inject({
            method: 'GET',
            url: `/api/findings?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
          })
        ).json() as Json;
        for (const item of page.items) {
          if (!completed.has(item.transferId) || apart.has(`${item.ruleId}#${item.outcome}`)) continue;
          inForceFindings += 1;
          if (item.severity === 'violation') violating.add(item.transferId);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(transfersWithViolation.total).toBe(violating.size);
      expect(inForce.total).toBe(inForceFindings);
      const byAgreement = transfersWithViolation.byAgreement.reduce(
        (sum: number, row: Json) => sum + row.value,
        0,
      );
      expect(byAgreement).toBe(violating.size);
    } finally {
      await demoApi.close();
      await demo.close();
    }
  }, 120_000);
});
