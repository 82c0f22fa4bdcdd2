import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { adminApi } from '../helpers/access.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

const NOW = '2025-08-10T12:00:00.000Z';

describe.each(DIALECTS)('GET /api/persons/:id/deadlines [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  const post = async (url: string, payload: object) =>
    (await api.inject({ method: 'POST', url, payload })).json() as Json;

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date(NOW));
    ({ api } = await adminApi(application));
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('lists the open clocks a removal order implies, with legal source and time left, before any transfer', async () => {
    const source = await post('/api/sources', build.source());
    const record = await post('/api/person-records', build.personRecord(source.id));
    await post('/api/legal-events', {
      personId: record.personId,
      type: 'removal_order',
      authority: 'INA240',
      date: '2025-08-05',
      issuedAt: '2025-08-05T12:00:00Z',
      finalAt: null,
      countriesNamed: ['VEN'],
      sourceIds: [source.id],
    });
    const response = await api.inject({ method: 'GET', url: `/api/persons/${record.personId}/deadlines` });
    expect(response.statusCode).toBe(200);
    const bia = response.json().deadlines.find((deadline: Json) => deadline.clock === 'bia-appeal');
    expect(bia).toMatchObject({ open: true, endsAt: '2025-09-04T12:00:00.000Z' });
    expect(bia.legalSource).toMatch(/1003\.38/);
    expect(bia.timeLeftMs).toBe(Date.parse('2025-09-04T12:00:00Z') - Date.parse(NOW));
    expect(bia.timeLeft.es).toMatch(/días/);
  });

  it('answers 404 for an unknown person and 403 for the public', async () => {
    expect((await api.inject({ method: 'GET', url: '/api/persons/per_nobody/deadlines' })).statusCode).toBe(
      404,
    );
    const source = await post('/api/sources', build.source());
    const record = await post('/api/person-records', build.personRecord(source.id));
    const hidden = await api.inject({
      method: 'GET',
      url: `/api/persons/${record.personId}/deadlines`,
      headers: { 'x-custodia-role': 'public' },
    });
    expect(hidden.statusCode).toBe(403);
  });
});
