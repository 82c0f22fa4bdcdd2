import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { accountWithToken, adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

describe.each(DIALECTS)('the family locator [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let raw: FastifyInstance;
  let now = new Date('2026-04-01T10:00:00Z');

  const ask = (payload: Json, address = '198.51.100.20') =>
    raw.inject({ method: 'POST', url: '/api/locate', payload, remoteAddress: address });

  beforeAll(async () => {
    application = await freshApplication(dialect, () => now);
    const built = await application.api({
      access: { publicRequestsPerMinute: 10_000 },
      locator: { organisation: 'Red de Apoyo', contact: '+503 2222 0000' },
    });
    ({ api, raw } = await adminApi(application, built));
    const source = (
      await api.inject({ method: 'POST', url: '/api/sources', payload: build.source() })
    ).json();
    await api.inject({
      method: 'POST',
      url: '/api/person-records',
      payload: build.personRecord(source.id, {
        givenNames: 'Yulimar Alejandra',
        familyNames: 'Castañeda Rivas',
        birthDate: '1993-08-21',
        nationalities: ['VEN'],
      }),
    });
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('answers the same words whether or not the person is in the registry, and stores the request', async () => {
    const known = await ask({
      name: 'Yulimar Castañeda',
      birthDate: '1993-08-21',
      contact: 'wa +58 412 000 0000',
    });
    const unknown = await ask({
      name: 'Nadie Inventado Quenoexiste',
      birthDate: '1970',
      contact: 'correo@example.org',
    });
    for (const answer of [known, unknown]) {
      expect(answer.statusCode, answer.body).toBe(200);
      expect(Object.keys(answer.json()).sort()).toEqual(['contact', 'organisation', 'reference']);
      expect(answer.json()).toMatchObject({ organisation: 'Red de Apoyo', contact: '+503 2222 0000' });
      expect(answer.json().reference).toMatch(/^R-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    }
    // Same answer but for the reference: nothing else differs.
    expect({ ...known.json(), reference: '' }).toEqual({ ...unknown.json(), reference: '' });
    expect(known.headers['content-length']).toBe(unknown.headers['content-length']);

    const viewer = await accountWithToken(application, 'viewer');
    expect(
      (await raw.inject({ method: 'GET', url: '/api/locate-requests', headers: viewer.headers })).statusCode,
    ).toBe(403);
    const requests = (await api.inject({ method: 'GET', url: '/api/locate-requests' })).json() as Json;
    const byReference = new Map((requests.items as Json[]).map((item) => [item.reference, item]));
    expect(byReference.get(known.json().reference)?.matches).toEqual([
      expect.objectContaining({ probability: expect.any(Number) }),
    ]);
    expect(byReference.get(unknown.json().reference)?.matches).toEqual([]);
    const audit = await application.store.auditEntries({ limit: 100, actions: ['create'] });
    const entries = audit.filter((entry) => entry.kind === 'locateRequest');
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toContain('Castañeda');
  });

  it('limits requests per address and refuses bad input naming the field, storing nothing', async () => {
    now = new Date('2026-04-01T12:00:00Z');
    const bad = await ask({ name: 'X', birthDate: '1990-13-01', contact: 'a' }, '203.0.113.70');
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json().error.issues as Json[]).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.birthDate', 'body.contact']));
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1)
      statuses.push(
        (await ask({ name: 'Ana María Pérez', birthDate: '1988', contact: '555 0100' }, '203.0.113.71'))
          .statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
