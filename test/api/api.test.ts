import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { adminApi } from '../helpers/access.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

describe.each(DIALECTS)('HTTP API [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let raw: FastifyInstance;

  async function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
    const response = await api.inject({ method: 'POST', url, payload: payload as object, headers });
    return { status: response.statusCode, body: response.json() as Json, headers: response.headers };
  }
  async function get(url: string, headers: Record<string, string> = {}) {
    const response = await api.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, body: response.json() as Json };
  }

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    ({ api, raw } = await adminApi(application));
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('answers health and serves the OpenAPI document and the docs page', async () => {
    expect((await get('/api/health')).body).toMatchObject({ status: 'ok', database: dialect });
    const openapi = await get('/api/openapi.json');
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/persons/{id}/timeline',
        '/api/agreements/{id}',
        '/api/transfers',
        '/api/stats',
      ]),
    );
    const docs = await api.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    const home = await api.inject({ method: 'GET', url: '/' });
    expect(home.body).toContain('/api/docs');
  });

  it('creates, reads, updates with versions and retracts, with 409 on a stale version', async () => {
    const source = await post('/api/sources', build.source());
    expect(source.status).toBe(201);
    expect(source.headers.location).toBe(`/api/sources/${source.body.id}`);
    const facility = await post(
      '/api/facilities',
      build.facility(source.body.id, { name: 'CECOT', country: 'SV' }),
    );
    expect(facility.body).toMatchObject({ name: 'CECOT', country: 'SLV', version: 1, retracted: null });
    const url = `/api/facilities/${facility.body.id}`;
    const patched = await api.inject({
      method: 'PATCH',
      url,
      payload: { version: 1, reportedCapacity: { value: 40000 } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().version).toBe(2);
    const stale = await api.inject({ method: 'PATCH', url, payload: { version: 1, name: 'Overwritten' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await get(url)).body).toMatchObject({ name: 'CECOT', version: 2 });
    const replaced = await api.inject({
      method: 'PUT',
      url,
      payload: {
        version: 2,
        ...build.facility(source.body.id, { name: 'Centro de Confinamiento del Terrorismo' }),
      },
    });
    expect(replaced.json()).toMatchObject({ version: 3, name: 'Centro de Confinamiento del Terrorismo' });
    expect(replaced.json().reportedCapacity).toBeUndefined();
    const retracted = await post(`${url}/retract`, { version: 3, reason: 'entered twice' });
    expect(retracted.body.retracted.reason).toBe('entered twice');
    expect((await get(url)).body.retracted).not.toBeNull();
  });

  it('shows a person with current whereabouts and a timeline in time order with sources', async () => {
    const source = (await post('/api/sources', build.source({ title: 'Court filing' }))).body;
    const cecot = (await post('/api/facilities', build.facility(source.id, { name: 'CECOT' }))).body;
    const record = (await post('/api/person-records', build.personRecord(source.id))).body;
    const personId = record.personId as string;
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, personId, { type: 'detained', date: '2025-01', country: 'USA' }),
    );
    await post(
      '/api/custody-events',
      build.custodyEvent(source.id, personId, { type: 'detained', date: '2025-03-16', facilityId: cecot.id }),
    );
    await post(
      '/api/transfers',
      build.transfer(source.id, personId, { departureAt: '2025-03-15T19:00:00-05:00' }),
    );
    await post('/api/allegations', {
      personId,
      kind: 'allegation',
      category: 'gang_membership',
      description: 'alleged Tren de Aragua membership',
      basis: 'tattoo',
      status: 'alleged',
      date: '2025-02',
      sourceIds: [source.id],
    });
    await post('/api/legal-events', {
      personId,
      type: 'removal_order',
      authority: 'AEA',
      date: '2025-03-14',
      sourceIds: [source.id],
    });

    const person = await get(`/api/persons/${personId}`);
    expect(person.status).toBe(200);
    expect(person.body.records).toHaveLength(1);
    expect(person.body.whereabouts).toMatchObject({
      status: 'detained',
      date: '2025-03-16',
      facility: { id: cecot.id, name: 'CECOT', country: 'SLV' },
    });
    expect(person.body.whereabouts.sources[0]).toMatchObject({ id: source.id, title: 'Court filing' });

    const timeline = await get(`/api/persons/${personId}/timeline`);
    expect(timeline.body.items.map((item: Json) => `${item.kind}:${item.date}`)).toEqual([
      'custodyEvent:2025-01',
      'allegation:2025-02',
      'legalEvent:2025-03-14',
      'transfer:2025-03-15',
      'custodyEvent:2025-03-16',
    ]);
    for (const item of timeline.body.items) expect(item.sources[0].id).toBe(source.id);
  });

  it('presents person data by role: viewers without identifiers, the public not at all', async () => {
    const source = (await post('/api/sources', build.source())).body;
    const record = (
      await post(
        '/api/person-records',
        build.personRecord(source.id, {
          identifiers: [{ kind: 'a_number', value: 'A012345678' }],
          birthDate: '1995-04-02',
        }),
      )
    ).body;
    const asViewer = await get(`/api/person-records/${record.id}`, { 'x-custodia-role': 'viewer' });
    expect(asViewer.body.identifiers).toEqual([{ kind: 'a_number', value: 'withheld' }]);
    expect(asViewer.body.birthDate).toBe('1995');
    const asAdmin = await get(`/api/person-records/${record.id}`);
    expect(asAdmin.body.identifiers[0].value).toBe('A012345678');
    const asPublic = await get(`/api/persons/${record.personId}`, { 'x-custodia-role': 'public' });
    expect(asPublic.status).toBe(403);
    expect(asPublic.body.error.code).toBe('forbidden');
    const signedOut = await raw.inject({ method: 'GET', url: `/api/persons/${record.personId}` });
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.json().error.code).toBe('unauthenticated');
    expect((await get('/api/person-records', { 'x-custodia-role': 'public' })).status).toBe(403);
    const write = await post('/api/sources', build.source(), { 'x-custodia-role': 'viewer' });
    expect(write.status).toBe(403);
    expect((await get('/api/agreements', { 'x-custodia-role': 'public' })).status).toBe(200);
  });

  it('shows an agreement with the terms in force at a date, and what was done under it', async () => {
    const source = (await post('/api/sources', build.source())).body;
    const amendment = (await post('/api/sources', build.source({ title: 'Renewal' }))).body;
    const agreement = (
      await post(
        '/api/agreements',
        build.agreement(source.id, {
          statusHistory: [
            { status: 'announced', date: '2025-02-03', sourceIds: [source.id] },
            { status: 'in_force', date: '2025-03', sourceIds: [source.id] },
          ],
          terms: [
            { type: 'cap', persons: 300, effectiveFrom: '2025-03', sourceIds: [source.id] },
            {
              type: 'cap',
              persons: 500,
              effectiveFrom: '2026-03-01',
              amendment: 'renewal',
              sourceIds: [amendment.id],
            },
            {
              type: 'payment',
              amount: 6000000,
              currency: 'USD',
              per: 'year',
              effectiveFrom: '2025-03',
              sourceIds: [source.id],
            },
          ],
        }),
      )
    ).body;
    const record = (await post('/api/person-records', build.personRecord(source.id))).body;
    await post('/api/transfers', build.transfer(source.id, record.personId, { agreementId: agreement.id }));
    await post('/api/reported-counts', build.reportedCount(source.id, { agreementId: agreement.id }));

    const at2025 = (await get(`/api/agreements/${agreement.id}?at=2025-06-01`)).body;
    expect(at2025.statusAt.status).toBe('in_force');
    expect(at2025.termsInForce.filter((term: Json) => term.type === 'cap')).toMatchObject([
      { persons: 300, certainty: 'in_force' },
    ]);
    expect(at2025.transfers.total).toBe(1);
    expect(at2025.reportedCounts).toMatchObject({ records: 1, personsReported: { min: 238, max: 238 } });
    const at2026 = (await get(`/api/agreements/${agreement.id}?at=2026-06`)).body;
    expect(at2026.termsInForce.filter((term: Json) => term.type === 'cap')).toMatchObject([
      { persons: 500, sourceIds: [amendment.id] },
    ]);
    const inMarch = (await get(`/api/agreements/${agreement.id}?at=2025-03`)).body;
    expect(inMarch.statusAt).toMatchObject({ status: 'in_force' });
    const beforeAnnouncement = (await get(`/api/agreements/${agreement.id}?at=2025-01`)).body;
    expect(beforeAnnouncement.statusAt).toBeNull();
    expect(beforeAnnouncement.termsInForce).toEqual([]);
  });

  it('gives stats with individual transfers and reported counts kept apart, small cells hidden from the public', async () => {
    const stats = (await get('/api/stats')).body;
    expect(stats.individualTransfers.total).toBeGreaterThan(0);
    expect(stats.reportedCounts.personsReported).toMatchObject({ min: 238, max: 238, events: 1 });
    expect(stats.individualTransfers.byMonth).toEqual(
      expect.arrayContaining([{ key: '2025-03', value: stats.individualTransfers.total }]),
    );
    expect(stats.individualTransfers.total).toBeLessThan(5);
    const publicStats = (await get('/api/stats', { 'x-custodia-role': 'public' })).body;
    expect(publicStats.suppressionThreshold).toBe(5);
    // A family whose total is under the threshold publishes nothing: no total, no cells, not even keys.
    expect(publicStats.individualTransfers).toEqual({
      statuses: ['completed'],
      total: null,
      byAgreement: [],
      byDestination: [],
      byMonth: [],
      byBasis: [],
      withheld: ['byAgreement', 'byDestination', 'byMonth', 'byBasis'],
    });
    expect(JSON.stringify(publicStats.individualTransfers)).not.toContain('SLV');
    const { reconciliationByAgreement: exact, ...reported } = stats.reportedCounts;
    expect(publicStats.reportedCounts).toMatchObject(reported);
    // How many persons the registry identifies in a count's scope is about people: 1 to 4 is suppressed.
    expect(exact).toEqual([expect.objectContaining({ identified: expect.any(Number), suppressed: false })]);
    expect(publicStats.reportedCounts.reconciliationByAgreement).toEqual([
      expect.objectContaining({ identified: null, suppressed: true }),
    ]);
    const signedOut = await raw.inject({ method: 'GET', url: '/api/stats' });
    expect(signedOut.statusCode).toBe(200);
    expect(signedOut.json()).toEqual(publicStats);

    // Once the total reaches the threshold, the small SLV cell is published as suppressed, key only.
    const source = (await post('/api/sources', build.source())).body;
    for (let index = 0; index < 6; index += 1) {
      const record = (await post('/api/person-records', build.personRecord(source.id))).body;
      await post('/api/transfers', build.transfer(source.id, record.personId, { toCountry: 'HND' }));
    }
    const grown = (await get('/api/stats')).body;
    const grownPublic = (await get('/api/stats', { 'x-custodia-role': 'public' })).body;
    expect(grownPublic.individualTransfers.total).toBe(grown.individualTransfers.total);
    expect(grownPublic.individualTransfers.withheld).toEqual([]);
    expect(grownPublic.individualTransfers.byDestination).toContainEqual({
      key: 'SLV',
      value: null,
      suppressed: true,
    });
    for (const table of ['byAgreement', 'byDestination', 'byMonth', 'byBasis'])
      for (const cell of grownPublic.individualTransfers[table] as Json[])
        expect(cell.value === null || cell.value >= 5, `${table} ${JSON.stringify(cell)}`).toBe(true);
  });
});

describe('POST /api/evaluate', () => {
  it('evaluates one bundle, or an array with a bad one reported by index, without storing anything', async () => {
    const { readFileSync } = await import('node:fs');
    const worked = JSON.parse(
      readFileSync(new URL('../fixtures/rules-md-worked-bundle.json', import.meta.url), 'utf8'),
    );
    const application = await freshApplication('sqlite');
    const { api } = await adminApi(application);
    try {
      const one = await api.inject({ method: 'POST', url: '/api/evaluate', payload: worked });
      expect(one.statusCode).toBe(200);
      expect(one.json().findings.map((finding: Json) => finding.ruleId)).toContain('US-STAY');
      const many = await api.inject({
        method: 'POST',
        url: '/api/evaluate',
        payload: [worked, { version: 1 }],
      });
      expect(many.statusCode).toBe(200);
      expect(many.json()[1].error).toMatchObject({ code: 'invalid_bundle', index: 1 });
      const bad = await api.inject({
        method: 'POST',
        url: '/api/evaluate',
        payload: { ...worked, version: 2 },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toEqual(['version']);
      expect(await application.store.isEmpty()).toBe(true);
    } finally {
      await api.close();
      await application.close();
    }
  });
});
